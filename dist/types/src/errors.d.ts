/** A mistake in how ecslint was called: printed as one paragraph, exit code 2. */
export declare class UsageError extends Error {
    name: string;
}
/** Config problems are user errors: the CLI prints the message and exits with 2. */
export declare class ConfigError extends Error {
    name: string;
}
