/**
 * The playground's shareable link: the document, the config and the file name in the URL fragment, which
 * browsers never send to a server. `#code=<base64url of the UTF-8 text>`, then `&config=` (the same
 * encoding) and `&file=` (percent-encoded) when they differ from the page's defaults. A rule's README links
 * `#example=<rule-id>`, which opens the rule's example (the page then writes its own `#code=` link).
 */

export interface Shared {
  code: string;
  config: string;
  file: string;
}

export interface Restored {
  /** `#example=<rule-id>`: the example of a rule (the "Try it" link of its README). */
  example?: string;
  code?: string;
  config?: string;
  file?: string;
  /** Why a part of the fragment was not used, in one sentence. */
  problem?: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** base64url (RFC 4648 §5) of the text's UTF-8 bytes, without padding. */
export function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of encoder.encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The text of base64url (padded or not; standard base64 too); undefined when it is not UTF-8 base64. */
export function fromBase64Url(value: string): string | undefined {
  const b64 = value.replaceAll('-', '+').replaceAll('_', '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(b64) || b64.length % 4 === 1) return undefined;
  try {
    const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    return decoder.decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

export function encodeFragment(state: Shared, defaults: Omit<Shared, 'code'>): string {
  const parts = [`code=${toBase64Url(state.code)}`];
  if (state.config !== defaults.config) parts.push(`config=${toBase64Url(state.config)}`);
  if (state.file !== defaults.file) parts.push(`file=${encodeURIComponent(state.file)}`);
  return parts.join('&');
}

/** What a fragment (`location.hash`, with or without its `#`) holds. Unknown parts are ignored. */
export function decodeFragment(hash: string): Restored {
  const restored: Restored = {};
  const problems: string[] = [];
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    const key = part.slice(0, eq);
    const value = part.slice(eq + 1);
    if (key === 'code' || key === 'config') {
      // Some chat and mail clients percent-encode what they pass on.
      const text = fromBase64Url(safeDecodeURIComponent(value));
      if (text === undefined) problems.push(`the link's "${key}" is not base64url of UTF-8 text`);
      else restored[key] = text;
    } else if (key === 'example' && /^[a-z0-9-]+$/.test(value)) {
      restored.example = value;
    } else if (key === 'file') {
      const name = safeDecodeURIComponent(value).trim();
      if (name !== '' && !/[\\/]/.test(name)) restored.file = name;
    }
  }
  if (problems.length > 0) restored.problem = `${problems.join('; ')}: it may have been cut short when it was copied`;
  return restored;
}

function safeDecodeURIComponent(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
