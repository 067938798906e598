/** Fixes: from edits on JSON paths to text edits (engine), and applied to a text (front ends). */
import type { LineTable } from '../json/lines.js';
import type { Fix } from '../types.js';
import type { FixProposal, FixWriter } from './edits.js';
export { type Applied, applyDiagnosticFixes, applyFixes, applyOffsetEdits } from './apply.js';
export { type Edit, type FixProposal, FixWriter, type OffsetEdit } from './edits.js';
export { type FixedText, fixUntilStable, MAX_FIX_PASSES } from './loop.js';
export { type LineSuggestion, reviewFix, type SuggestOptions, suggestLines } from './suggest.js';
/** A proposal as the public `Fix` (ranges in the text), or undefined when it cannot be written there. */
export declare function toFix(writer: FixWriter, lines: LineTable, proposal: FixProposal): Fix | undefined;
