/** Config problems are user errors: the CLI prints the message and exits with 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
