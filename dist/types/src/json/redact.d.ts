/**
 * The text with the characters of secret-bearing string values replaced by `*` (same length, so every line and
 * column stays where it was): environment variable values, anything under `repositoryCredentials`, and values
 * of keys that name a password, token, key or credential. For reporters that print source lines: a finding on
 * such a line must not print the secret. Works on broken JSON too (a token scan, no tree).
 */
export declare function redactSecrets(text: string): string;
/**
 * redactSecrets for text that JSON.parse accepted: the same result (the rules of SecretSpans, in local
 * variables) in a fraction of the time. It jumps from token to token with a regular expression (whitespace,
 * commas and literals change nothing) and tells keys from values by the `:` after them.
 */
export declare function redactStrictSecrets(text: string): string;
