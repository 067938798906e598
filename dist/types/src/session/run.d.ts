import { type ConfigRulesOptions, type LoadedConfig, type ResolveOptions } from '../config/config.js';
import { type BaselineEntry } from '../policy/baseline.js';
import type { AnyRule } from '../rule.js';
import type { LintResult } from '../types.js';
export interface SessionOptions extends ResolveOptions {
    /** Folder that relative paths and reported file names are relative to (default: process.cwd()). */
    cwd?: string;
    /** A config file to use for every file instead of discovering one; `false` for none at all. */
    config?: string | false;
    /** The rules to run instead of the built-in ones (config policies and plugins are added to them). */
    rules?: readonly AnyRule[];
    /** Called with a one-line warning for entries a directory walk cannot read. */
    warn?: (message: string) => void;
    /** Files larger than this many bytes are reported, not read (default 5 MiB). */
    maxFileSize?: number;
    /**
     * Keep each result's text (secrets masked) for reporters that print source lines (default true). Without
     * it, `source` is empty and a run spends no time masking.
     */
    keepSource?: boolean;
    /** A baseline file (from --write-baseline): findings it records are moved to `suppressed`. */
    baseline?: string;
    /** Called once the files to lint are known, with how many there are, before the first is read. */
    onTargets?: (count: number) => void;
    /** Lint files the config's `ignore` patterns exclude (`--no-ignore`). */
    noIgnore?: boolean;
    /**
     * Report baseline entries that match no finding in the files linted (or whose file is gone) as
     * `unused-suppression` findings in the baseline file (`--report-unused-baseline`).
     */
    reportUnusedBaseline?: boolean;
    /**
     * `--fix`: apply each file's safe fixes pass after pass (src/fix/loop.ts; never on a file with a syntax
     * error or one not valid UTF-8) and hand over each changed text. The results are then those of the fixed
     * texts. The session writes nothing: the caller writes the file (`--fix`) or shows the diff (`--fix-dry-run`).
     * A caller that could not write the file returns `false`: the file's results are then those of its text as
     * it is.
     */
    onFixed?: (fixed: FixedFile) => undefined | false;
    /** Plugins and policy files may be outside the config's repository (`--allow-outside-repo`). */
    outsideRepository?: boolean;
    /** A plugin rule's time limit per file in milliseconds (default 2000; 0: none). */
    pluginTimeoutMs?: number;
    /** Findings of one rule in one file beyond this many are counted, not listed (default 100; 0: all). */
    maxFindingsPerRule?: number;
    /** Keep only errors in the results (`--quiet`): warnings and notes are neither shown nor counted. */
    quiet?: boolean;
}
/** A file whose fixes changed its text. */
export interface FixedFile {
    /** As reported (relative to the working directory). */
    file: string;
    absolute: string;
    before: string;
    after: string;
    /** How many fixes were applied. */
    applied: number;
}
/** What loadConfigRules is told by a run's options. */
export declare function ruleOptions(options: SessionOptions): ConfigRulesOptions;
/** What a run reads: files, folders and globs (`paths`), or one text not read from disk, named `file`. */
export type SessionInput = {
    paths: readonly string[];
} | {
    text: string | Uint8Array;
    file: string;
};
/** Called with each file's final result as soon as it is ready, and every rule that could report so far. */
export type OnResult = (result: LintResult, rules: readonly AnyRule[]) => void;
/** The outcome of a run. Results are frozen: nothing after the session changes them. */
export interface SessionResult {
    /** Every result, in the order of the files (empty when the run handed them to `onResult` instead). */
    readonly results: readonly LintResult[];
    /** Every rule that could report in the run: built-ins, then policies and plugin rules as configs loaded. */
    readonly rules: readonly AnyRule[];
    /** The config files used, and the policy files and plugin modules they name (absolute paths). */
    readonly configFiles: readonly string[];
    /** Baseline entries that matched no finding in the files linted, or whose file is gone (stale). */
    readonly unusedBaseline: readonly BaselineEntry[];
}
/**
 * Lint the inputs. Throws ConfigError or UsageError (exit code 2 in the CLI) for a bad config, policy,
 * plugin, baseline or path; a document never makes it throw. With `onResult`, each result is handed over as
 * soon as its file is done and not kept, so a run over thousands of files holds one document at a time.
 */
export declare function runSession(input: SessionInput, options?: SessionOptions, onResult?: OnResult): Promise<SessionResult>;
/** The config files, and the policy files and plugin modules they name (the language server watches them). */
export declare function configFilesOf(configs: Iterable<LoadedConfig>): string[];
