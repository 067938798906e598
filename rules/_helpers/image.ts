/**
 * Docker image references and the AWS identifiers around them (ECR hosts, ARNs).
 *
 * The parser follows Docker's reference grammar (github.com/distribution/reference) and the way
 * Docker splits off a registry host (`splitDockerDomain`), but by scanning characters: no regular
 * expression here can backtrack, so every function runs in time linear in its input.
 */

import type { RuleContext, TaskView } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
import { hasPlaceholder } from '../_helpers/index.js';
import { type ContainerRef, containers, memoize, obj, str } from './index.js';

/** An image reference split into its parts, as written. Splitting never fails; validity is separate. */
export interface ImageReference {
  raw: string;
  /** Everything before `@` (the part AWS limits to 255 characters). */
  name: string;
  /** The registry as written, `host` or `host:port`; undefined when none is written (Docker Hub). */
  registry: string | undefined;
  /** The registry host without the port. */
  host: string | undefined;
  port: string | undefined;
  /** The repository path after the registry, without tag or digest (`library/nginx` is written `nginx`). */
  repository: string;
  /** After the first `:` that follows the repository; undefined when there is none. */
  tag: string | undefined;
  /** Everything after `@` (`sha256:<hex>`); undefined when there is no `@`. */
  digest: string | undefined;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAlnum = (c: number): boolean => isDigit(c) || isLower(c) || isUpper(c);
const isHex = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);

/** Split an image reference. Docker reads the first path component as a registry host when it has a
 * `.` or `:`, is `localhost`, or has an upper-case letter. */
export function parseImageReference(raw: string): ImageReference {
  const at = raw.indexOf('@');
  const name = at === -1 ? raw : raw.slice(0, at);
  const digest = at === -1 ? undefined : raw.slice(at + 1);
  let registry: string | undefined;
  let rest = name;
  const slash = name.indexOf('/');
  if (slash !== -1) {
    const first = name.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost' || first.toLowerCase() !== first) {
      registry = first;
      rest = name.slice(slash + 1);
    }
  }
  const colon = rest.indexOf(':');
  const repository = colon === -1 ? rest : rest.slice(0, colon);
  const tag = colon === -1 ? undefined : rest.slice(colon + 1);
  let host = registry;
  let port: string | undefined;
  if (registry !== undefined) {
    // `[::1]:5000`: the port follows the bracket; otherwise the last `:`.
    const close = registry.startsWith('[') ? registry.indexOf(']') : -1;
    const portColon = registry.indexOf(':', close === -1 ? 0 : close);
    if (portColon !== -1) {
      host = registry.slice(0, portColon);
      port = registry.slice(portColon + 1);
    }
  }
  return { raw, name, registry, host, port, repository, tag, digest };
}

const isAwsNameChar = (c: number): boolean =>
  isAlnum(c) || c === 45 || c === 95 || c === 58 || c === 46 || c === 47 || c === 35;

const NO_CHARACTERS: readonly string[] = Object.freeze([]);

/** Characters AWS accepts in `image` before the digest: letters, digits, `-`, `_`, `:`, `.`, `/`, `#`. */
export function invalidAwsCharacters(name: string): readonly string[] {
  // Nearly every name is all ASCII that AWS accepts: answered without building anything.
  let i = 0;
  while (i < name.length && isAwsNameChar(name.charCodeAt(i))) i++;
  if (i === name.length) return NO_CHARACTERS;
  const bad = new Set<string>();
  for (const ch of name) {
    const c = ch.codePointAt(0) ?? 0;
    if (!(isAlnum(c) || ch === '-' || ch === '_' || ch === ':' || ch === '.' || ch === '/' || ch === '#')) bad.add(ch);
  }
  return [...bad];
}

/** A registry host as Docker accepts it: DNS labels of letters, digits and inner `-`, or `[ipv6]`. */
export function isValidHost(host: string): boolean {
  if (host.startsWith('[')) {
    if (!host.endsWith(']') || host.length < 3) return false;
    for (let i = 1; i < host.length - 1; i++) {
      const c = host.charCodeAt(i);
      if (!(isHex(c) || c === 58)) return false;
    }
    return true;
  }
  // Label by label, where `start` is the first character of the current one (the end reads as a `.`).
  let start = 0;
  for (let i = 0; i <= host.length; i++) {
    const c = i < host.length ? host.charCodeAt(i) : 46;
    if (c === 46) {
      if (i === start || host.charCodeAt(i - 1) === 45) return false;
      start = i + 1;
    } else if (!(isAlnum(c) || (c === 45 && i > start))) return false;
  }
  return true;
}

/** Only ASCII digits from `start` on (true when there is nothing). */
function allDigits(s: string, start = 0): boolean {
  for (let i = start; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** Words of lower-case ASCII letters joined by single `-`, at least `min` of them, from `start` to `end`. */
function lowerWords(s: string, start: number, end: number, min: number): boolean {
  let words = 1;
  let wordStart = start;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 45) {
      if (i === wordStart) return false;
      words++;
      wordStart = i + 1;
    } else if (!isLower(c)) return false;
  }
  return end > wordStart && words >= min;
}

export const isValidPort = (port: string): boolean => port.length > 0 && allDigits(port);

export type RepositoryProblem = 'empty' | 'uppercase' | 'shape';

/**
 * Docker repository path: components of lower-case letters and digits, joined inside a component by
 * one `.`, one `_`, `__` or any run of `-`; components separated by `/`.
 */
export function repositoryProblem(repository: string): RepositoryProblem | undefined {
  if (repository === '') return 'empty';
  let upper = false;
  // Component by component: [from, end) up to the next `/`.
  for (let from = 0; from <= repository.length; ) {
    const slash = repository.indexOf('/', from);
    const end = slash === -1 ? repository.length : slash;
    if (end === from) return 'shape';
    let i = from;
    while (i < end) {
      // A run of alphanumerics.
      const start = i;
      while (i < end && isAlnum(repository.charCodeAt(i))) {
        if (isUpper(repository.charCodeAt(i))) upper = true;
        i++;
      }
      if (i === start) return 'shape';
      if (i === end) break;
      // A separator, then another alphanumeric run must follow.
      const c = repository.charCodeAt(i);
      if (c === 46) i++;
      else if (c === 95) i += repository.charCodeAt(i + 1) === 95 ? 2 : 1;
      else if (c === 45) while (repository.charCodeAt(i) === 45) i++;
      else return 'shape';
      if (i === end) return 'shape';
    }
    from = end + 1;
  }
  return upper ? 'uppercase' : undefined;
}

export type TagProblem = 'empty' | 'too-long' | 'first-character' | 'characters';

/** Docker tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`. */
export function tagProblem(tag: string): TagProblem | undefined {
  if (tag === '') return 'empty';
  const first = tag.charCodeAt(0);
  for (let i = 0; i < tag.length; i++) {
    const c = tag.charCodeAt(i);
    if (!(isAlnum(c) || c === 95 || c === 46 || c === 45)) return 'characters';
  }
  if (!(isAlnum(first) || first === 95)) return 'first-character';
  if (tag.length > 128) return 'too-long';
  return undefined;
}

export type DigestProblem = 'algorithm' | 'length' | 'characters' | 'uppercase';

/** `sha256:` and 64 hex digits. `uppercase`: AWS documents A-F as allowed, Docker accepts only a-f. */
export function digestProblem(digest: string): DigestProblem | undefined {
  const colon = digest.indexOf(':');
  if (colon === -1 || digest.slice(0, colon) !== 'sha256') return 'algorithm';
  const hex = digest.slice(colon + 1);
  let upper = false;
  for (let i = 0; i < hex.length; i++) {
    const c = hex.charCodeAt(i);
    if (!isHex(c)) return 'characters';
    if (!isDigit(c) && c < 97) upper = true;
  }
  if (hex.length !== 64) return 'length';
  return upper ? 'uppercase' : undefined;
}

/** The digest algorithm as written (`sha512` in `sha512:…`), or the whole digest when it has no `:`. */
export const digestAlgorithm = (digest: string): string => {
  const colon = digest.indexOf(':');
  return colon === -1 ? digest : digest.slice(0, colon);
};

/** A complete reference that Docker would pull (AWS's own limits are checked separately). */
export function isValidReference(ref: ImageReference): boolean {
  if (ref.host !== undefined && !isValidHost(ref.host)) return false;
  if (ref.port !== undefined && !isValidPort(ref.port)) return false;
  if (repositoryProblem(ref.repository) !== undefined) return false;
  if (ref.tag !== undefined && tagProblem(ref.tag) !== undefined) return false;
  if (ref.digest !== undefined) {
    const p = digestProblem(ref.digest);
    if (p !== undefined && p !== 'uppercase') return false;
  }
  return true;
}

// ---- Registries ------------------------------------------------------------------------------------

export interface EcrRegistry {
  /** As written: a valid one is 12 digits. */
  account: string;
  region: string;
  fips: boolean;
  /** The IPv6 dual-stack endpoint `<account>.dkr-ecr.<region>.on.aws`. */
  dualStack: boolean;
  partition: string;
}

/**
 * A private Amazon ECR registry host: `<account>.dkr.ecr.<region>.amazonaws.com` (`.com.cn` in China),
 * the FIPS `dkr.ecr-fips` form, and the dual-stack `<account>.dkr-ecr[-fips].<region>.on.aws`
 * (`.on.amazonwebservices.com.cn` in China). Case-insensitive, as DNS is.
 */
export function ecrRegistry(host: string | undefined): EcrRegistry | undefined {
  return host === undefined ? undefined : ecrRegistryOf(host);
}

/** The DNS suffixes of ECR registries: aws and aws-us-gov, aws-cn, aws-iso (C2S) and aws-iso-b (SC2S). */
const ECR_SUFFIXES: ReadonlySet<string> = new Set(['amazonaws.com', 'amazonaws.com.cn', 'c2s.ic.gov', 'sc2s.sgov.gov']);

/** By host: every image of a registry, and several rules, ask about the same host (room as for images). */
const ecrRegistryOf = memoize((host: string): EcrRegistry | undefined => {
  const labels = host.toLowerCase().split('.');
  const [account, a, b, c] = labels;
  if (account === undefined || account === '') return undefined;
  let service: string;
  let region: string | undefined;
  let suffix: string;
  if (a === 'dkr' && (b === 'ecr' || b === 'ecr-fips')) {
    service = `dkr.${b}`;
    region = c;
    suffix = labels.slice(4).join('.');
    if (!ECR_SUFFIXES.has(suffix)) return undefined;
  } else if (a === 'dkr-ecr' || a === 'dkr-ecr-fips') {
    service = a;
    region = b;
    suffix = labels.slice(3).join('.');
    if (suffix !== 'on.aws' && suffix !== 'on.amazonwebservices.com.cn') return undefined;
  } else {
    return undefined;
  }
  if (region === undefined || region === '') return undefined;
  const partition = suffix.endsWith('.cn') ? 'aws-cn' : regionPartition(region);
  return Object.freeze({
    account: host.split('.')[0] ?? account,
    region,
    fips: service.endsWith('-fips'),
    dualStack: service.startsWith('dkr-ecr'),
    partition,
  });
}, 4096);

export const isEcr = (ref: ImageReference): boolean => ecrRegistry(ref.host) !== undefined;

/** Amazon ECR Public (`public.ecr.aws`, and its dual-stack `ecr-public.aws`). */
export const isPublicEcr = (ref: ImageReference): boolean => {
  const host = ref.host?.toLowerCase();
  return host === 'public.ecr.aws' || host === 'ecr-public.aws';
};

const DOCKER_HUB_HOSTS = new Set(['docker.io', 'registry-1.docker.io', 'index.docker.io']);

/** Docker Hub: no registry written, or one of its host names. */
export const isDockerHub = (ref: ImageReference): boolean =>
  ref.host === undefined || DOCKER_HUB_HOSTS.has(ref.host.toLowerCase());

/**
 * The registry in canonical form for matching and messages: `docker.io` for Docker Hub, otherwise
 * the host (lower-case) with its port.
 */
export function registryName(ref: ImageReference): string {
  if (isDockerHub(ref)) return 'docker.io';
  const host = (ref.host ?? '').toLowerCase();
  return ref.port === undefined ? host : `${host}:${ref.port}`;
}

export const isAccountId = (s: string): boolean => s.length === 12 && allDigits(s);

/** Region prefixes of the partitions other than `aws`, as the AWS SDKs' partition table matches them. */
const PARTITION_PREFIXES: readonly (readonly [string, string])[] = [
  ['cn-', 'aws-cn'],
  ['us-gov-', 'aws-us-gov'],
  ['us-iso-', 'aws-iso'],
  ['us-isob-', 'aws-iso-b'],
  ['eu-isoe-', 'aws-iso-e'],
  ['us-isof-', 'aws-iso-f'],
  ['eusc-', 'aws-eusc'],
];

/** The partition a Region is in: `aws-cn` for `cn-north-1`, `aws-iso` for `us-iso-east-1`, else `aws`. */
export function regionPartition(region: string): string {
  for (let i = 0; i < PARTITION_PREFIXES.length; i++) {
    const entry = PARTITION_PREFIXES[i] as readonly [string, string];
    if (region.startsWith(entry[0])) return entry[1];
  }
  return 'aws';
}

/** `us-east-1`, `us-gov-west-1`, `cn-north-1`, `eu-isoe-west-1`: lower-case words joined by `-`, ending in a number. */
export function isRegionName(s: string): boolean {
  const dash = s.lastIndexOf('-');
  return dash !== -1 && dash < s.length - 1 && allDigits(s, dash + 1) && lowerWords(s, 0, dash, 2);
}

// ---- ARNs ------------------------------------------------------------------------------------------

export interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

/** `arn:partition:service:region:account:resource` (the resource keeps any further colons). */
export function parseArn(value: string): Arn | undefined {
  if (!value.startsWith('arn:')) return undefined;
  const c1 = value.indexOf(':', 4);
  const c2 = c1 === -1 ? -1 : value.indexOf(':', c1 + 1);
  const c3 = c2 === -1 ? -1 : value.indexOf(':', c2 + 1);
  const c4 = c3 === -1 ? -1 : value.indexOf(':', c3 + 1);
  if (c4 === -1) return undefined;
  return {
    partition: value.slice(4, c1),
    service: value.slice(c1 + 1, c2),
    region: value.slice(c2 + 1, c3),
    account: value.slice(c3 + 1, c4),
    resource: value.slice(c4 + 1),
  };
}

/** `aws`, `aws-cn`, `aws-us-gov`, `aws-iso-b`, …: `aws` and lower-case words joined by `-`. */
export const isPartitionName = (s: string): boolean =>
  s === 'aws' || (s.startsWith('aws-') && lowerWords(s, 4, s.length, 1));

/** IAM role name: 1–64 of letters, digits and `+=,.@_-`. */
export function isRoleName(s: string): boolean {
  if (s.length < 1 || s.length > 64) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // `+`, `=`, `,`, `.`, `@`, `_`, `-`.
    if (!(isAlnum(c) || c === 43 || c === 61 || c === 44 || c === 46 || c === 64 || c === 95 || c === 45)) return false;
  }
  return true;
}

/** The role name of an IAM role ARN (`arn:…:role/path/name` → `name`), or a bare role name as is. */
export function roleNameOf(value: string): string | undefined {
  const arn = parseArn(value);
  if (!arn) return isRoleName(value) ? value : undefined;
  if (arn.service !== 'iam' || !arn.resource.startsWith('role/')) return undefined;
  const name = arn.resource.slice(arn.resource.lastIndexOf('/') + 1);
  return isRoleName(name) ? name : undefined;
}

// ---- Where images are ------------------------------------------------------------------------------

export interface ImageSite {
  /** The `image` value as written (any JSON type). */
  readonly value: unknown;
  /** The value when it is a string. */
  readonly image: string | undefined;
  readonly path: JsonPath;
  /** The container, for task kinds; undefined for a Dockerrun v1 `Image.Name`. */
  readonly container: ContainerRef | undefined;
  /** How messages name where the image is: `container "web"`, or `"Image"` in Dockerrun v1. */
  readonly label: string;
  /** How messages name the property: `"image"`, or `"Name"` in Dockerrun v1. */
  readonly field: string;
}

/**
 * Every place an image is named: each container's `image`, or `Image.Name` of a Dockerrun v1 file.
 * Shared between the rules that ask about the same task: never change the list or its sites.
 */
export function imageSites(task: TaskView, ctx: Pick<RuleContext<string, unknown>, 'kind'>): readonly ImageSite[] {
  if (ctx.kind === 'dockerrun-v1') {
    const image = obj(task.Image);
    if (!image || !('Name' in image)) return [];
    return [
      {
        value: image.Name,
        image: str(image.Name),
        path: ['Image', 'Name'],
        container: undefined,
        label: '"Image"',
        field: '"Name"',
      },
    ];
  }
  // containers() answers with the same list for the same task: so are the sites, for the six rules that ask.
  const refs = containers(task);
  if (lastSites.refs === refs) return lastSites.sites;
  const sites = refs.map((c) => ({
    value: c.container.image,
    image: str(c.container.image),
    path: [...c.path, 'image'],
    container: c,
    label: c.label,
    field: '"image"',
  }));
  lastSites.refs = refs;
  lastSites.sites = sites;
  return sites;
}

/** The container list imageSites last answered for, and its sites. */
const lastSites: { refs: readonly ContainerRef[] | undefined; sites: readonly ImageSite[] } = {
  refs: undefined,
  sites: [],
};

/** A shell variable (`$IMAGE`, `$ECR_REPO:latest`): a template value that a deploy step fills in. */
export const hasShellVariable = (value: string): boolean => /\$[A-Za-z_]/.test(value);

/**
 * The image of a site parsed, when it is worth judging: a string without template placeholders
 * (`${X}`, `{{x}}`, `<X>`, `$X`) that Docker would accept. Rules other than valid-image-reference use
 * this, so an invalid reference is reported once, by that rule.
 */
export const checkableImage = (site: ImageSite): ImageReference | undefined => checkableImageValue(site.image);

/** checkableImage for an `image` value as written (any JSON type). */
export const checkableImageValue = (image: unknown): ImageReference | undefined =>
  typeof image === 'string' ? checkableReference(image) : undefined;

/**
 * By image: six rules ask about each image, and sidecar images recur in every file. Room for the images
 * of a few thousand task definitions (a large repository), each entry a few hundred bytes.
 */
const checkableReference = memoize((image: string): ImageReference | undefined => {
  if (image === '' || hasPlaceholder(image) || hasShellVariable(image)) return undefined;
  const ref = parseImageReference(image);
  return isValidReference(ref) ? Object.freeze(ref) : undefined;
}, 4096);
