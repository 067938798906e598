import { describe, expect, it } from 'vitest';
import { lintText, type RuleSetting } from '../../src/engine/lint.js';
import {
  FARGATE_SIZES,
  type FargateSize,
  fargateSize,
  memoryValues,
  parseCpu,
  parseMemory,
} from '../_helpers/fargate.js';
import rule from './index.js';

/** The findings of this rule alone for a Fargate task with the given size. */
function lint(cpu: unknown, memory: unknown, os?: string): { severity: string; message: string }[] {
  const task: Record<string, unknown> = {
    family: 'size-test',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu,
    memory,
    containerDefinitions: [{ name: 'app', image: 'public.ecr.aws/nginx/nginx:1.27' }],
  };
  if (os) task.runtimePlatform = { operatingSystemFamily: os };
  const rules = new Map<string, RuleSetting>([[rule.meta.id, { level: 'error' }]]);
  const result = lintText(JSON.stringify(task, null, 2), { file: 'task.json', rules: [rule], settings: { rules } });
  return result.diagnostics
    .filter((d) => d.ruleId === rule.meta.id)
    .map((d) => ({ severity: d.severity, message: d.message }));
}

const row = (cpu: number): FargateSize => {
  const found = FARGATE_SIZES.find((s) => s.cpu === cpu);
  if (!found) throw new Error(`no row ${cpu}`);
  return found;
};

/** The AWS table, written out (aws-facts.md §1.1, §1.2): cpu → every valid memory value. */
const AWS_TABLE: [number, number[]][] = [
  [256, [512, 1024, 2048]],
  [512, [1024, 2048, 3072, 4096]],
  [1024, [2048, 3072, 4096, 5120, 6144, 7168, 8192]],
  [2048, Array.from({ length: 13 }, (_, i) => 4096 + i * 1024)],
  [4096, Array.from({ length: 23 }, (_, i) => 8192 + i * 1024)],
  [8192, Array.from({ length: 12 }, (_, i) => 16384 + i * 4096)],
  [16384, Array.from({ length: 12 }, (_, i) => 32768 + i * 8192)],
  [32768, [61440, 122880, 249856]],
];

describe('the Fargate size table', () => {
  it.each(AWS_TABLE)('cpu %i allows exactly the documented memory values', (cpu, memory) => {
    expect(memoryValues(row(cpu).memory)).toEqual(memory);
  });

  it('has a row for every documented cpu value and no other', () => {
    expect(FARGATE_SIZES.map((s) => s.cpu)).toEqual(AWS_TABLE.map(([cpu]) => cpu));
  });

  it('offers Windows only 1, 2 and 4 vCPU', () => {
    expect(FARGATE_SIZES.filter((s) => s.windows).map((s) => s.cpu)).toEqual([1024, 2048, 4096]);
    expect(fargateSize(512, 'windows')).toBeUndefined();
    expect(fargateSize(8192, 'windows')).toBeUndefined();
  });
});

describe('valid-fargate-task-size on Linux', () => {
  for (const [cpu, memory] of AWS_TABLE) {
    it.each(memory)(`accepts cpu ${cpu} with memory %i`, (m) => {
      expect(lint(String(cpu), String(m))).toEqual([]);
    });

    // Just outside the range, between two steps, and the value the next row starts at.
    const first = memory[0] ?? 0;
    const last = memory.at(-1) ?? 0;
    const rejected = new Set([first - 1024, last + 1024, first + 512, first + 1]);
    for (const m of memory) rejected.delete(m);
    it.each([...rejected].filter((m) => m > 0))(`rejects cpu ${cpu} with memory %i`, (m) => {
      const findings = lint(String(cpu), String(m));
      expect(findings).toHaveLength(1);
      expect(findings[0]?.severity).toBe('error');
      expect(findings[0]?.message).toMatch(new RegExp(`^cpu "${cpu}" allows memory .*; got "${m}"$`));
    });
  }

  it('lists the valid memory values of the cpu in the message', () => {
    expect(lint('1024', '1024')).toEqual([
      { severity: 'error', message: 'cpu "1024" allows memory 2048–8192 in steps of 1024; got "1024"' },
    ]);
    expect(lint('256', '4096')[0]?.message).toBe('cpu "256" allows memory 512, 1024 or 2048; got "4096"');
    expect(lint('8192', '20000')[0]?.message).toBe(
      'cpu "8192" allows memory 16384–61440 in steps of 4096; got "20000"',
    );
  });

  it('lists the valid cpu values for an unknown cpu', () => {
    expect(lint('3072', '6144')[0]?.message).toBe(
      'cpu "3072" is not a Fargate size; valid cpu values are 256, 512, 1024, 2048, 4096, 8192, 16384 and 32768',
    );
  });

  it('accepts LINUX written out, and ARM64 (Linux) sizes from the Linux table', () => {
    expect(lint('16384', '122880', 'LINUX')).toEqual([]);
  });
});

describe('valid-fargate-task-size on Windows', () => {
  for (const [cpu, memory] of AWS_TABLE) {
    const windows = cpu === 1024 || cpu === 2048 || cpu === 4096;
    it(`${windows ? 'accepts' : 'rejects'} cpu ${cpu} (memory ${memory[0]})`, () => {
      const findings = lint(String(cpu), String(memory[0]), 'WINDOWS_SERVER_2022_CORE');
      if (windows) expect(findings).toEqual([]);
      else {
        expect(findings).toEqual([
          {
            severity: 'error',
            message: `cpu "${cpu}" is not available for Windows on Fargate; valid cpu values are 1024, 2048 and 4096`,
          },
        ]);
      }
    });
  }

  it('uses the Linux memory values for 1 vCPU (2–8 GB, not 1 GB)', () => {
    expect(lint('1024', '1024', 'WINDOWS_SERVER_2019_FULL')).toHaveLength(1);
    expect(lint('1024', '8192', 'WINDOWS_SERVER_2019_FULL')).toEqual([]);
  });
});

describe('string forms', () => {
  it.each([
    ['1024', 1024, false],
    ['1 vCPU', 1024, true],
    ['1 vcpu', 1024, true],
    ['2vCPU', 2048, true],
    ['16 VCPU', 16384, true],
    ['.25 vCPU', 256, true],
    ['0.5 vcpu', 512, true],
  ])('cpu %j is %i units', (raw, units, converted) => {
    expect(parseCpu(raw)).toMatchObject({ value: units, converted });
  });

  it.each([
    ['2048', 2048],
    ['2 GB', 2048],
    ['2GB', 2048],
    ['2 gb', 2048],
    ['0.5 GB', 512],
    ['120 GB', 122880],
    ['244 GB', 249856],
  ])('memory %j is %i MiB', (raw, mib) => {
    expect(parseMemory(raw)?.value).toBe(mib);
  });

  it.each(['', '1 core', '1.1 vCPU', '-1', 'vCPU', '1024 units'])('cpu %j is not a cpu value', (raw) => {
    expect(parseCpu(raw)).toBeUndefined();
  });

  it.each(['', '2 GiB', '4096MB', '1.3 GB', '2 G'])('memory %j is not a memory value', (raw) => {
    expect(parseMemory(raw)).toBeUndefined();
  });

  it('says what a string form converts to', () => {
    expect(lint('1 vCPU', '1 GB')[0]?.message).toBe(
      'cpu "1 vCPU" (1024) allows memory 2048–8192 in steps of 1024; got "1 GB" (1024)',
    );
    expect(lint('4 vCPU', '30 GB')).toEqual([]);
    expect(lint('32 vCPU', '244 GB')).toEqual([]);
  });

  it('notes fractional forms but accepts the size they convert to', () => {
    expect(lint('.25 vCPU', '512')).toEqual([
      {
        severity: 'note',
        message: 'cpu ".25 vCPU" is a fractional form that AWS does not document; AWS stores it as "256"',
      },
    ]);
  });

  it('checks a JSON number like the string it should be (the type is the schema finding)', () => {
    expect(lint(512, 1024)).toEqual([]);
    expect(lint(512, 512)[0]?.message).toBe('cpu 512 allows memory 1024–4096 in steps of 1024; got 512');
  });
});

describe('missing and templated values', () => {
  it('names what is missing', () => {
    expect(lint(undefined, '512')[0]?.message).toBe('"cpu" must be defined at the task level on Fargate');
    expect(lint('256', null)[0]?.message).toBe('"memory" must be defined at the task level on Fargate');
  });

  it('does not check a pair with a placeholder in it', () => {
    expect(lint('${CPU}', '512')).toEqual([]);
    expect(lint('1024', '{{ memory }}')).toEqual([]);
  });
});
