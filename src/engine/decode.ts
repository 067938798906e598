/** Turning a file's bytes into text, and saying plainly when they are not UTF-8 JSON. */

export interface DecodeProblem {
  /** The pseudo-rule that reports it (default `json-syntax`). */
  ruleId?: string;
  messageId: string;
  message: string;
  hint?: string;
  /** Offset in the decoded text. */
  offset: number;
  /** The text cannot be JSON at all: nothing else is checked. */
  fatal: boolean;
}

export interface Decoded {
  text: string;
  problem?: DecodeProblem;
}

// `ignoreBOM: true` keeps a leading byte-order mark in the text (the default drops it unseen): the parser
// reports it, as the AWS CLI rejects it, and removes it so columns match what editors show.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lossy = new TextDecoder('utf-8', { ignoreBOM: true });

export function decode(bytes: Uint8Array): Decoded {
  const [b0, b1] = [bytes[0], bytes[1]];
  const utf16 =
    b0 === 0xff && b1 === 0xfe
      ? 'utf-16le'
      : b0 === 0xfe && b1 === 0xff
        ? 'utf-16be'
        : // No BOM: JSON starts with ASCII, so UTF-16 shows as a NUL beside the first character.
          bytes.length >= 4 && b0 !== 0 && b1 === 0 && bytes[3] === 0
          ? 'utf-16le'
          : bytes.length >= 4 && b0 === 0 && b1 !== 0 && bytes[2] === 0
            ? 'utf-16be'
            : undefined;
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes).replace(/^\uFEFF/, '');
    return {
      text,
      problem: {
        messageId: 'utf16',
        message: `file is ${utf16.toUpperCase()} encoded; the AWS CLI reads UTF-8`,
        hint: 'save the file as UTF-8',
        offset: 0,
        fatal: false,
      },
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      text: '',
      problem: {
        messageId: 'binary',
        message: `binary file (NUL byte at byte ${nul}), not JSON`,
        offset: 0,
        fatal: true,
      },
    };
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const text = utf8Lossy.decode(bytes);
    const offset = utf8Lossy.decode(bytes.subarray(0, bad)).length;
    return {
      text,
      problem: {
        messageId: 'invalid-utf8',
        message: `invalid UTF-8 byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')}`,
        hint: 'save the file as UTF-8',
        offset: text.charCodeAt(0) === 0xfeff ? offset - 1 : offset,
        fatal: false,
      },
    };
  }
}

/** The index of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, by bisection over fatal decodes of whole prefixes (at most ~log2(n) decodes).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (validPrefix(bytes, mid)) lo = mid;
    else hi = mid - 1;
  }
  // The valid prefix may end inside a sequence that the next byte broke: the error starts at its lead byte.
  for (let k = 1; k <= 3 && lo - k >= 0; k++) {
    const b = bytes[lo - k] ?? 0;
    if (b >= 0xc0) return lo - k;
    if (b < 0x80) break;
  }
  return lo;
}

function validPrefix(bytes: Uint8Array, end: number): boolean {
  // A prefix that cuts a sequence in half is still valid: decode in streaming mode.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
    return true;
  } catch {
    return false;
  }
}
