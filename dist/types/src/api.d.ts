import { checkConfig, type LoadedConfig, type ResolveOptions } from './config/config.js';
import type { AnyRule } from './rule.js';
import type { LintResult } from './types.js';
export interface LintOptions extends ResolveOptions {
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
}
/** AWS takes at most 64 KiB of task definition; 5 MiB leaves room for describe output and templates. */
export declare const DEFAULT_MAX_FILE_SIZE: number;
/**
 * Lint files, folders and globs as the CLI does: discover config, walk folders for recognised
 * documents, lint each, apply suppressions and the baseline. Throws ConfigError or UsageError (exit
 * code 2 in the CLI) for a bad config, policy, plugin, baseline or path; a document never makes it throw.
 */
export declare function lint(paths: readonly string[], options?: LintOptions): Promise<LintResult[]>;
/**
 * `lint`, also returning every rule that could report in the run (built-ins, policies, plugin rules) and
 * the files besides the documents that decided the findings: the config files used, and the policy files
 * and plugin modules they name (absolute paths).
 */
export declare function lintRun(paths: readonly string[], options?: LintOptions): Promise<{
    results: LintResult[];
    rules: AnyRule[];
    configFiles: string[];
}>;
/**
 * `lint`, handing over each result as soon as its file is linted, in the order of the files, instead of
 * keeping them all: a run over thousands of files then holds one document at a time. `rules` lists every rule
 * that could report so far (built-ins, then policies and plugin rules as their configs load), and is complete
 * when the promise settles.
 */
export declare function lintEach(paths: readonly string[], options: LintOptions, onResult: (result: LintResult, rules: readonly AnyRule[]) => void): Promise<{
    rules: AnyRule[];
    configFiles: string[];
}>;
/**
 * Lint a document that is not read from disk (stdin, an editor buffer). `file` names it and finds its
 * config. Given as bytes, it is decoded as files are (a byte-order mark, UTF-16, binary data and invalid
 * UTF-8 are reported), and more than `maxFileSize` bytes are reported, not linted.
 */
export declare function lintText(text: string | Uint8Array, file: string, options?: LintOptions): Promise<LintResult>;
/** Config for a file: the named one, none, or the nearest one (cached per folder). */
export type ConfigResolver = ((file: string) => LoadedConfig) & {
    /**
     * Discovery only: the names a folder holds, as a directory walk read them, so that looking for a config
     * there asks the file system only about names the folder has.
     */
    listed?: (dir: string, names: readonly string[]) => void;
};
export declare function configResolver(cwd: string, config: string | false | undefined): ConfigResolver;
export { checkConfig };
