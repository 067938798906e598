import { defineRule, LAUNCH_KINDS } from '../../src/rule.js';
import type { DocumentKind } from '../../src/types.js';
import { networkMode } from '../_helpers/index.js';
import { awsvpcOf, launchView, obj, paired } from '../_helpers/launch.js';

/**
 * Launches that must carry the awsvpc configuration themselves. UpdateService keeps the service's current
 * one, CodeDeploy uses the service's when the AppSpec has none, and describe-services output is what is.
 */
const MUST_CONFIGURE: readonly DocumentKind[] = ['create-service', 'run-task', 'start-task', 'events-target'];
const APPSPEC_MEMBERS = ['subnets', 'securityGroups', 'assignPublicIp'] as const;
const APPSPEC_NAMES: Record<(typeof APPSPEC_MEMBERS)[number], string> = {
  subnets: 'Subnets',
  securityGroups: 'SecurityGroups',
  assignPublicIp: 'AssignPublicIp',
};

/** How to add the network configuration, in the document's own spelling (EventBridge's mixed case). */
const addNetwork = (kind: DocumentKind): string =>
  kind === 'events-target'
    ? 'add "NetworkConfiguration": {"awsvpcConfiguration": {"Subnets": [...], "SecurityGroups": [...]}} to "EcsParameters"'
    : 'add "networkConfiguration": {"awsvpcConfiguration": {"subnets": [...], "securityGroups": [...]}}';

export default defineRule({
  meta: {
    id: 'valid-service-network-configuration',
    category: 'correctness',
    description: 'Require an awsvpc network configuration with subnets exactly when the task definition uses awsvpc',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html',
      'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html',
    ],
    messages: {
      missing:
        '{{td}} uses the awsvpc network mode, but no "networkConfiguration.awsvpcConfiguration" is given (AWS: "Network Configuration must be provided when networkMode \'awsvpc\' is specified.")',
      noSubnets: '"awsvpcConfiguration" has no subnets; an awsvpc task needs at least one',
      notAwsvpc:
        '"networkConfiguration" is given, but {{td}} uses the {{mode}} network mode (AWS: "Network Configuration is not valid for the given networkMode of this task definition.")',
      appspecPartial:
        '"AwsvpcConfiguration" sets {{set}} but not {{unset}}: CodeDeploy takes all of Subnets, SecurityGroups and AssignPublicIp or none',
    },
    appliesTo: LAUNCH_KINDS,
  },
  check(task, ctx) {
    const view = launchView(task);
    const awsvpc = awsvpcOf(view);
    if (ctx.kind === 'appspec' && awsvpc) {
      const set = APPSPEC_MEMBERS.filter((m) => awsvpc[m] !== undefined);
      if (set.length > 0 && set.length < APPSPEC_MEMBERS.length) {
        const unset = APPSPEC_MEMBERS.filter((m) => awsvpc[m] === undefined);
        ctx.report({
          messageId: 'appspecPartial',
          path: ['networkConfiguration', 'awsvpcConfiguration'],
          target: 'key',
          data: {
            set: set.map((m) => `"${APPSPEC_NAMES[m]}"`).join(', '),
            unset: unset.map((m) => `"${APPSPEC_NAMES[m]}"`).join(', '),
          },
          hint: `add ${unset.map((m) => `"${APPSPEC_NAMES[m]}"`).join(' and ')}, or remove "NetworkConfiguration" to keep the service's`,
        });
      }
    }
    if (awsvpc && Array.isArray(awsvpc.subnets) && awsvpc.subnets.length === 0) {
      ctx.report({
        messageId: 'noSubnets',
        path: ['networkConfiguration', 'awsvpcConfiguration', 'subnets'],
        hint: 'list the subnets the tasks run in',
      });
    }

    const td = paired(ctx);
    if (!td) return;
    const mode = networkMode(td.task, { kind: td.kind });
    if (mode === undefined) return;
    const modeAt = { in: 'task-definition' as const, path: ['networkMode'], message: 'the network mode' };
    if (mode === 'awsvpc') {
      if (!awsvpc && MUST_CONFIGURE.includes(ctx.kind)) {
        const config = obj(view.networkConfiguration);
        ctx.report({
          messageId: 'missing',
          path: config ? ['networkConfiguration'] : ['taskDefinition'],
          target: 'key',
          data: { td: td.label },
          hint: addNetwork(ctx.kind),
          related: [modeAt],
        });
      }
      return;
    }
    if (view.networkConfiguration !== undefined && view.networkConfiguration !== null) {
      ctx.report({
        messageId: 'notAwsvpc',
        path: ['networkConfiguration'],
        target: 'key',
        data: { td: td.label, mode },
        hint: `remove "networkConfiguration", or use "networkMode": "awsvpc" in the task definition`,
        related: [
          td.task.networkMode === undefined
            ? {
                in: 'task-definition',
                path: [],
                message: `the task definition (no "networkMode": ${mode})`,
                target: 'key',
              }
            : modeAt,
        ],
      });
    }
  },
});
