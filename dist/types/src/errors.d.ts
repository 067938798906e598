/** A mistake in how ecslint was called: printed as one paragraph, exit code 2. */
export declare class UsageError extends Error {
    name: string;
}
