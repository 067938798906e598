import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import rule from './index.js';

function lint(doc: unknown): string[] {
  const rules = new Map([[rule.meta.id, { level: rule.meta.severity }]]);
  const result = lintText(JSON.stringify(doc, null, 2), { file: 't.json', rules: [rule], settings: { rules } });
  return result.diagnostics.filter((d) => d.ruleId === rule.meta.id).map((d) => `${d.severity}: ${d.message}`);
}

const task = (networkMode: string | undefined, containers: unknown[], extra: Record<string, unknown> = {}) => ({
  family: 't',
  ...(networkMode === undefined ? {} : { networkMode }),
  ...extra,
  containerDefinitions: containers,
});
const c = (name: string, portMappings: unknown[]) => ({ name, image: 'nginx:1.27', memory: 128, portMappings });

describe('valid-port-mappings', () => {
  it('treats the container port as the host port in awsvpc, across containers and ranges', () => {
    expect(
      lint(
        task('awsvpc', [
          c('a', [{ containerPortRange: '8000-8010' }]),
          c('b', [{ containerPort: 8005, hostPort: 8005 }]),
        ]),
      ),
    ).toEqual(['error: TCP host port 8005 is mapped more than once in the task (first by container "a")']);
  });

  it('keeps tcp and udp apart', () => {
    expect(lint(task('awsvpc', [c('a', [{ containerPort: 53 }, { containerPort: 53, protocol: 'udp' }])]))).toEqual([]);
  });

  it('counts only static host ports in bridge mode', () => {
    expect(
      lint(
        task(undefined, [
          c('a', [{ containerPort: 80 }, { containerPort: 80, hostPort: 0 }]),
          c('b', [{ containerPort: 80 }]),
        ]),
      ),
    ).toEqual([]);
  });

  it('does not guess the mode of a Fargate task without networkMode', () => {
    expect(
      lint(
        task(undefined, [c('a', [{ containerPort: 8080, hostPort: 80 }])], { requiresCompatibilities: ['FARGATE'] }),
      ),
    ).toEqual([]);
  });

  it('checks static host ports in a bare container-definitions array, without a mode', () => {
    expect(
      lint([c('a', [{ containerPort: 80, hostPort: 8080 }]), c('b', [{ containerPort: 81, hostPort: 8080 }])]),
    ).toEqual(['error: TCP host port 8080 is mapped more than once in the task (first by container "a")']);
  });

  it('accepts hostPort 0 in awsvpc mode (ECS fills in the container port)', () => {
    expect(lint(task('awsvpc', [c('a', [{ containerPort: 8080, hostPort: 0 }])]))).toEqual([]);
  });

  it('leaves template placeholders and non-numbers alone', () => {
    expect(
      lint(
        task('awsvpc', [
          c('a', [
            { containerPort: '${PORT}', hostPort: 80 },
            { containerPortRange: '${RANGE}' },
            { containerPort: 8080, name: '${NAME}' },
          ]),
        ]),
      ),
    ).toEqual([]);
  });

  it('warns about reserved host ports only where the ECS agent runs', () => {
    const mapping = [{ containerPort: 22, hostPort: 22 }];
    expect(lint(task('bridge', [c('a', mapping)]))).toEqual([
      'warning: container "a": host port 22 is reserved on ECS container instances (22, 2375, 2376, 51678–51680)',
    ]);
    expect(lint(task('awsvpc', [c('a', mapping)]))).toEqual([]);
    expect(lint(task('awsvpc', [c('a', mapping)], { requiresCompatibilities: ['FARGATE'] }))).toEqual([]);
    expect(
      lint(
        task(undefined, [c('a', mapping)], { runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } }),
      ),
    ).toEqual([]);
  });
});
