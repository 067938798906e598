import type { LoadedConfig } from '../config/config.js';
import type { levelIn } from '../engine/severity.js';
import type { Baseline, BaselineEntry, baselineFilter } from '../policy/baseline.js';
import type { LintResult } from '../types.js';
/** What a step knows of the file a result is for. */
export interface FileContext {
    /** Absolute path (for a text not read from disk: the name it was given, resolved). */
    absolute: string;
    /** The file's config. */
    config: LoadedConfig;
    /** The user named the file (or handed its text): it is reported whatever it holds. */
    explicit: boolean;
    /** Reported whatever it holds, named or not (a file too large to read). */
    keep?: boolean;
}
/** State of one run that steps share and keep across files. */
export interface RunState {
    /** The working directory: reported file names are relative to it. */
    cwd: string;
    /** Configs that applied to at least one file kept (for their unused suppressions). */
    configsUsed: Set<LoadedConfig>;
    /** The baseline's matcher, when the run has a baseline. */
    baseline?: ReturnType<typeof baselineFilter>;
    /** The baseline file, the files the run linted, and whether (and at what level) to report stale entries. */
    baselineFile?: {
        path: string;
        shown: string;
        baseline: Baseline;
        linted: Set<string>;
        report: boolean;
        level: ReturnType<typeof levelIn>;
    };
    /** The level of unused-suppression for a config file (the severity module's resolution for that path). */
    unusedSuppressionLevel: (config: LoadedConfig) => ReturnType<typeof levelIn>;
    /** Whether the run covers the files as a whole (paths), so that `finish` steps can judge what matched. */
    whole: boolean;
}
export interface Step {
    name: string;
    file?: (result: LintResult, file: FileContext, run: RunState) => LintResult | undefined;
    finish?: (run: RunState) => LintResult[];
}
/** The baseline's stale entries: unmatched in the files linted, or their file is gone. */
export declare function unusedBaselineEntries(run: RunState): BaselineEntry[];
/** The post-processing steps, in order. */
export declare const STEPS: readonly Step[];
/** A result through every step (undefined: the file is dropped). */
export declare function postProcess(result: LintResult, file: FileContext, run: RunState): LintResult | undefined;
/** What the steps add after the last file, in step order. */
export declare function finishSteps(run: RunState): LintResult[];
