/**
 * Secret detection shared by no-secrets-in-environment and no-plaintext-log-secrets.
 *
 * Nothing here returns or keeps a value: callers get a verdict and a description of *why* (a word of the
 * name, a kind of value), which is all a finding may print.
 *
 * Every check runs in linear time on any input (values can be megabytes in a hostile file): names and
 * URLs are scanned by hand, and each regular expression starts only at a token boundary (a one-character
 * lookbehind) and has no nested or overlapping quantifiers, so no input makes it backtrack more than a
 * bounded amount per character. index.test.ts feeds each one adversarial 1 MB inputs.
 */
import { hasPlaceholder, memoize } from '../_helpers/index.js';

/** The task definition as a whole is at most 64 KiB; nothing longer than this is a real value to inspect. */
const MAX_SCAN = 65_536;

// ---------------------------------------------------------------------------------------------------------
// Names

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The words of a variable or option name, lower-cased: split on anything that is not a letter or digit
 * and at camelCase boundaries (`dbPassword` → db, password; `DBPassword` → db, password). Digits stay with
 * their letters, so `AUTH0_DOMAIN` gives `auth0`, not `auth`.
 */
export function nameTokens(name: string): string[] {
  const n = Math.min(name.length, 256);
  const tokens: string[] = [];
  // Each word is a run of the name: sliced once it ends, not built a character at a time.
  let start = -1;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (!isUpper(c) && !isLower(c) && !isDigit(c)) {
      if (start !== -1) tokens.push(name.slice(start, i).toLowerCase());
      start = -1;
      continue;
    }
    if (start === -1) {
      start = i;
      continue;
    }
    if (isUpper(c)) {
      const prev = name.charCodeAt(i - 1);
      // Past the 256th character counts as no character, as in the name cut there.
      const next = i + 1 < n ? name.charCodeAt(i + 1) : 0;
      if (isLower(prev) || isDigit(prev) || (isUpper(prev) && isLower(next))) {
        tokens.push(name.slice(start, i).toLowerCase());
        start = i;
      }
    }
  }
  if (start !== -1) tokens.push(name.slice(start, n).toLowerCase());
  return tokens;
}

/** Words that, alone, make a name secret-like: any real value under them is reported. */
const SECRET_WORDS = new Set([
  'password',
  'passwords',
  'passwd',
  'passphrase',
  'secret',
  'secrets',
  'token',
  'tokens',
  'apikey',
  'apikeys',
  'credential',
  'credentials',
  'auth',
  'privatekey',
  'accesskey',
  'secretkey',
]);

/** Two adjacent words that make a name secret-like (`API_KEY`, `privateKey`, `AWS_ACCESS_KEY_ID`). */
const SECRET_PAIRS: readonly (readonly [string, string])[] = [
  ['api', 'key'],
  ['private', 'key'],
  ['access', 'key'],
  ['license', 'key'],
  ['client', 'secret'],
];

/**
 * Words that make a name only *possibly* secret: reported when the value also looks random (see
 * looksRandom), so `SIGNING_KEY=3f9a…` is reported and `CACHE_KEY=users` is not.
 */
const WEAK_WORDS = new Set([
  'key',
  'keys',
  'pass',
  'pwd',
  'pw',
  'salt',
  'pepper',
  'jwt',
  'signing',
  'hmac',
  'cookie',
  'session',
  'encryption',
  'cipher',
  'license',
  'licence',
  'dsn',
  'bearer',
  'cred',
  'creds',
  'pat',
  'seed',
  'signature',
  'webhook',
]);

/**
 * A last word that makes the variable *about* a secret rather than the secret: its name, ARN, id, path,
 * file, a reference, or a setting (`TOKEN_TTL`, `PASSWORD_MIN_LENGTH`, `AUTH_ENABLED`, `SECRET_ARN`).
 */
const NOT_A_SECRET_SUFFIX = new Set([
  'name',
  'names',
  'arn',
  'arns',
  'id',
  'ids',
  'parameter',
  'parameters',
  'param',
  'params',
  'path',
  'paths',
  'file',
  'files',
  'dir',
  'directory',
  'ref',
  'refs',
  'reference',
  'url',
  'urls',
  'uri',
  'endpoint',
  'location',
  'prefix',
  'suffix',
  'var',
  'variable',
  'env',
  'header',
  'field',
  'source',
  'store',
  'provider',
  'backend',
  'manager',
  'engine',
  'service',
  'region',
  'host',
  'hostname',
  'port',
  'user',
  'username',
  'email',
  'mode',
  'type',
  'kind',
  'method',
  'algorithm',
  'alg',
  'scheme',
  'strategy',
  'format',
  'enabled',
  'enable',
  'disabled',
  'disable',
  'required',
  'optional',
  'flag',
  'ttl',
  'expiry',
  'expiration',
  'expires',
  'exp',
  'lifetime',
  'timeout',
  'duration',
  'age',
  'days',
  'hours',
  'minutes',
  'seconds',
  'interval',
  'rotation',
  'length',
  'len',
  'min',
  'max',
  'size',
  'count',
  'limit',
  'retries',
  'version',
  'policy',
  'issuer',
  'audience',
  'scope',
  'scopes',
  'realm',
  'domain',
  'tenant',
  'namespace',
  'label',
  'tag',
  'level',
  'class',
  'bucket',
  'table',
  'queue',
  'topic',
  'role',
  'account',
]);

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
export const secretName: (name: string) => NameVerdict | undefined = memoize(judgeName, 1024);

function judgeName(name: string): NameVerdict | undefined {
  const tokens = nameTokens(name);
  const last = tokens.at(-1);
  if (last === undefined) return undefined;
  // `AWS_ACCESS_KEY_ID` is the one `_ID` that is itself sensitive (Trivy and AWS Config list it).
  const accessKeyId = last === 'id' && tokens.at(-2) === 'key' && tokens.at(-3) === 'access';
  if (NOT_A_SECRET_SUFFIX.has(last) && !accessKeyId) return undefined;
  for (let i = 0; i < tokens.length - 1; i++) {
    for (const [a, b] of SECRET_PAIRS) {
      if (tokens[i] === a && tokens[i + 1] === b) return { strength: 'strong', word: `${a} ${b}` };
    }
  }
  // `auth` is the word the rule tests more leniently (`AUTH_MODE=oauth`): any other secret word in the name
  // (`BASIC_AUTH_PASSWORD`) decides first.
  let auth = false;
  for (const t of tokens) {
    if (t === 'auth') auth = true;
    else if (SECRET_WORDS.has(t)) return { strength: 'strong', word: t };
    // `DBPASSWORD`, `mysqlpasswd`: written as one word.
    else if (t.includes('password') && !t.includes('passwordless')) return { strength: 'strong', word: 'password' };
    else if (t.includes('passwd')) return { strength: 'strong', word: 'passwd' };
  }
  if (auth) return { strength: 'strong', word: 'auth' };
  // `PWD` alone is the shell's working directory.
  const weak = tokens.filter((t) => WEAK_WORDS.has(t) && !(t === 'pwd' && tokens.length === 1));
  // All of them, in order, read best: `webhook signing key`.
  if (weak.length > 0) return { strength: 'weak', word: weak.join(' ') };
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Values

/** Values that stand for "no secret here": switches, stand-ins and well-known dummies. */
const INERT_WORDS = new Set([
  'true',
  'false',
  'yes',
  'no',
  'on',
  'off',
  'none',
  'null',
  'nil',
  'undefined',
  'enabled',
  'disabled',
  'enable',
  'disable',
  'empty',
  'unset',
  'n/a',
  'changeme',
  'change-me',
  'change_me',
  'changeit',
  'replaceme',
  'replace-me',
  'replace_me',
  'redacted',
  'placeholder',
  'dummy',
  'example',
  'sample',
  'todo',
  'tbd',
  'fixme',
  'required',
  'optional',
  'default',
  'secret',
  'password',
  'passwd',
  'token',
]);

/** Words that, in an identifier-like value, show that the value *names* a secret (`prod-db-password`). */
const REFERENCE_WORDS = new Set(['password', 'passwd', 'secret', 'secrets', 'token', 'credentials', 'key', 'apikey']);

/** A value to inspect, bounded (see MAX_SCAN). */
const bounded = (value: string): string => (value.length > MAX_SCAN ? value.slice(0, MAX_SCAN) : value);

function allSameChar(s: string): boolean {
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) !== s.charCodeAt(0)) return false;
  return true;
}

/**
 * A value that is not a secret whatever its name says: empty, short, a template placeholder or shell
 * reference, a switch or number, a dummy (`changeme`, `xxxx`, `your-token-here`), an ARN, a file path,
 * a URL without a password, or the name or path of a secret (`prod/db/password`, `db-password`).
 */
export function isInertValue(value: string): boolean {
  const v = bounded(value).trim();
  if (v.length < 4) return true;
  if (hasPlaceholder(v)) return true;
  if (/^\$[A-Za-z_({]/.test(v)) return true;
  const lower = v.toLowerCase();
  if (INERT_WORDS.has(lower)) return true;
  if (/^[-+]?\d+(?:\.\d+)?$/.test(v)) return true;
  if (allSameChar(v)) return true;
  if (/^(?:your|my)[-_ ]/.test(lower) || lower.endsWith('-here') || lower.endsWith('_here')) return true;
  if (lower.startsWith('arn:')) return true;
  // `API_KEY`, `VAR_DB_PASSWORD`: the name of a variable that a deploy script substitutes.
  if (/^[A-Z][A-Z0-9_]{0,255}$/.test(v) && v.includes('_')) return true;
  if (/^(?:\/|\.\.?\/|~\/|[A-Za-z]:\\)/.test(v)) return true;
  if (/^[A-Za-z][A-Za-z0-9+.-]{0,30}:\/\//.test(v)) return urlPassword(v) === undefined;
  if (namesASecret(v)) return true;
  return false;
}

/** `prod/db/password`, `myapp-db-credentials`, `app.jwt.secret`: the identifier of a secret, not one. */
function namesASecret(v: string): boolean {
  if (!/^[a-z0-9][a-z0-9._/-]*$/.test(v)) return false;
  const words = v.split(/[._/-]+/);
  if (words.length < 2) return false;
  return words.some((w) => REFERENCE_WORDS.has(w));
}

/**
 * The first URL in the value with a password in its user info (`postgres://app:s3cret@db/x`): the
 * index where the password starts, or undefined. Placeholders and dummies as the password don't count.
 */
export function urlPassword(value: string): number | undefined {
  const v = bounded(value);
  let from = 0;
  for (;;) {
    const i = v.indexOf('://', from);
    if (i < 0) return undefined;
    let j = i + 3;
    let colon = -1;
    let at = -1;
    for (; j < v.length; j++) {
      const c = v.charAt(j);
      if (c === '/' || c === '?' || c === '#' || c === ' ' || c === '\n' || c === '\t' || c === '"') break;
      if (c === '@') at = j;
      else if (c === ':' && at < 0 && colon < 0) colon = j;
    }
    if (at > 0 && colon >= i + 3 && colon < at - 1) {
      const password = v.slice(colon + 1, at);
      if (!isDummyPassword(password)) return colon + 1;
    }
    from = Math.max(j, i + 3);
  }
}

function isDummyPassword(p: string): boolean {
  const lower = p.toLowerCase();
  return (
    p.startsWith('$') ||
    p.startsWith('%') ||
    hasPlaceholder(p) ||
    allSameChar(p) ||
    INERT_WORDS.has(lower) ||
    lower === 'pass' ||
    lower === 'pwd'
  );
}

interface Shape {
  what: string;
  re: RegExp;
  /** The shortest text `re` matches: shorter values (most of them) skip the search. */
  minLength: number;
  /** Text every match contains: values without it (nearly all) skip the search too. */
  literal: string;
  unless?: (match: string) => boolean;
}

/**
 * `Basic dXNlcjpwYXNz`: the base64 of `user:password` (a `Basic realm=…` challenge is not one). `atob`, which
 * browsers have too (the playground), decodes as Node's Buffer does once the padding is whole and a last
 * character that makes no byte is dropped. The pattern lets only base64 characters through.
 */
export const isBasicCredential = (m: string): boolean => {
  let b64 = m.replace(/^Basic\s+/, '').replace(/=+$/, '');
  if (b64.length % 4 === 1) b64 = b64.slice(0, -1);
  return atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)).includes(':');
};

/**
 * Well-known credential formats. Each starts at a boundary (a lookbehind on one character), and each
 * quantified class excludes the literal that follows it, so a failed attempt costs at most one pass over
 * one run of characters, and runs are never revisited from inside.
 */
const SHAPES: readonly Shape[] = [
  {
    what: 'an HTTP Basic credential',
    re: /(?<![A-Za-z0-9])Basic\s+[A-Za-z0-9+/]{8,}={0,2}(?![A-Za-z0-9+/=])/,
    minLength: 14,
    literal: 'Basic',
    unless: (m) => !isBasicCredential(m),
  },
  {
    what: 'an HTTP Bearer token',
    re: /(?<![A-Za-z0-9])Bearer\s+[A-Za-z0-9._~+/-]{16,}=*/,
    minLength: 23,
    literal: 'Bearer',
    unless: (m) => !looksRandom(m.replace(/^Bearer\s+/, '')),
  },
  {
    what: 'an AWS access key id',
    re: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/,
    minLength: 20,
    // In both `AKIA` and `ASIA`.
    literal: 'IA',
    // The documentation's example key, AKIAIOSFODNN7EXAMPLE.
    unless: (m) => m.endsWith('EXAMPLE'),
  },
  {
    what: 'a private key',
    re: /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/,
    minLength: 27,
    literal: 'PRIVATE KEY',
  },
  {
    what: 'a GitHub token',
    re: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,255})/,
    minLength: 33,
    // In both `gh?_` and `github_pat_`.
    literal: '_',
  },
  {
    what: 'a Slack token',
    re: /(?<![A-Za-z0-9])xox[abprs]-[A-Za-z0-9]{6,}-[A-Za-z0-9-]{4,255}/,
    minLength: 16,
    literal: 'xox',
  },
  {
    what: 'a Stripe live key',
    re: /(?<![A-Za-z0-9])[rs]k_live_[A-Za-z0-9]{16,255}/,
    minLength: 24,
    literal: 'k_live_',
  },
  {
    what: 'a Google API key',
    re: /(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/,
    minLength: 39,
    literal: 'AIza',
  },
  {
    what: 'a JSON Web Token',
    re: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,255}/,
    minLength: 32,
    literal: 'eyJ',
  },
];

/**
 * What the value looks like when it contains a well-known credential (`an AWS access key id`, `a URL
 * with a password`), whatever the name; undefined otherwise.
 */
export function secretShape(value: string): string | undefined {
  const v = bounded(value);
  if (hasPlaceholder(v)) return undefined;
  // By index: this runs for every variable and log option, mostly before V8 optimises it.
  for (let i = 0; i < SHAPES.length; i++) {
    const shape = SHAPES[i] as Shape;
    if (v.length < shape.minLength || !v.includes(shape.literal)) continue;
    const m = shape.re.exec(v);
    if (m && !(shape.unless?.(m[0]) ?? false)) return shape.what;
  }
  if (urlPassword(v) !== undefined) return 'a URL with a password';
  return undefined;
}

/** `db01.c14ak6zdjpib.eu-west-1.rds.amazonaws.com`: three or more labels, the last one letters. */
function isHostname(v: string): boolean {
  if (!/^[A-Za-z0-9.-]+$/.test(v)) return false;
  const labels = v.split('.');
  return labels.length >= 3 && /^[A-Za-z]{2,}$/.test(labels.at(-1) ?? '');
}

/** Shannon entropy of the string, in bits per character. */
export function entropy(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Bits per character above which a 16+ character token counts as random (a 16-character base62 key has ~3.7). */
export const ENTROPY_THRESHOLD = 3.3;

/**
 * A value that looks machine-generated: 16+ characters of a token alphabet, letters and digits mixed,
 * entropy above ENTROPY_THRESHOLD, and not a plain identifier made of words and numbers
 * (`release-2024-01-15`, `eu-west-1-prod`).
 */
export function looksRandom(value: string): boolean {
  const v = bounded(value).trim();
  if (v.length < 16) return false;
  if (!/^[A-Za-z0-9+/=_.:~!@#$%^&*-]+$/.test(v)) return false;
  if (!/[0-9]/.test(v) || !/[A-Za-z]/.test(v)) return false;
  if (v.split(/[-_./:]+/).every((w) => /^(?:[A-Za-z]*|[0-9]*)$/.test(w))) return false;
  if (isHostname(v)) return false;
  return entropy(v) >= ENTROPY_THRESHOLD;
}
