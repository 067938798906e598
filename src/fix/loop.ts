/**
 * Every safe fix, pass after pass: ESLint's `--fix` loop, for the playground's "Fix all", the language
 * server's fix-all and `--fix`. Lint, apply the fixes that do not collide, lint the new text again, until a
 * pass applies nothing or `maxPasses` passes have run (a fix that brings its own finding back cannot loop
 * forever). A text with a syntax error is never touched. `lint` answers undefined when the text cannot be
 * linted (the loop then stops where it is).
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

/** As many passes as ESLint's --fix makes: fixes that collided with another's wait for the next pass. */
export const MAX_FIX_PASSES = 10;

type Lint = (text: string) => readonly Diagnostic[] | undefined | Promise<readonly Diagnostic[] | undefined>;

export async function fixUntilStable(text: string, lint: Lint, maxPasses = MAX_FIX_PASSES): Promise<FixedText> {
  const applied: Fix[] = [];
  let passes = 0;
  while (passes < maxPasses) {
    const diagnostics = await lint(text);
    if (!diagnostics || diagnostics.some((d) => d.ruleId === 'json-syntax')) break;
    const pass = applyDiagnosticFixes(text, diagnostics);
    if (pass.applied.length === 0 || pass.text === text) break;
    text = pass.text;
    applied.push(...pass.applied);
    passes++;
  }
  return { text, applied, passes };
}
