/**
 * The words of a variable or option name, lower-cased: split on anything that is not a letter or digit
 * and at camelCase boundaries (`dbPassword` → db, password; `DBPassword` → db, password). Digits stay with
 * their letters, so `AUTH0_DOMAIN` gives `auth0`, not `auth`.
 */
export declare function nameTokens(name: string): string[];
export interface NameVerdict {
    /** 'strong': any real value is a secret; 'weak': only a random-looking value is. */
    readonly strength: 'strong' | 'weak';
    /** The words of the name that made it secret-like, for the message (`password`, `api key`). */
    readonly word: string;
}
/**
 * Is this a secret-like name (and not the name of a reference to a secret)? Judged once per name: the
 * same few dozen variable and option names recur in every container of every file.
 */
export declare const secretName: (name: string) => NameVerdict | undefined;
/**
 * A value that is not a secret whatever its name says: empty, short, a template placeholder or shell
 * reference, a switch or number, a dummy (`changeme`, `xxxx`, `your-token-here`), an ARN, a file path,
 * a URL without a password, or the name or path of a secret (`prod/db/password`, `db-password`).
 */
export declare function isInertValue(value: string): boolean;
/**
 * The first URL in the value with a password in its user info (`postgres://app:s3cret@db/x`): the
 * index where the password starts, or undefined. Placeholders and dummies as the password don't count.
 */
export declare function urlPassword(value: string): number | undefined;
/**
 * `Basic dXNlcjpwYXNz`: the base64 of `user:password` (a `Basic realm=…` challenge is not one). `atob`, which
 * browsers have too (the playground), decodes as Node's Buffer does once the padding is whole and a last
 * character that makes no byte is dropped. The pattern lets only base64 characters through.
 */
export declare const isBasicCredential: (m: string) => boolean;
/**
 * What the value looks like when it contains a well-known credential (`an AWS access key id`, `a URL
 * with a password`), whatever the name; undefined otherwise.
 */
export declare function secretShape(value: string): string | undefined;
/** Shannon entropy of the string, in bits per character. */
export declare function entropy(s: string): number;
/** Bits per character above which a 16+ character token counts as random (a 16-character base62 key has ~3.7). */
export declare const ENTROPY_THRESHOLD = 3.3;
/**
 * A value that looks machine-generated: 16+ characters of a token alphabet, letters and digits mixed,
 * entropy above ENTROPY_THRESHOLD, and not a plain identifier made of words and numbers
 * (`release-2024-01-15`, `eu-west-1-prod`).
 */
export declare function looksRandom(value: string): boolean;
