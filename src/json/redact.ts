import { createScanner } from 'jsonc-parser';
import { QUOTE, stringEnd } from './strict.js';

// jsonc-parser's SyntaxKind values (a `const enum` a bundler cannot inline from a .d.ts).
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const COLON = 6;
const STRING = 10;
const NUMBER = 11;
const LINE_COMMENT = 12;
const BLOCK_COMMENT = 13;
const LINE_BREAK = 14;
const TRIVIA = 15;
const UNKNOWN = 16;
const EOF = 17;

/** Keys whose string value is a secret wherever they are (log driver options, labels, env-like maps). */
const SECRET_KEY = /pass(word|wd)?|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|auth|credential/i;

/** SECRET_KEY.test, remembered per key: the same few dozen keys recur in every file. */
const SECRET_KEYS = new Map<string, boolean>();
function secretKey(key: string): boolean {
  let secret = SECRET_KEYS.get(key);
  if (secret === undefined) {
    secret = SECRET_KEY.test(key);
    // Keys are few; a file of random keys must not grow the map without bound.
    if (SECRET_KEYS.size < 4096 && key.length <= 128) SECRET_KEYS.set(key, secret);
  }
  return secret;
}

/**
 * Follows the tokens of a JSON text in order and collects the spans of secret-bearing values: environment
 * variable values, anything under `repositoryCredentials`, and values of keys that name a password, token,
 * key or credential. A secret-bearing value that is not a string (a number, a list, an object) is masked
 * whole: every string and number inside it. Fed the tokens that matter (brackets, colons, strings, numbers,
 * anything else), in order. redactStrictSecrets keeps the same rules in local variables (this class's method
 * calls made it about a third slower in code V8 has not optimised yet); the property test in redact.test.ts
 * holds the two to the same output, so a change to the rules is made in both.
 */
class SecretSpans {
  /** The key that opened each enclosing object or array (undefined for an array item or the root). */
  readonly #path: (string | undefined)[] = [];
  /** For each enclosing object or array: is it (inside) a secret-bearing value? */
  readonly #inside: boolean[] = [];
  /** How many of the enclosing keys are `repositoryCredentials` (a count: looking up the path was quadratic). */
  #credentials = 0;
  #key: string | undefined;
  /** A string whose role (key or value) the next token tells. */
  #pending = -1;
  #pendingEnd = -1;
  #pendingValue: string | undefined;
  readonly spans: [number, number][] = [];

  /** `decode` gives the value of the string token at [start, end), quotes included (asked for keys only). */
  constructor(readonly decode: (start: number, end: number) => string) {}

  /** A string token at [start, end), quotes included, with its value when the scanner already has it. */
  string(start: number, end: number, value?: string): void {
    this.other();
    this.#pending = start;
    this.#pendingEnd = end;
    this.#pendingValue = value;
  }

  /** A number (or any other token that is a value, such as an unquoted word in broken JSON) at [start, end). */
  scalar(start: number, end: number): void {
    this.other();
    if (this.#insideSecret() || this.#secret(this.#key)) this.spans.push([start, end]);
  }

  colon(): void {
    if (this.#pending === -1) return;
    this.#key = this.#pendingValue ?? this.decode(this.#pending, this.#pendingEnd);
    // A key inside a secret-bearing object is part of the secret too.
    if (this.#insideSecret()) this.spans.push([this.#pending + 1, this.#pendingEnd - 1]);
    this.#pending = -1;
  }

  open(): void {
    this.other();
    this.#inside.push(this.#insideSecret() || this.#secret(this.#key));
    this.#path.push(this.#key);
    if (this.#key === 'repositoryCredentials') this.#credentials++;
    this.#key = undefined;
  }

  close(): void {
    this.other();
    if (this.#path.pop() === 'repositoryCredentials') this.#credentials--;
    this.#inside.pop();
    this.#key = undefined;
  }

  /** Any other token (a comma, a literal, the end): a pending string was a value. */
  other(): void {
    if (this.#pending === -1) return;
    if (this.#insideSecret() || this.#secret(this.#key)) this.spans.push([this.#pending + 1, this.#pendingEnd - 1]);
    this.#pending = -1;
  }

  #insideSecret(): boolean {
    return this.#inside.at(-1) === true;
  }

  #secret(k: string | undefined): boolean {
    if (k !== undefined && secretKey(k)) return true;
    if (k === 'value' && this.#path.at(-2) === 'environment') return true;
    return this.#credentials > 0;
  }
}

/** The text with each span's characters but line breaks replaced by `*` (same length: columns stay put). */
function mask(text: string, spans: readonly [number, number][]): string {
  if (spans.length === 0) return text;
  // Joined once: a string built with `+=` is a rope that every reader of the masked text flattens again.
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < spans.length; k++) {
    // Indexed, not destructured: array destructuring walks an iterator in code V8 has not optimised yet.
    const span = spans[k] as [number, number];
    const from = span[0];
    const to = span[1];
    if (to <= from) continue;
    const secret = text.slice(from, to);
    // A string token holds no line break (the scanner ends an unterminated one there); kept if one did.
    parts.push(text.slice(at, from), /[\r\n]/.test(secret) ? secret.replace(/[^\r\n]/g, '*') : '*'.repeat(to - from));
    at = to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * The text with the characters of secret-bearing string values replaced by `*` (same length, so every line and
 * column stays where it was): environment variable values, anything under `repositoryCredentials`, and values
 * of keys that name a password, token, key or credential. For reporters that print source lines: a finding on
 * such a line must not print the secret. Works on broken JSON too (a token scan, no tree).
 */
export function redactSecrets(text: string): string {
  const scanner = createScanner(text, false);
  const secrets = new SecretSpans(() => '');
  for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    switch (kind) {
      case TRIVIA:
      case LINE_BREAK:
      case LINE_COMMENT:
      case BLOCK_COMMENT:
        break;
      case OPEN_BRACE:
      case OPEN_BRACKET:
        secrets.open();
        break;
      case CLOSE_BRACE:
      case CLOSE_BRACKET:
        secrets.close();
        break;
      case COLON:
        secrets.colon();
        break;
      case STRING: {
        const start = scanner.getTokenOffset();
        secrets.string(start, start + scanner.getTokenLength(), scanner.getTokenValue());
        break;
      }
      case NUMBER:
      case UNKNOWN: {
        const start = scanner.getTokenOffset();
        secrets.scalar(start, start + scanner.getTokenLength());
        break;
      }
      default:
        secrets.other();
    }
  }
  secrets.other();
  return mask(text, secrets.spans);
}

/** Digits, sign, decimal point and exponent: the characters of a JSON number. */
const isNumberChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 101 || c === 69;

/** What changes the state in strict JSON: quotes, brackets and the first character of a number. */
const STRICT_TOKEN = /["{}[\]\-0-9]/g;

/**
 * redactSecrets for text that JSON.parse accepted: the same result (the rules of SecretSpans, in local
 * variables) in a fraction of the time. It jumps from token to token with a regular expression (whitespace,
 * commas and literals change nothing) and tells keys from values by the `:` after them.
 */
export function redactStrictSecrets(text: string): string {
  const spans: [number, number][] = [];
  /** The key that opened each enclosing object or array (undefined for an array item or the root). */
  const path: (string | undefined)[] = [];
  /** For each enclosing object or array: is it (inside) a secret-bearing value? */
  const inside: boolean[] = [];
  let insideSecret = false;
  /** How many of the enclosing keys are `repositoryCredentials`. */
  let credentials = 0;
  /** The current key (undefined for an array item or the root). */
  let key: string | undefined;
  let keySecret = false;
  const secret = (): boolean =>
    keySecret || (key === 'value' && path[path.length - 2] === 'environment') || credentials > 0;

  const token = STRICT_TOKEN;
  token.lastIndex = 0;
  while (token.test(text)) {
    const i = token.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      let j = end;
      let d = text.charCodeAt(j);
      while (d === 32 || d === 10 || d === 13 || d === 9) d = text.charCodeAt(++j);
      if (d === 58 /* : */) {
        // A key (decoded only when it has an escape).
        const raw = text.slice(i + 1, end - 1);
        key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
        keySecret = secretKey(key);
        // A key inside a secret-bearing object is part of the secret too.
        if (insideSecret) spans.push([i + 1, end - 1]);
        token.lastIndex = j + 1;
      } else {
        if (insideSecret || secret()) spans.push([i + 1, end - 1]);
        token.lastIndex = end;
      }
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      insideSecret = insideSecret || secret();
      inside.push(insideSecret);
      path.push(key);
      if (key === 'repositoryCredentials') credentials++;
      key = undefined;
      keySecret = false;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (path.pop() === 'repositoryCredentials') credentials--;
      inside.pop();
      insideSecret = inside[inside.length - 1] === true;
      key = undefined;
      keySecret = false;
    } else {
      // A number (`-` or a digit starts one outside strings).
      let end = i + 1;
      while (end < text.length && isNumberChar(text.charCodeAt(end))) end++;
      if (insideSecret || secret()) spans.push([i, end]);
      token.lastIndex = end;
    }
  }
  return mask(text, spans);
}
