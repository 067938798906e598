// The benchmark corpus as deploy folders: each task definition of a corpus folder that has a family and a
// container, in a folder of its own beside a service (create-service input naming its family, the first
// container and port behind a load balancer) and a CodeDeploy AppSpec (`<TASK_DEFINITION>`), so that a run
// lints and pairs n services and n AppSpecs with n task definitions; and the same task definitions alone.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsedFiles } from './iac-corpus.mjs';

/** Writes `out`/alone/<i>/ and `out`/paired/<i>/; returns how many task definitions each holds. */
export function writePairsCorpus(src, out) {
  let n = 0;
  for (const { text, task } of parsedFiles(src)) {
    const first = Array.isArray(task?.containerDefinitions) ? task.containerDefinitions[0] : undefined;
    if (typeof task?.family !== 'string' || typeof first?.name !== 'string') continue;
    const port = first.portMappings?.[0]?.containerPort ?? 80;
    const loadBalancer = {
      targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef',
      containerName: first.name,
      containerPort: port,
    };
    const service = {
      cluster: 'bench',
      serviceName: `svc-${n}`,
      taskDefinition: task.family,
      desiredCount: 2,
      loadBalancers: [loadBalancer],
      ...(task.networkMode === 'awsvpc'
        ? {
            networkConfiguration: {
              awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d'], securityGroups: ['sg-0a1b2c3d'] },
            },
          }
        : {}),
    };
    const appspec = [
      'version: 0.0',
      'Resources:',
      '  - TargetService:',
      '      Type: AWS::ECS::Service',
      '      Properties:',
      '        TaskDefinition: <TASK_DEFINITION>',
      '        LoadBalancerInfo:',
      `          ContainerName: ${JSON.stringify(first.name)}`,
      `          ContainerPort: ${JSON.stringify(port)}`,
      '',
    ].join('\n');
    const alone = join(out, 'alone', String(n));
    const paired = join(out, 'paired', String(n));
    mkdirSync(alone, { recursive: true });
    mkdirSync(paired, { recursive: true });
    writeFileSync(join(alone, 'task-definition.json'), text);
    writeFileSync(join(paired, 'task-definition.json'), text);
    writeFileSync(join(paired, 'service.json'), `${JSON.stringify(service, null, 2)}\n`);
    writeFileSync(join(paired, 'appspec.yaml'), appspec);
    n++;
  }
  return n;
}
