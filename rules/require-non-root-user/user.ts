/**
 * How a container's `user` reads, shared with no-host-network-mode. Formats (aws-facts §4.25): `user`,
 * `user:group`, `uid`, `uid:gid`, `user:gid`, `uid:group`.
 */
import type { ContainerView } from '../../src/rule.js';

/**
 * 'absent' when no `user` is set (the image's USER applies, root for most images), 'root' for `root`,
 * `0`, `0:…` or `root:…`, 'other' for a non-root user, undefined when `user` is not a string or holds
 * a template placeholder's text (unknown).
 */
export function userKind(container: ContainerView): 'absent' | 'root' | 'other' | undefined {
  const user: unknown = container.user;
  // `null` (as console exports write it, and deploy tools drop) is none.
  if (user === undefined || user === null) return 'absent';
  if (typeof user !== 'string') return undefined;
  // An empty "user" is the same as none: the image's USER applies.
  if (user.trim() === '') return 'absent';
  // The part before the first `:`, without splitting the rest.
  const colon = user.indexOf(':');
  const name = (colon === -1 ? user : user.slice(0, colon)).trim();
  if (name === '') return undefined;
  // A uid written with leading zeros (`00`) is still 0.
  if (name === 'root' || /^0+$/.test(name)) return 'root';
  return 'other';
}
