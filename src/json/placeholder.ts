/**
 * Template placeholders inside string values: `${TAG}`, `{{ image }}`, `<IMAGE>`, `%VAR%`, `<%= tag %>`
 * (ERB, EJS), `#{Tag}` (Ruby, Octopus Deploy), a whole value `$VAR`,
 * and a `$VAR` that stands between the separators of an ARN, URI or host name
 * (`arn:aws:iam::$AWS_ACCOUNT_ID:role/x`, `$ACCOUNT.dkr.ecr.$REGION.amazonaws.com/app`), as envsubst and
 * shells fill them. A `$VAR` inside a command line (`echo $HOME`) is the shell's, not a template's, and
 * `$(ecs_task_id)` is Fluent Bit's record accessor, filled per record. Go
 * templates (`{{.Name}}`, Docker's log `tag` syntax) are not placeholders, and neither is `<account-id>` where
 * an ARN or an ECR registry has its account: that is a dummy copied from AWS's examples, never filled in.
 *
 * A hand-written scan rather than a regular expression: the engine runs it on every string of every
 * document, and it must stay linear on hostile input (1 MB of `{{` or `${`), where a bounded regex still
 * retries up to its bound at every position.
 */

const MAX_INNER = 200;
const MAX_NAME = 100;

const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isUpperWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
const isNameStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** Separators of ARNs, URIs and host names around an envsubst `$VAR`: `:` `/` `.` `@` `-` `=`. */
const isSeparator = (c: number): boolean => c === 58 || c === 47 || c === 46 || c === 64 || c === 45 || c === 61;

/**
 * Does `value[start, end)` hold the account of an ARN (`arn:partition:service:region:ACCOUNT:…`) or of an ECR
 * registry host (`ACCOUNT.dkr.ecr.…`, `ACCOUNT.dkr-ecr.…`)?
 */
function isAccountPosition(value: string, start: number, end: number): boolean {
  if (start === 0 && (value.startsWith('.dkr.ecr', end) || value.startsWith('.dkr-ecr', end))) return true;
  // The partition, service and Region before an account are short: a bound keeps hostile input linear.
  if (start > 100 || !value.startsWith('arn:') || value.charCodeAt(start - 1) !== 58 || value.charCodeAt(end) !== 58) {
    return false;
  }
  let colons = 0;
  for (let k = 0; k < start; k++) if (value.charCodeAt(k) === 58) colons++;
  return colons === 4;
}

/** The first placeholder in a string, or undefined. */
export function findPlaceholder(value: string): string | undefined {
  const n = value.length;
  if (n >= 2 && value.charCodeAt(0) === 36 /* $ */ && isNameStart(value.charCodeAt(1))) {
    let i = 2;
    while (i < n && isWordChar(value.charCodeAt(i))) i++;
    if (i === n && n <= MAX_NAME + 2) return value;
  }
  // Positions of the next "}" and "\n" at or after some index, reused while still ahead: linear overall.
  let nextBrace = -2;
  let nextNewline = -2;
  const braceFrom = (i: number): number => {
    if (nextBrace !== -1 && nextBrace < i) nextBrace = value.indexOf('}', i);
    return nextBrace;
  };
  const newlineFrom = (i: number): number => {
    if (nextNewline !== -1 && nextNewline < i) nextNewline = value.indexOf('\n', i);
    return nextNewline === -1 ? n : nextNewline;
  };
  // The next "%>" at or after some index, reused while still ahead (as for "}").
  let nextErbClose = -2;
  const erbCloseFrom = (i: number): number => {
    if (nextErbClose !== -1 && nextErbClose < i) nextErbClose = value.indexOf('%>', i);
    return nextErbClose;
  };
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c === 36 /* $ */ && value.charCodeAt(i + 1) === 123 /* { */) {
      const close = braceFrom(i + 2);
      if (close !== -1 && close - (i + 2) <= MAX_INNER && close < newlineFrom(i + 2)) return value.slice(i, close + 1);
    } else if (
      c === 36 /* $ */ &&
      isNameStart(value.charCodeAt(i + 1)) &&
      (i === 0 || isSeparator(value.charCodeAt(i - 1)))
    ) {
      // envsubst's $VAR between the separators of an ARN, URI or host name.
      let j = i + 2;
      while (j < n && isWordChar(value.charCodeAt(j))) j++;
      if (j - i <= MAX_NAME + 1 && (j === n || isSeparator(value.charCodeAt(j)))) return value.slice(i, j);
      i = j - 1;
    } else if (c === 60 /* < */ && value.charCodeAt(i + 1) === 37 /* % */) {
      // ERB and EJS: <%= account_id %>.
      const close = erbCloseFrom(i + 2);
      if (close !== -1 && close - (i + 2) <= MAX_INNER && close < newlineFrom(i + 2)) return value.slice(i, close + 2);
    } else if (c === 35 /* # */ && value.charCodeAt(i + 1) === 123 /* { */) {
      // Ruby interpolation and Octopus Deploy: #{AccountId}.
      const close = braceFrom(i + 2);
      if (close > i + 2 && close - (i + 2) <= MAX_INNER && close < newlineFrom(i + 2)) return value.slice(i, close + 1);
    } else if (c === 123 /* { */ && value.charCodeAt(i + 1) === 123) {
      let j = i + 2;
      while (j < n && value.charCodeAt(j) === 32) j++;
      if (value.charCodeAt(j) === 46 /* . */) continue; // a Go template
      const close = braceFrom(i + 2);
      if (
        close !== -1 &&
        value.charCodeAt(close + 1) === 125 &&
        close - (i + 2) <= MAX_INNER &&
        close < newlineFrom(i + 2)
      ) {
        return value.slice(i, close + 2);
      }
    } else if (c === 60 /* < */ && isNameStart(value.charCodeAt(i + 1))) {
      // The run stops at the next "<", so runs never overlap: linear.
      let j = i + 2;
      while (j < n && j - i <= MAX_NAME + 1) {
        const d = value.charCodeAt(j);
        if (isWordChar(d) || d === 32 || d === 46 || d === 45) j++;
        else break;
      }
      if (value.charCodeAt(j) === 62 /* > */ && !isAccountPosition(value, i, j + 1)) return value.slice(i, j + 1);
    } else if (c === 37 /* % */ && isUpperWord(value.charCodeAt(i + 1)) && value.charCodeAt(i + 1) > 57) {
      let j = i + 1;
      while (j < n && isUpperWord(value.charCodeAt(j)) && j - i <= MAX_NAME) j++;
      if (j - i >= 3 && value.charCodeAt(j) === 37) return value.slice(i, j + 1);
    }
  }
  return undefined;
}

/**
 * Does the string hold a placeholder? Every one starts with `$`, `{`, `<`, `%` or `#`, and most values hold
 * none of them: a plain scan answers those without the full search, which rules run on nearly every string.
 */
export function hasPlaceholder(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 36 || c === 123 || c === 60 || c === 37 || c === 35) return findPlaceholder(value) !== undefined;
  }
  return false;
}
