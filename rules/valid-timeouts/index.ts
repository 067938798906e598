import { defineRule, type RuleContext } from '../../src/rule.js';
import { type ContainerRef, containers, isFargate, num, type Obj, obj } from '../_helpers/index.js';

/** Fargate's range for `startTimeout` and `stopTimeout`, in seconds (aws-facts §4.16). */
export const FARGATE_MIN = 2;
export const FARGATE_MAX = 120;

const PROPERTIES = ['startTimeout', 'stopTimeout'] as const;

/** ContainerRestartPolicy (API reference): restartAttemptPeriod 60–1800 seconds, at most 50 ignoredExitCodes. */
export const RESTART_PERIOD_MIN = 60;
export const RESTART_PERIOD_MAX = 1800;
export const MAX_IGNORED_EXIT_CODES = 50;

export default defineRule({
  meta: {
    id: 'valid-timeouts',
    category: 'correctness',
    description: 'Require container start and stop timeouts, and restart policy periods, that ECS accepts',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_timeout',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerRestartPolicy.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-restart-policy.html',
    ],
    messages: {
      fargateRange: '{{label}}: "{{property}}" {{value}} is outside 2–120 seconds, the range Fargate accepts',
      notPositive: '{{label}}: "{{property}}" {{value}} is not a positive number of seconds',
      restartPeriod:
        '{{label}}: "restartPolicy.restartAttemptPeriod" {{value}} is outside 60–1800 seconds, the range ECS accepts',
      tooManyExitCodes:
        '{{label}}: "restartPolicy.ignoredExitCodes" lists {{count}} exit codes; ECS accepts at most 50',
    },
  },
  check(task, ctx) {
    // Without a task (bare container definitions) the launch type is unknown: only the sign is checked.
    const fargate = isFargate(task, ctx);
    for (const c of containers(task)) {
      const restart = obj(c.container.restartPolicy);
      if (restart) checkRestartPolicy(ctx, c, restart);
      for (const property of PROPERTIES) {
        const value = c.container[property];
        if (typeof value !== 'number' || !Number.isFinite(value)) continue; // the schema reports other types
        const path = [...c.path, property];
        const data = { label: c.label, property, value };
        if (fargate && (value < FARGATE_MIN || value > FARGATE_MAX)) {
          ctx.report({
            messageId: 'fargateRange',
            path,
            data,
            hint:
              property === 'stopTimeout'
                ? `set "stopTimeout" to ${FARGATE_MIN}–${FARGATE_MAX} seconds, or remove it for the default of 30`
                : `set "startTimeout" to ${FARGATE_MIN}–${FARGATE_MAX} seconds, or remove it`,
          });
        } else if (!fargate && value <= 0) {
          ctx.report({
            messageId: 'notPositive',
            path,
            data,
            // AWS documents no bounds outside Fargate: a value of 0 or less is surely a mistake, not surely rejected.
            severity: 'warning',
            hint: `set "${property}" to a number of seconds above 0, or remove it to use the ${
              property === 'stopTimeout' ? "agent's default (ECS_CONTAINER_STOP_TIMEOUT, 30 s)" : 'default'
            }`,
          });
        }
      }
    }
  },
});

/** The restart policy's period and the number of exit codes it ignores, as the API bounds them. */
function checkRestartPolicy(ctx: RuleContext<string>, c: ContainerRef, restart: Obj): void {
  const period = num(restart.restartAttemptPeriod);
  if (period !== undefined && (period < RESTART_PERIOD_MIN || period > RESTART_PERIOD_MAX)) {
    ctx.report({
      messageId: 'restartPeriod',
      path: [...c.path, 'restartPolicy', 'restartAttemptPeriod'],
      data: { label: c.label, value: period },
      hint: `set "restartAttemptPeriod" to ${RESTART_PERIOD_MIN}–${RESTART_PERIOD_MAX} seconds, or remove it for the default of 300`,
    });
  }
  const codes = restart.ignoredExitCodes;
  if (Array.isArray(codes) && codes.length > MAX_IGNORED_EXIT_CODES) {
    ctx.report({
      messageId: 'tooManyExitCodes',
      path: [...c.path, 'restartPolicy', 'ignoredExitCodes'],
      target: 'key',
      data: { label: c.label, count: codes.length },
      hint: `keep at most ${MAX_IGNORED_EXIT_CODES} exit codes in "ignoredExitCodes"`,
    });
  }
}
