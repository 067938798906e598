import { createScanner } from 'jsonc-parser';

// jsonc-parser's SyntaxKind values (a `const enum` a bundler cannot inline from a .d.ts).
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const COLON = 6;
const STRING = 10;
const LINE_COMMENT = 12;
const BLOCK_COMMENT = 13;
const LINE_BREAK = 14;
const TRIVIA = 15;
const EOF = 17;

/** Keys whose string value is a secret wherever they are (log driver options, labels, env-like maps). */
const SECRET_KEY = /pass(word|wd)?|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|auth|credential/i;

/**
 * The text with the characters of secret-bearing string values replaced by `*` (same length, so every line and
 * column stays where it was): environment variable values, anything under `repositoryCredentials`, and values
 * of keys that name a password, token, key or credential. For reporters that print source lines: a finding on
 * such a line must not print the secret. Works on broken JSON too (a token scan, no tree).
 */
export function redactSecrets(text: string): string {
  const scanner = createScanner(text, false);
  /** The key that opened each enclosing object or array (undefined for an array item or the root). */
  const path: (string | undefined)[] = [];
  let key: string | undefined;
  let pending: { offset: number; length: number; value: string } | undefined;
  const spans: [number, number][] = [];
  const secretValue = (k: string | undefined): boolean => {
    if (k !== undefined && SECRET_KEY.test(k)) return true;
    if (k === 'value' && path.at(-2) === 'environment') return true;
    return path.includes('repositoryCredentials');
  };
  const settle = (isKey: boolean): void => {
    if (!pending) return;
    if (isKey) key = pending.value;
    else if (secretValue(key)) spans.push([pending.offset + 1, pending.offset + pending.length - 1]);
    pending = undefined;
  };
  for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind === TRIVIA || kind === LINE_BREAK || kind === LINE_COMMENT || kind === BLOCK_COMMENT) continue;
    settle(kind === COLON);
    switch (kind) {
      case OPEN_BRACE:
      case OPEN_BRACKET:
        path.push(key);
        key = undefined;
        break;
      case CLOSE_BRACE:
      case CLOSE_BRACKET:
        path.pop();
        key = undefined;
        break;
      case STRING:
        pending = {
          offset: scanner.getTokenOffset(),
          length: scanner.getTokenLength(),
          value: scanner.getTokenValue(),
        };
        break;
    }
  }
  settle(false);
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [from, to] of spans) {
    if (to <= from) continue;
    out += text.slice(at, from) + text.slice(from, to).replace(/[^\r\n]/g, '*');
    at = to;
  }
  return out + text.slice(at);
}
