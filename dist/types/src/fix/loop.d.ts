/**
 * "Fix all" (the playground) and `--fix`: ESLint's loop. Lint, apply the safe fixes that do not collide, lint
 * the new text again, until a pass applies nothing or `maxPasses` passes have run (a fix that brings its own
 * finding back cannot loop forever). A text with a syntax error is never touched.
 */
import type { Diagnostic, Fix } from '../types.js';
export interface FixedText {
    text: string;
    /** The fixes applied, in the order of the passes. */
    applied: Fix[];
    /** Passes that applied something. */
    passes: number;
}
export declare const MAX_FIX_PASSES = 10;
export declare function fixUntilStable(text: string, lint: (text: string) => readonly Diagnostic[], maxPasses?: number): FixedText;
