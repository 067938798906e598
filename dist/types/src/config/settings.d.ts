import { type DeployTarget } from '../engine/group.js';
import type { LintSettings } from '../engine/lint.js';
import { type Preset, type RuleEntry } from '../engine/severity.js';
import { type Policy } from '../policy/policies.js';
import { type Suppression, type SuppressionSet } from '../policy/suppressions.js';
import type { AnyRule } from '../rule.js';
export { LEVELS, PRESETS, type Preset, presetLevel, type RuleEntry } from '../engine/severity.js';
export interface Override {
    files: string | string[];
    rules?: Record<string, RuleEntry>;
    allowComments?: boolean;
}
export interface ConfigFile {
    preset?: Preset;
    /** Where the task definitions go (docs/targets.md); default `aws-cli`. */
    target?: DeployTarget;
    rules?: Record<string, RuleEntry>;
    overrides?: Override[];
    ignore?: string[];
    allowComments?: boolean;
    /** Declarative policies, inline or as paths of policy files (JSON or YAML). */
    policies?: (Policy | string)[];
    /** JavaScript modules exporting rules made with defineRule. */
    plugins?: string[];
    suppressions?: Suppression[];
    /**
     * Services, AppSpecs and run-task inputs paired with the task definition they run, when the run cannot
     * tell (paths relative to the config's folder).
     */
    pairs?: {
        service: string;
        taskDefinition: string;
    }[];
}
/** A loaded config: where it came from (globs are relative to its folder) and what it says. */
export interface LoadedConfig {
    path: string | undefined;
    dir: string;
    config: ConfigFile;
    /** The config file's text (for locating suppressions). */
    text?: string;
    /** Rules the config brings: its policies and its plugins' rules (see loadConfigRules). */
    rules?: AnyRule[];
    suppressions?: SuppressionSet;
}
export declare const CONFIG_SCHEMA: {
    readonly type: 'object';
    readonly additionalProperties: false;
    readonly properties: {
        readonly $schema: {
            readonly type: 'string';
        };
        readonly preset: {
            readonly enum: readonly Preset[];
        };
        readonly rules: {
            type: string;
            additionalProperties: {
                anyOf: ({
                    enum: readonly import("../types.js").RuleLevel[];
                } | {
                    type: string;
                    minItems: number;
                    maxItems: number;
                    items: {}[];
                    additionalItems: boolean;
                })[];
            };
        };
        readonly overrides: {
            readonly type: 'array';
            readonly items: {
                readonly type: 'object';
                readonly required: readonly ['files'];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly files: {
                        anyOf: ({
                            type: string;
                            items?: never;
                        } | {
                            type: string;
                            items: {
                                type: string;
                            };
                        })[];
                    };
                    readonly rules: {
                        type: string;
                        additionalProperties: {
                            anyOf: ({
                                enum: readonly import("../types.js").RuleLevel[];
                            } | {
                                type: string;
                                minItems: number;
                                maxItems: number;
                                items: {}[];
                                additionalItems: boolean;
                            })[];
                        };
                    };
                    readonly allowComments: {
                        readonly type: 'boolean';
                    };
                };
            };
        };
        readonly ignore: {
            readonly type: 'array';
            readonly items: {
                readonly type: 'string';
            };
        };
        readonly allowComments: {
            readonly type: 'boolean';
        };
        readonly target: {
            readonly enum: readonly DeployTarget[];
        };
        readonly policies: {
            readonly type: 'array';
            readonly items: {
                readonly anyOf: readonly [{
                    readonly type: 'string';
                }, {
                    readonly type: 'object';
                }];
            };
        };
        readonly plugins: {
            readonly type: 'array';
            readonly items: {
                readonly type: 'string';
            };
        };
        readonly suppressions: {
            readonly type: 'array';
            readonly items: {
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
        };
        readonly pairs: {
            readonly type: 'array';
            readonly items: {
                readonly type: 'object';
                readonly required: readonly ['service', 'taskDefinition'];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly service: {
                        readonly type: 'string';
                        readonly minLength: 1;
                    };
                    readonly taskDefinition: {
                        readonly type: 'string';
                        readonly minLength: 1;
                    };
                };
            };
        };
    };
};
/** Validate a config object's shape. Rule ids and options are checked against the rules in `resolveSettings`. */
export declare function checkConfig(raw: unknown, source: string): ConfigFile;
/**
 * A config file's text (`name` says what it is called in messages, and YAML by its extension) as a checked
 * config. Throws ConfigError, naming the line of a JSON syntax error.
 */
export declare function parseConfigText(text: string, name: string): ConfigFile;
/**
 * A value from a config, for an error message: short, and never what may be a secret. A config may be any
 * file (a link to ~/.npmrc); its text is quoted only when it is a short, harmless word.
 */
export declare function excerpt(value: unknown): string;
/**
 * The rules a config brings besides the built-ins: `fileRules` (from policy files), its inline policies
 * and `pluginRules`, refused when two share an id. `source` names the config in messages.
 */
export declare function configRules(config: ConfigFile, source: string, fileRules?: readonly AnyRule[], pluginRules?: readonly AnyRule[]): AnyRule[];
/**
 * YAML text as a value, refused when it is not YAML or when an alias refers to a node it is inside
 * (`a: &a [*a]`): such a value never ends, and walking it would not either.
 */
export declare function parseYaml(text: string, what: string): unknown;
export interface ResolveOptions {
    /** `--preset`: wins over the config's preset. */
    preset?: Preset;
    /** `--rule id=level` or `--rule 'id: [level, options]'`: win over the config. */
    ruleLevels?: Record<string, RuleEntry>;
    /** `--allow-comments`. */
    allowComments?: boolean;
    /** `--target`: wins over the config's. */
    target?: DeployTarget;
    /** A target inferred from the repository (the Action: its workflows): used when neither sets one. */
    defaultTarget?: DeployTarget;
    /**
     * Load the plugin modules configs name (default true). `false` runs built-in rules and declarative
     * policies only, for a workspace whose code is not trusted (an editor's untrusted workspace); the
     * config's settings for plugin rules (namespaced ids no policy defines) are then left unused.
     */
    plugins?: boolean;
}
/**
 * Work out each rule's level and options for one file, in the order src/engine/severity.ts documents. `rel` is the file's path relative to the config's
 * folder, with forward slashes: override globs are matched against it.
 */
export declare function settingsFor(loaded: LoadedConfig, rel: string, rules: readonly AnyRule[], options?: ResolveOptions): LintSettings;
