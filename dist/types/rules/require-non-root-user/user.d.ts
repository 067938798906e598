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
export declare function userKind(container: ContainerView): 'absent' | 'root' | 'other' | undefined;
