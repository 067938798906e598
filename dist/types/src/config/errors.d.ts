/** Config problems are user errors: the CLI prints the message and exits with 2. */
export declare class ConfigError extends Error {
    name: string;
}
