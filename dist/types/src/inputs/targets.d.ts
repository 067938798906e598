/** A file to lint. `explicit` files were named by the user; the others come from a walk or a glob. */
export interface Target {
    path: string;
    explicit: boolean;
}
/** Names that are task definitions or Dockerrun files even when they do not parse. */
export declare const DOCUMENT_NAME: RegExp;
export interface CollectOptions {
    cwd: string;
    /** Called for entries the walk cannot read; the walk goes on. */
    warn: (message: string) => void;
    isIgnored: (path: string) => boolean;
    /** Told the names in each folder the walk reads (absolute path), before any of them is asked about. */
    listed?: (dir: string, names: readonly string[]) => void;
}
export declare function collectTargets(args: readonly string[], options: CollectOptions): Promise<Target[]>;
/**
 * Files a walk reads: JSON, and the formats that hold task definitions as resources (CloudFormation YAML and
 * `.template`, Terraform `.tf`). A file of those that holds none is skipped after a cheap look at its text.
 */
export declare const INPUT_NAME: RegExp;
/** Forward-slash path relative to `cwd`, as reports show it. */
export declare function displayPath(cwd: string, absolute: string): string;
