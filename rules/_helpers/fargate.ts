/**
 * Fargate task sizes: the one place the cpu/memory table lives (aws-facts.md §1), and the conversion of
 * the string forms AWS accepts for task-level `cpu` ("1024", "1 vCPU", "1 vcpu") and `memory` ("2048",
 * "2 GB", "2GB"). Used by valid-fargate-task-size for the check and for its messages.
 */

import { memoize } from './index.js';

/** The memory values (MiB) one cpu size allows: a stepped range, or a short list. */
export type MemorySpec =
  | { readonly kind: 'range'; readonly min: number; readonly max: number; readonly step: number }
  | { readonly kind: 'list'; readonly values: readonly number[] };

export interface FargateSize {
  /** CPU units (1 vCPU = 1024). */
  readonly cpu: number;
  readonly memory: MemorySpec;
  /** Windows on Fargate offers only 1, 2 and 4 vCPU (§1.3). */
  readonly windows: boolean;
  /** Needs Linux platform version 1.4.0 or later (§1.1). */
  readonly linuxPlatform140?: boolean;
  /**
   * Newer than the AWS docs and SDK models the facts were checked against (§1.2: cfn-lint PR #4668,
   * pulumi-awsx PR #2053). Valid; set FARGATE_INCLUDE_RECENT to false to treat it as unknown.
   */
  readonly recent?: boolean;
}

/** Turn off to drop the sizes marked `recent` (the 32 vCPU tier) from the table. */
export const FARGATE_INCLUDE_RECENT = true;

const range = (min: number, max: number, step: number): MemorySpec => ({ kind: 'range', min, max, step });
const list = (...values: number[]): MemorySpec => ({ kind: 'list', values });

/** Valid Fargate task sizes, cpu units → memory MiB (aws-facts.md §1.1–§1.3). */
export const FARGATE_SIZES: readonly FargateSize[] = [
  { cpu: 256, memory: list(512, 1024, 2048), windows: false },
  { cpu: 512, memory: range(1024, 4096, 1024), windows: false },
  { cpu: 1024, memory: range(2048, 8192, 1024), windows: true },
  { cpu: 2048, memory: range(4096, 16384, 1024), windows: true },
  { cpu: 4096, memory: range(8192, 30720, 1024), windows: true },
  { cpu: 8192, memory: range(16384, 61440, 4096), windows: false, linuxPlatform140: true },
  { cpu: 16384, memory: range(32768, 122880, 8192), windows: false, linuxPlatform140: true },
  { cpu: 32768, memory: list(61440, 122880, 249856), windows: false, linuxPlatform140: true, recent: true },
];

export type FargateOs = 'linux' | 'windows';

const sizesFor = (os: FargateOs): readonly FargateSize[] =>
  Object.freeze(FARGATE_SIZES.filter((s) => (FARGATE_INCLUDE_RECENT || !s.recent) && (os === 'linux' || s.windows)));

/** The table for each OS, filtered once: every Fargate task asks. */
const SIZES: Readonly<Record<FargateOs, readonly FargateSize[]>> = {
  linux: sizesFor('linux'),
  windows: sizesFor('windows'),
};

/** The sizes available to an operating system. Shared between callers: never change the list. */
export function fargateSizes(os: FargateOs): readonly FargateSize[] {
  return SIZES[os];
}

/** The size row for a cpu value on an OS, if there is one. */
export function fargateSize(cpu: number, os: FargateOs): FargateSize | undefined {
  const sizes = SIZES[os];
  for (let i = 0; i < sizes.length; i++) if (sizes[i]?.cpu === cpu) return sizes[i];
  return undefined;
}

/** Every memory value (MiB) a size allows, ascending. */
export function memoryValues(spec: MemorySpec): number[] {
  if (spec.kind === 'list') return [...spec.values];
  const out: number[] = [];
  for (let m = spec.min; m <= spec.max; m += spec.step) out.push(m);
  return out;
}

export function allowsMemory(size: FargateSize, memory: number): boolean {
  const spec = size.memory;
  if (spec.kind === 'list') return spec.values.includes(memory);
  return memory >= spec.min && memory <= spec.max && (memory - spec.min) % spec.step === 0;
}

/** `2048–8192 in steps of 1024`, or `512, 1024 or 2048`. */
export function describeMemory(spec: MemorySpec): string {
  if (spec.kind === 'range') return `${spec.min}–${spec.max} in steps of ${spec.step}`;
  const v = spec.values;
  return v.length <= 1 ? v.join('') : `${v.slice(0, -1).join(', ')} or ${v.at(-1)}`;
}

/** The cpu values (units) on an OS that allow a memory value. */
export function cpusForMemory(memory: number, os: FargateOs): number[] {
  return fargateSizes(os)
    .filter((s) => allowsMemory(s, memory))
    .map((s) => s.cpu);
}

/** A task-level cpu or memory value read from the document. */
export interface SizeValue {
  /** CPU units or MiB. */
  readonly value: number;
  /** As written: `"1 vCPU"`, `"1024"`, or `1024` when the document holds a JSON number. */
  readonly shown: string;
  /** True when written in vCPU or GB rather than units or MiB. */
  readonly converted: boolean;
  /** A fractional vCPU or GB form (`".25 vCPU"`, `"0.5 GB"`), which AWS does not document (§1.4). */
  readonly fractional: boolean;
  /** The canonical integer string AWS stores on registration. */
  readonly canonical: string;
}

const INTEGER = /^\d+$/;
const DECIMAL = '(\\d+(?:\\.\\d+)?|\\.\\d+)';
const VCPU = new RegExp(`^${DECIMAL}\\s*vcpu$`, 'i');
const GB = new RegExp(`^${DECIMAL}\\s*gb$`, 'i');

function parseSize(raw: unknown, unitPattern: RegExp, factor: number): SizeValue | undefined {
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw <= 0) return undefined;
    return { value: raw, shown: String(raw), converted: false, fractional: false, canonical: String(raw) };
  }
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  const shown = JSON.stringify(raw);
  if (INTEGER.test(text)) {
    const value = Number(text);
    return { value, shown, converted: false, fractional: false, canonical: String(value) };
  }
  const m = unitPattern.exec(text);
  if (!m?.[1]) return undefined;
  const value = Number(m[1]) * factor;
  if (!Number.isInteger(value) || value <= 0) return undefined;
  return { value, shown, converted: true, fractional: m[1].includes('.'), canonical: String(value) };
}

const freeze = (v: SizeValue | undefined): SizeValue | undefined => (v === undefined ? v : Object.freeze(v));
/**
 * The string forms, by value: the same few sizes recur in every file, and two rules read each task's.
 * Results are shared between callers (frozen).
 */
const cpuText = memoize((text: string) => freeze(parseSize(text, VCPU, 1024)));
const memoryText = memoize((text: string) => freeze(parseSize(text, GB, 1024)));

/** Task `cpu`: CPU units (`"1024"`) or vCPU (`"1 vCPU"`, case-insensitive); undefined when neither. */
export const parseCpu = (raw: unknown): SizeValue | undefined =>
  typeof raw === 'string' ? cpuText(raw) : parseSize(raw, VCPU, 1024);

/** Task `memory`: MiB (`"2048"`) or GB (`"2 GB"`, `"2GB"`, case-insensitive); undefined when neither. */
export const parseMemory = (raw: unknown): SizeValue | undefined =>
  typeof raw === 'string' ? memoryText(raw) : parseSize(raw, GB, 1024);

/** How a message shows a value: `"1024"`, or `"1 vCPU" (1024)` when AWS converts it. */
export const showSize = (v: SizeValue): string => (v.converted ? `${v.shown} (${v.value})` : v.shown);

/**
 * Where a task asks for Fargate: the `"FARGATE"` item of `requiresCompatibilities` (the place to report
 * what Fargate requires and the task lacks).
 */
export function fargateEntryPath(task: { requiresCompatibilities?: unknown }): (string | number)[] {
  const list = task.requiresCompatibilities;
  const index = Array.isArray(list) ? list.indexOf('FARGATE') : -1;
  return index >= 0 ? ['requiresCompatibilities', index] : ['requiresCompatibilities'];
}
