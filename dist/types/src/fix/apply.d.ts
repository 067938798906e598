import type { Diagnostic, Fix } from '../types.js';
import type { OffsetEdit } from './edits.js';
export interface Applied {
    text: string;
    /** The fixes applied. */
    applied: Fix[];
    /** Fixes left for another pass because they collided with one that was applied. */
    deferred: number;
}
/**
 * Apply fixes to the text they were made for (positions count without a leading byte-order mark, which is
 * kept). Fixes whose edits collide with an applied fix's are left out.
 */
export declare function applyFixes(text: string, fixes: readonly Fix[]): Applied;
/** The safe fixes of a file's findings, applied (see applyFixes). */
export declare function applyDiagnosticFixes(text: string, diagnostics: readonly Diagnostic[]): Applied;
/** Apply edits that do not overlap, from the last to the first. */
export declare function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string;
