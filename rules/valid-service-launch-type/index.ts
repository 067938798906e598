import { defineRule, LAUNCH_KINDS, type TaskView } from '../../src/rule.js';
import { arr, hasPlaceholder, isWindows, obj, quoteList, str } from '../_helpers/index.js';
import { launchOf, launchView, paired } from '../_helpers/launch.js';

/** Fargate platform versions by OS family (Fargate platform versions pages of the Developer Guide). */
const LINUX_VERSIONS = ['LATEST', '1.4.0', '1.3.0'];
const WINDOWS_VERSIONS = ['LATEST', '1.0.0'];

/**
 * Whether ECS would list FARGATE among the task definition's compatibilities: requested, or (with
 * `requiresCompatibilities` omitted) a task that passes Fargate's checks: awsvpc with task cpu and memory.
 */
function fargateCompatible(task: TaskView): { ok: boolean; why: string } {
  const listed = arr(task.requiresCompatibilities).map(String);
  if (listed.length > 0) {
    return { ok: listed.includes('FARGATE'), why: `"requiresCompatibilities" is ${quoteList(listed)}` };
  }
  const ok = task.networkMode === 'awsvpc' && task.cpu !== undefined && task.memory !== undefined;
  return { ok, why: 'it does not request FARGATE and is not a Fargate task (awsvpc with task cpu and memory)' };
}

export default defineRule({
  meta: {
    id: 'valid-service-launch-type',
    category: 'correctness',
    description: 'Require the launch type, capacity providers and platform version to fit the task definition',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-linux-fargate.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-windows-fargate.html',
    ],
    messages: {
      both: '"launchType" and "capacityProviderStrategy" are both set; AWS accepts one or the other',
      managedInstances:
        '"launchType" "MANAGED_INSTANCES" is not accepted: Managed Instances run through a capacity provider strategy',
      notFargate:
        '{{where}} runs on Fargate, but {{td}} does not support it: {{why}} (AWS: "Task definition does not support launch_type FARGATE.")',
      platformNotFargate:
        '"platformVersion" is set for launch type {{launch}}; AWS: "The platform version must be null when specifying an EC2 launch type."',
      platformForOs: '"platformVersion" {{version}} does not exist for {{os}} on Fargate (valid: {{valid}})',
    },
    appliesTo: LAUNCH_KINDS,
  },
  check(task, ctx) {
    const view = launchView(task);
    // ecspresso writes `"launchType": ""` beside a capacity provider strategy, and sends no launch type.
    const launch = str(view.launchType) || undefined;
    if (
      launch !== undefined &&
      Array.isArray(view.capacityProviderStrategy) &&
      view.capacityProviderStrategy.length > 0
    ) {
      ctx.report({
        messageId: 'both',
        path: ['capacityProviderStrategy'],
        target: 'key',
        hint: 'remove "launchType" to use the capacity providers, or remove "capacityProviderStrategy"',
        related: [{ path: ['launchType'], message: 'the launch type' }],
      });
    }
    if (launch === 'MANAGED_INSTANCES' && ctx.kind !== 'describe-services') {
      ctx.report({
        messageId: 'managedInstances',
        path: ['launchType'],
        hint: 'remove "launchType" and name the Managed Instances capacity provider in "capacityProviderStrategy"',
      });
    }
    const version = str(view.platformVersion);
    if (version !== undefined && (launch === 'EC2' || launch === 'EXTERNAL')) {
      ctx.report({
        messageId: 'platformNotFargate',
        path: ['platformVersion'],
        target: 'key',
        data: { launch },
        hint: 'remove "platformVersion": only Fargate tasks have a platform version',
        related: [{ path: ['launchType'], message: 'the launch type' }],
      });
    }

    const td = paired(ctx);
    if (!td) return;
    const { type, path } = launchOf(view);
    if (type === 'FARGATE' && path) {
      const compat = fargateCompatible(td.task);
      if (!compat.ok) {
        ctx.report({
          messageId: 'notFargate',
          path,
          target: path[0] === 'capacityProviderStrategy' ? 'key' : 'value',
          data: {
            where: path[0] === 'launchType' ? '"launchType" FARGATE' : 'the capacity provider strategy',
            td: td.label,
            why: compat.why,
          },
          hint: 'add "FARGATE" to the task definition\'s "requiresCompatibilities" (with awsvpc and task cpu and memory), or launch on EC2',
          related: [
            arr(td.task.requiresCompatibilities).length > 0
              ? {
                  in: 'task-definition',
                  path: ['requiresCompatibilities'],
                  message: "the task definition's compatibilities",
                }
              : { in: 'task-definition', path: [], message: 'the task definition', target: 'key' },
          ],
        });
      }
    }
    if (version !== undefined && !hasPlaceholder(version) && launch !== 'EC2' && launch !== 'EXTERNAL') {
      const windows = isWindows(td.task);
      const valid = windows ? WINDOWS_VERSIONS : LINUX_VERSIONS;
      // Older Linux versions (1.0.0 to 1.2.0) are retired but still named by old files: only a version that
      // never existed for the OS is an error.
      const known = windows ? valid : [...valid, '1.2.0', '1.1.0', '1.0.0'];
      if (!known.includes(version)) {
        const family = str(obj(td.task.runtimePlatform)?.operatingSystemFamily) ?? 'LINUX';
        ctx.report({
          messageId: 'platformForOs',
          path: ['platformVersion'],
          data: {
            version: JSON.stringify(version),
            os: windows ? `Windows (${family})` : 'Linux',
            valid: quoteList(valid, 'or'),
          },
          hint: `use ${quoteList(valid, 'or')}`,
          related: [
            windows
              ? {
                  in: 'task-definition',
                  path: ['runtimePlatform', 'operatingSystemFamily'],
                  message: 'the task runs Windows',
                }
              : obj(td.task.runtimePlatform)?.operatingSystemFamily !== undefined
                ? {
                    in: 'task-definition',
                    path: ['runtimePlatform', 'operatingSystemFamily'],
                    message: 'the task runs Linux',
                  }
                : {
                    in: 'task-definition',
                    path: [],
                    message: 'the task definition (Linux: no runtimePlatform)',
                    target: 'key',
                  },
          ],
        });
      }
    }
  },
});
