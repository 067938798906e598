import { compact } from './compact.js';
import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export { summarize, summaryLine } from './summary.js';
export type { Reporter, ReporterContext } from './types.js';

export const reporters: Record<string, Reporter> = { stylish, compact, json };
export const FORMATS = Object.keys(reporters);
