import { defineRule } from '../../src/rule.js';
import { containers, isFargate } from '../_helpers/index.js';

/** Fargate's range for `startTimeout` and `stopTimeout`, in seconds (aws-facts §4.16). */
export const FARGATE_MIN = 2;
export const FARGATE_MAX = 120;

const PROPERTIES = ['startTimeout', 'stopTimeout'] as const;

export default defineRule({
  meta: {
    id: 'valid-timeouts',
    category: 'correctness',
    description: 'Require container start and stop timeouts that the launch type accepts',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_timeout',
    ],
    messages: {
      fargateRange: '{{label}}: "{{property}}" {{value}} is outside 2–120 seconds, the range Fargate accepts',
      notPositive: '{{label}}: "{{property}}" {{value}} is not a positive number of seconds',
    },
  },
  check(task, ctx) {
    // Without a task (bare container definitions) the launch type is unknown: only the sign is checked.
    const fargate = isFargate(task, ctx);
    for (const c of containers(task)) {
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
