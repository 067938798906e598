import { type LoadedConfig, type Preset } from '../config/config.js';
import type { DeployTarget } from '../engine/group.js';
import { type SessionOptions } from './run.js';
/** Config for a file: the named one, none, or the nearest one (cached per folder). */
export type ConfigResolver = ((file: string) => LoadedConfig) & {
    /**
     * Discovery only: the names a folder holds, as a directory walk read them, so that looking for a config
     * there asks the file system only about names the folder has.
     */
    listed?: (dir: string, names: readonly string[]) => void;
};
export declare function configResolver(cwd: string, config: string | false | undefined): ConfigResolver;
/** The settings that apply to a file (--print-config): its config, preset, and every rule's level and options. */
export interface EffectiveConfig {
    file: string;
    config: string | null;
    preset: Preset;
    allowComments: boolean;
    /** The deploy target (docs/targets.md): --target, else the config's, else an inferred one, else aws-cli. */
    target: DeployTarget;
    rules: Record<string, unknown>;
}
export declare function effectiveConfig(file: string, options?: SessionOptions): Promise<EffectiveConfig>;
