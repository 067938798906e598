/** A mistake in how ecslint was called: printed as one paragraph, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Config problems are user errors: the CLI prints the message and exits with 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
