import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import rule from './index.js';

function lint(doc: unknown): string[] {
  const rules = new Map([[rule.meta.id, { level: rule.meta.severity }]]);
  const result = lintText(JSON.stringify(doc, null, 2), { file: 't.json', rules: [rule], settings: { rules } });
  return result.diagnostics.filter((d) => d.ruleId === rule.meta.id).map((d) => `${d.severity}: ${d.message}`);
}

const task = (extra: Record<string, unknown>, containers: Record<string, unknown>[]) => ({
  family: 't',
  ...extra,
  containerDefinitions: containers.map((c, i) => ({ name: `c${i}`, image: 'nginx:1.27', ...c })),
});

describe('valid-task-resources', () => {
  it('reads the vCPU and GB forms of the task size', () => {
    expect(lint(task({ cpu: '0.5 vcpu', memory: '1GB' }, [{ cpu: 512, memory: 1024 }]))).toEqual([]);
    expect(lint(task({ cpu: '.5 vCPU', memory: '1 gb' }, [{ cpu: 513, memory: 1025 }]))).toEqual([
      'error: container "c0": "cpu" 513 is greater than the task "cpu" ".5 vCPU" (512 CPU units)',
      'error: container "c0": "memory" 1025 MiB is greater than the task "memory" "1 gb" (1024 MiB)',
    ]);
  });

  it('accepts equal limits', () => {
    expect(lint(task({ cpu: '1024', memory: '1024' }, [{ cpu: 1024, memory: 1024, memoryReservation: 1024 }]))).toEqual(
      [],
    );
  });

  it('reports nothing from a task size or container value it cannot read', () => {
    expect(lint(task({ cpu: '${CPU}', memory: '{{ memory }}' }, [{ cpu: 4096, memory: 8192 }]))).toEqual([]);
    expect(lint(task({ cpu: '1024' }, [{ cpu: 1024 }, { cpu: '${SIDECAR_CPU}' }]))).toEqual([]);
  });

  it('checks the EC2 task cpu range but not Fargate sizes', () => {
    expect(lint(task({ cpu: '196608' }, []))).toEqual([]);
    expect(lint(task({ cpu: '200 vCPU', requiresCompatibilities: ['EXTERNAL'] }, []))).toEqual([
      'error: task "cpu" "200 vCPU" (204800 CPU units) is outside the 128–196608 CPU units (0.125–192 vCPU) that EXTERNAL accepts',
    ]);
    expect(lint(task({ cpu: '64', requiresCompatibilities: ['FARGATE'] }, []))).toEqual([]);
  });

  it('skips the task-size checks for Dockerrun v2 and bare arrays', () => {
    expect(
      lint({ AWSEBDockerrunVersion: 2, containerDefinitions: [{ name: 'a', image: 'x', memory: 99999 }] }),
    ).toEqual([]);
    expect(lint([{ name: 'a', image: 'x', memory: 256, memoryReservation: 512 }])).toEqual([
      'error: container "a": "memoryReservation" 512 is greater than "memory" 256',
    ]);
  });
});
