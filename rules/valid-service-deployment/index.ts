import { defineRule } from '../../src/rule.js';
import type { DocumentKind } from '../../src/types.js';
import { containers } from '../_helpers/index.js';
import { launchOf, launchView, num, obj, objects, paired, str } from '../_helpers/launch.js';

const SERVICE_KINDS: readonly DocumentKind[] = ['create-service', 'update-service', 'describe-services'];

export default defineRule({
  meta: {
    id: 'valid-service-deployment',
    category: 'reliability',
    description: 'Require the scheduling strategy, deployment controller and deployment percentages to fit together',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentConfiguration.html',
    ],
    messages: {
      daemon:
        '"schedulingStrategy" DAEMON with {{with}}: AWS: "Tasks using the Fargate launch type or the CODE_DEPLOY or EXTERNAL deployment controller types don\'t support the DAEMON scheduling strategy."',
      customPercent:
        '"{{member}}" is set for a {{controller}} service on EC2: AWS does not accept a custom value there (it uses the default)',
      stuck:
        '"maximumPercent" {{max}} leaves no room above "minimumHealthyPercent" {{min}}: a rolling deployment can neither start a new task first nor stop an old one',
      graceUnused:
        '"healthCheckGracePeriodSeconds" is set, but the service has no load balancer{{noHealthCheck}}: the grace period has nothing to apply to',
    },
    appliesTo: SERVICE_KINDS,
  },
  check(task, ctx) {
    const view = launchView(task);
    const controller = str(obj(view.deploymentController)?.type) ?? 'ECS';
    const td = paired(ctx);
    const launch = launchOf(view).type;
    const fargate = launch === 'FARGATE';
    const strategy = str(view.schedulingStrategy);
    if (strategy === 'DAEMON' && (fargate || controller !== 'ECS')) {
      ctx.report({
        messageId: 'daemon',
        path: ['schedulingStrategy'],
        data: { with: fargate ? 'the Fargate launch type' : `the ${controller} deployment controller` },
        hint: 'use "schedulingStrategy": "REPLICA" (with a desired count), or the EC2 launch type with the ECS deployment controller',
        related: [
          fargate
            ? { path: launchOf(view).path ?? ['launchType'], message: 'the launch type' }
            : { path: ['deploymentController', 'type'], message: 'the deployment controller' },
        ],
      });
    }
    const deployment = obj(view.deploymentConfiguration);
    if (deployment && controller !== 'ECS' && launch === 'EC2' && ctx.kind !== 'describe-services') {
      for (const member of ['maximumPercent', 'minimumHealthyPercent'] as const) {
        if (deployment[member] === undefined) continue;
        ctx.report({
          messageId: 'customPercent',
          path: ['deploymentConfiguration', member],
          target: 'key',
          data: { member, controller },
          hint: `remove "${member}"`,
        });
      }
    }
    const max = num(deployment?.maximumPercent);
    const min = num(deployment?.minimumHealthyPercent);
    if (deployment && controller === 'ECS' && strategy !== 'DAEMON' && (max !== undefined || min !== undefined)) {
      const effectiveMax = max ?? 200;
      const effectiveMin = min ?? 100;
      if (effectiveMax <= effectiveMin && num(view.desiredCount) !== 0) {
        ctx.report({
          messageId: 'stuck',
          path: ['deploymentConfiguration', max !== undefined ? 'maximumPercent' : 'minimumHealthyPercent'],
          data: { max: effectiveMax, min: effectiveMin },
          hint: 'raise "maximumPercent" above "minimumHealthyPercent" (defaults 200 and 100), or lower "minimumHealthyPercent"',
          severity: 'warning',
        });
      }
    }
    if (num(view.healthCheckGracePeriodSeconds) !== undefined && objects(view.loadBalancers).length === 0) {
      const lattice = Array.isArray(view.vpcLatticeConfigurations) && view.vpcLatticeConfigurations.length > 0;
      // Since 2024 the grace period also covers container health checks: only a task without any is sure.
      const healthChecks = td ? containers(td.task).some((c) => c.container.healthCheck !== undefined) : true;
      if (!lattice && !healthChecks) {
        ctx.report({
          messageId: 'graceUnused',
          path: ['healthCheckGracePeriodSeconds'],
          target: 'key',
          data: { noHealthCheck: ' and the task definition no container health check' },
          hint: 'remove "healthCheckGracePeriodSeconds", or add a load balancer or a container "healthCheck"',
          severity: 'note',
          related: [
            {
              in: 'task-definition',
              path: ['containerDefinitions'],
              message: 'the containers, none with a "healthCheck"',
              target: 'key',
            },
          ],
        });
      }
    }
  },
});
