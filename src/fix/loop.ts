/**
 * "Fix all" (the playground) and `--fix`: ESLint's loop. Lint, apply the safe fixes that do not collide, lint
 * the new text again, until a pass applies nothing or `maxPasses` passes have run (a fix that brings its own
 * finding back cannot loop forever). A text with a syntax error is never touched.
 */
import type { Diagnostic, Fix } from '../types.js';
import { applyDiagnosticFixes } from './apply.js';

export interface FixedText {
  text: string;
  /** The fixes applied, in the order of the passes. */
  applied: Fix[];
  /** Passes that applied something. */
  passes: number;
}

export const MAX_FIX_PASSES = 10;

export function fixUntilStable(
  text: string,
  lint: (text: string) => readonly Diagnostic[],
  maxPasses = MAX_FIX_PASSES,
): FixedText {
  const applied: Fix[] = [];
  let passes = 0;
  while (passes < maxPasses) {
    const diagnostics = lint(text);
    if (diagnostics.some((d) => d.ruleId === 'json-syntax')) break;
    const pass = applyDiagnosticFixes(text, diagnostics);
    if (pass.applied.length === 0 || pass.text === text) break;
    text = pass.text;
    applied.push(...pass.applied);
    passes++;
  }
  return { text, applied, passes };
}
