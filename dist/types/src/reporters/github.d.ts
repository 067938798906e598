import type { StreamReporter } from './types.js';
/** Workflow-command data: `%`, CR and LF are escaped (as @actions/core does). */
export declare const escapeData: (s: string) => string;
/** Workflow-command property values: also `:` and `,`, which separate properties. */
export declare const escapeProperty: (s: string) => string;
/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), one per finding, so a step
 * annotates the files in the run and the pull request, then a one-line summary. Paths are relative to
 * the repository root, which is the workspace in a checked-out job.
 */
export declare const githubStream: StreamReporter;
export declare const github: import("./types.js").Reporter;
