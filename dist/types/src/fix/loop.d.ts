/**
 * Every safe fix, pass after pass: ESLint's `--fix` loop, for the playground's "Fix all", the language
 * server's fix-all and `--fix`. Lint, apply the fixes that do not collide, lint the new text again, until a
 * pass applies nothing or `maxPasses` passes have run (a fix that brings its own finding back cannot loop
 * forever). A text with a syntax error is never touched. `lint` answers undefined when the text cannot be
 * linted (the loop then stops where it is).
 */
import type { Diagnostic, Fix } from '../types.js';
export interface FixedText {
    text: string;
    /** The fixes applied, in the order of the passes. */
    applied: Fix[];
    /** Passes that applied something. */
    passes: number;
}
/** As many passes as ESLint's --fix makes: fixes that collided with another's wait for the next pass. */
export declare const MAX_FIX_PASSES = 10;
type Lint = (text: string) => readonly Diagnostic[] | undefined | Promise<readonly Diagnostic[] | undefined>;
export declare function fixUntilStable(text: string, lint: Lint, maxPasses?: number): Promise<FixedText>;
export {};
