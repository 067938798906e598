/** A mistake in how ecslint was called: printed as one paragraph, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
