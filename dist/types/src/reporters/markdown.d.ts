import type { Reporter } from './types.js';
/**
 * Text in a table cell or a comment: Markdown's punctuation escaped (pipes, backticks, emphasis, link
 * brackets: a container named `[x](https://…)` stays text), HTML kept literal, on one line. GitHub renders
 * HTML in Markdown, so `<` and `&` are written as entities.
 */
export declare const cell: (s: string) => string;
/**
 * Markdown for job summaries (`>> $GITHUB_STEP_SUMMARY`) and pull request comments: a summary line,
 * then a table per file with findings. A clean run says so.
 */
export declare const markdown: Reporter;
