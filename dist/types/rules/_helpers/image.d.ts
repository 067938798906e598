/**
 * Docker image references and the AWS identifiers around them (ECR hosts, ARNs).
 *
 * The parser follows Docker's reference grammar (github.com/distribution/reference) and the way
 * Docker splits off a registry host (`splitDockerDomain`), but by scanning characters: no regular
 * expression here can backtrack, so every function runs in time linear in its input.
 */
import type { RuleContext, TaskView } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
import { type ContainerRef } from './index.js';
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
/** Split an image reference. Docker reads the first path component as a registry host when it has a
 * `.` or `:`, is `localhost`, or has an upper-case letter. */
export declare function parseImageReference(raw: string): ImageReference;
/** Characters AWS accepts in `image` before the digest: letters, digits, `-`, `_`, `:`, `.`, `/`, `#`. */
export declare function invalidAwsCharacters(name: string): readonly string[];
/** A registry host as Docker accepts it: DNS labels of letters, digits and inner `-`, or `[ipv6]`. */
export declare function isValidHost(host: string): boolean;
export declare const isValidPort: (port: string) => boolean;
export type RepositoryProblem = 'empty' | 'uppercase' | 'shape';
/**
 * Docker repository path: components of lower-case letters and digits, joined inside a component by
 * one `.`, one `_`, `__` or any run of `-`; components separated by `/`.
 */
export declare function repositoryProblem(repository: string): RepositoryProblem | undefined;
export type TagProblem = 'empty' | 'too-long' | 'first-character' | 'characters';
/** Docker tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`. */
export declare function tagProblem(tag: string): TagProblem | undefined;
export type DigestProblem = 'algorithm' | 'length' | 'characters' | 'uppercase';
/** `sha256:` and 64 hex digits. `uppercase`: AWS documents A-F as allowed, Docker accepts only a-f. */
export declare function digestProblem(digest: string): DigestProblem | undefined;
/** The digest algorithm as written (`sha512` in `sha512:…`), or the whole digest when it has no `:`. */
export declare const digestAlgorithm: (digest: string) => string;
/** A complete reference that Docker would pull (AWS's own limits are checked separately). */
export declare function isValidReference(ref: ImageReference): boolean;
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
export declare function ecrRegistry(host: string | undefined): EcrRegistry | undefined;
export declare const isEcr: (ref: ImageReference) => boolean;
/** Amazon ECR Public (`public.ecr.aws`, and its dual-stack `ecr-public.aws`). */
export declare const isPublicEcr: (ref: ImageReference) => boolean;
/** Docker Hub: no registry written, or one of its host names. */
export declare const isDockerHub: (ref: ImageReference) => boolean;
/**
 * The registry in canonical form for matching and messages: `docker.io` for Docker Hub, otherwise
 * the host (lower-case) with its port.
 */
export declare function registryName(ref: ImageReference): string;
export declare const isAccountId: (s: string) => boolean;
/** The partition a Region is in: `aws-cn` for `cn-north-1`, `aws-iso` for `us-iso-east-1`, else `aws`. */
export declare function regionPartition(region: string): string;
/** `us-east-1`, `us-gov-west-1`, `cn-north-1`, `eu-isoe-west-1`: lower-case words joined by `-`, ending in a number. */
export declare function isRegionName(s: string): boolean;
export interface Arn {
    partition: string;
    service: string;
    region: string;
    account: string;
    resource: string;
}
/** `arn:partition:service:region:account:resource` (the resource keeps any further colons). */
export declare function parseArn(value: string): Arn | undefined;
/** `aws`, `aws-cn`, `aws-us-gov`, `aws-iso-b`, …: `aws` and lower-case words joined by `-`. */
export declare const isPartitionName: (s: string) => boolean;
/** IAM role name: 1–64 of letters, digits and `+=,.@_-`. */
export declare function isRoleName(s: string): boolean;
/** The role name of an IAM role ARN (`arn:…:role/path/name` → `name`), or a bare role name as is. */
export declare function roleNameOf(value: string): string | undefined;
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
export declare function imageSites(task: TaskView, ctx: Pick<RuleContext<string, unknown>, 'kind'>): readonly ImageSite[];
/** A shell variable (`$IMAGE`, `$ECR_REPO:latest`): a template value that a deploy step fills in. */
export declare const hasShellVariable: (value: string) => boolean;
/**
 * The image of a site parsed, when it is worth judging: a string without template placeholders
 * (`${X}`, `{{x}}`, `<X>`, `$X`) that Docker would accept. Rules other than valid-image-reference use
 * this, so an invalid reference is reported once, by that rule.
 */
export declare const checkableImage: (site: ImageSite) => ImageReference | undefined;
/** checkableImage for an `image` value as written (any JSON type). */
export declare const checkableImageValue: (image: unknown) => ImageReference | undefined;
