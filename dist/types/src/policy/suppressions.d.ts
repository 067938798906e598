import type { LintResult, Severity } from '../types.js';
export interface Suppression {
    files: string | string[];
    rules: string | string[];
    pointer?: string;
    reason: string;
}
export declare const SUPPRESSION_SCHEMA: {
    readonly type: 'object';
    readonly required: readonly ['files', 'rules', 'reason'];
    readonly additionalProperties: false;
    readonly properties: {
        readonly files: {
            readonly anyOf: readonly [{
                readonly type: 'string';
            }, {
                readonly type: 'array';
                readonly items: {
                    readonly type: 'string';
                };
                readonly minItems: 1;
            }];
        };
        readonly rules: {
            readonly anyOf: readonly [{
                readonly type: 'string';
            }, {
                readonly type: 'array';
                readonly items: {
                    readonly type: 'string';
                };
                readonly minItems: 1;
            }];
        };
        readonly pointer: {
            readonly type: 'string';
        };
        readonly reason: {
            readonly type: 'string';
            readonly minLength: 1;
        };
    };
};
/** Tracks, across a run, which suppressions of one config applied to a file and which suppressed something. */
export declare class SuppressionSet {
    #private;
    readonly entries: readonly Suppression[];
    readonly applied: Set<number>;
    readonly used: Set<number>;
    constructor(entries: readonly Suppression[]);
    /**
     * The result with its suppressed diagnostics moved to `suppressed` (a new object; the same one when no
     * suppression applies to the file). `relPath` is the file's path relative to the config's folder, with
     * forward slashes.
     */
    apply(result: LintResult, relPath: string): LintResult;
    /** Indexes of suppressions that applied to at least one linted file and suppressed nothing. */
    unused(): number[];
}
/** A note per unused suppression, located in the config file. */
export declare function unusedSuppressionResult(configFile: string, shownPath: string, configText: string, set: SuppressionSet, severity: Severity): LintResult | undefined;
