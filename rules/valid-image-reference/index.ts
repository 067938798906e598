import { defineRule, type RuleContext, TASK_KINDS } from '../../src/rule.js';
import {
  checkableImageValue,
  digestAlgorithm,
  digestProblem,
  type ImageReference,
  type ImageSite,
  imageSites,
  invalidAwsCharacters,
  isAccountId,
  isValidHost,
  isValidPort,
  parseImageReference,
  repositoryProblem,
  tagProblem,
} from '../_helpers/image.js';
import { atContainer, hasPlaceholder } from '../_helpers/index.js';

const PLACEHOLDER_HINT =
  'replace the placeholder with the real value before registering (or write it as "${NAME}" or "$NAME", which ecslint skips)';

/** `IMAGE_PLACEHOLDER`, `ACCOUNT_ID.dkr.ecr.REGION…`: a word in capitals (and underscores) that a deploy step replaces. */
/** The account label of an ECR registry host at the start of an image: `ACCOUNT.dkr.ecr…`, `ACCOUNT.dkr-ecr…`. */
const ECR_ACCOUNT = /^([^./:@]+)\.dkr[.-]ecr/i;

const looksLikePlaceholder = (s: string): boolean => s.split(/[./:]/).some((part) => /^[A-Z][A-Z0-9_]+$/.test(part));

/** `"$"`, a space and `"{"`. */
function describeCharacters(chars: readonly string[]): string {
  const named = chars.map((ch) => (ch === ' ' ? 'a space' : ch === '\t' ? 'a tab' : JSON.stringify(ch)));
  return named.length <= 1 ? named.join('') : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

const TAG_REASONS = {
  empty: 'it is empty after ":"',
  'too-long': 'it is longer than 128 characters',
  'first-character': 'it must start with a letter, a digit or "_"',
  characters: 'only letters, digits, "_", "." and "-" are allowed',
} as const;

type Ctx = RuleContext<string>;
type Valid = ReturnType<typeof checkableImageValue>;

/** What AWS itself refuses: characters outside its set, and names over 255 characters. True when reported. */
function checkAwsLimits(site: ImageSite, ref: ImageReference, ctx: Ctx): boolean {
  const { label: where, field } = site;
  const bad = invalidAwsCharacters(ref.name);
  if (bad.length > 0) {
    const shell = bad.includes('$');
    ctx.report({
      messageId: 'characters',
      path: site.path,
      data: { where, field, characters: describeCharacters(bad) },
      hint: shell
        ? 'render the shell variables before registering (or write them as "${VAR}", which ecslint skips as a placeholder)'
        : 'use only letters, digits, "-", "_", ".", "/" and ":" in the image name and tag',
    });
    return true;
  }
  // AWS's limit; Elastic Beanstalk v1 hands the name to Docker, whose own limits follow.
  if (ref.name.length > 255 && ctx.kind !== 'dockerrun-v1') {
    ctx.report({
      messageId: 'tooLong',
      path: site.path,
      data: { where, field, length: ref.name.length },
      hint: 'shorten the registry path or tag to 255 characters',
    });
    return true;
  }
  return false;
}

/** The registry host (not for a dummy ECR account, reported once per file) and port. True when reported. */
function checkRegistry(site: ImageSite, ref: ImageReference, valid: Valid, dummyAccount: boolean, ctx: Ctx): boolean {
  const where = site.label;
  if (valid === undefined && !dummyAccount && ref.host !== undefined && !isValidHost(ref.host)) {
    ctx.report({
      messageId: 'host',
      path: site.path,
      data: { where, host: ref.host },
      hint: looksLikePlaceholder(ref.host)
        ? PLACEHOLDER_HINT
        : 'use the registry host name (letters, digits, "-" and "."), e.g. "123456789012.dkr.ecr.us-east-1.amazonaws.com"',
    });
    return true;
  }
  if (valid === undefined && ref.port !== undefined && !isValidPort(ref.port)) {
    ctx.report({
      messageId: 'port',
      path: site.path,
      data: { where, port: ref.port },
      hint: 'write the registry as "host:port"',
    });
    return true;
  }
  return false;
}

/** The repository path: present, lower case, Docker's shape; not an image ID. True when reported. */
function checkRepository(site: ImageSite, ref: ImageReference, valid: Valid, image: string, ctx: Ctx): boolean {
  const { label: where, field } = site;
  const repoProblem = valid === undefined ? repositoryProblem(ref.repository) : undefined;
  if (repoProblem === 'empty') {
    ctx.report({
      messageId: 'repositoryEmpty',
      path: site.path,
      data: { where, field },
      hint: 'name the repository after the registry host',
    });
    return true;
  }
  if (repoProblem === 'uppercase') {
    ctx.report({
      messageId: 'uppercase',
      path: site.path,
      data: { where, repository: ref.repository },
      hint: looksLikePlaceholder(ref.repository)
        ? PLACEHOLDER_HINT
        : `write the repository in lower case: "${ref.repository.toLowerCase()}"`,
    });
    return true;
  }
  if (repoProblem === 'shape') {
    ctx.report({
      messageId: 'repository',
      path: site.path,
      data: { where, repository: ref.repository },
      hint: 'use path components of lower-case letters and digits joined by ".", "_", "__" or "-", separated by "/"',
    });
    return true;
  }
  if (
    ref.host !== undefined &&
    ref.host.toLowerCase() !== ref.host &&
    !ref.host.includes('.') &&
    ref.port === undefined
  ) {
    // `MyOrg/app`: Docker takes `MyOrg` for a registry, not a Docker Hub namespace (those are lower-case).
    ctx.report({
      messageId: 'uppercaseHost',
      path: site.path,
      severity: 'warning',
      data: { where, host: ref.host },
      hint: `write Docker Hub names in lower case: "${ref.name.toLowerCase()}"`,
    });
    return true;
  }
  if (ref.registry === undefined && ref.tag === undefined && ref.digest === undefined && /^[a-f0-9]{64}$/.test(image)) {
    ctx.report({
      messageId: 'hexName',
      path: site.path,
      data: { where, repository: ref.repository },
      hint: 'name the image by repository and digest ("repo@sha256:…"), not by image ID',
    });
    return true;
  }
  return false;
}

/** The tag and the digest. */
function checkTagAndDigest(site: ImageSite, ref: ImageReference, valid: Valid, ctx: Ctx): void {
  const { label: where, field } = site;
  if (valid === undefined && ref.tag !== undefined) {
    const problem = tagProblem(ref.tag);
    if (problem) {
      ctx.report({
        messageId: 'tag',
        path: site.path,
        data: { where, tag: ref.tag, reason: TAG_REASONS[problem] },
        hint: 'use a tag of letters, digits, "_", "." and "-" (at most 128, not starting with "." or "-")',
      });
      return;
    }
  }
  if (ref.digest !== undefined) {
    const problem = digestProblem(ref.digest);
    if (problem === 'algorithm') {
      ctx.report({
        messageId: 'digestAlgorithm',
        path: site.path,
        data: { where, algorithm: digestAlgorithm(ref.digest) },
        hint: 'pin the image by its sha256 digest: "repo@sha256:<64 hex>"',
      });
    } else if (problem === 'length' || problem === 'characters') {
      ctx.report({
        messageId: 'digest',
        path: site.path,
        data: { where, field },
        hint: 'copy the full digest, e.g. from "docker buildx imagetools inspect" or the ECR console',
      });
    } else if (problem === 'uppercase') {
      ctx.report({
        messageId: 'digestUppercase',
        path: site.path,
        data: { where, field },
        severity: 'warning',
        hint: 'write the digest in lower case',
      });
    }
  }
}

/** " (and in 2 more images)" after a finding reported once for the file; nothing when it is the only one. */
const andMore = (n: number, noun: string): string =>
  n === 0 ? '' : ` (and in ${n} more ${noun}${n === 1 ? '' : 's'})`;

/** ECR registries whose account is a dummy: one finding for the file, the other images related. */
function reportDummyAccounts(dummies: readonly { site: ImageSite; account: string }[], ctx: Ctx): void {
  const [first, ...others] = dummies;
  if (first) {
    ctx.report({
      messageId: 'ecrAccount',
      path: first.site.path,
      data: {
        where: first.site.label,
        account: first.account,
        more: andMore(others.length, 'image'),
      },
      hint: 'use the 12-digit account ID of the registry, or a placeholder a deploy step fills in ("${AWS_ACCOUNT_ID}", "$AWS_ACCOUNT_ID")',
      related: others.map((o) => ({ path: o.site.path, message: `${o.site.label}: account "${o.account}"` })),
    });
  }
}

/** Empty images: one finding for the file, at the first, the other containers related. */
function reportEmpty(empties: readonly ImageSite[], ctx: Ctx): void {
  const [first, ...others] = empties;
  if (!first) return;
  ctx.report({
    messageId: 'empty',
    path: first.path,
    data: {
      where: first.label,
      field: first.field,
      more: andMore(others.length, 'container'),
    },
    hint: 'set "image" to the image to run (a value a deploy step fills in can be a placeholder such as "<IMAGE>")',
    related: others.map((o) => ({ path: o.path, message: `${o.label}: ${o.field} is empty` })),
  });
}

export default defineRule({
  meta: {
    id: 'valid-image-reference',
    category: 'correctness',
    description: 'Require every container image to be a reference that AWS accepts and Docker can pull',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_image',
      'https://docs.docker.com/reference/cli/docker/image/tag/',
    ],
    messages: {
      missing: '{{where}} has no "image"',
      empty: '{{where}}: {{field}} is empty{{more}}',
      characters: '{{where}}: {{field}} contains {{characters}}, which an image reference cannot contain',
      tooLong: '{{where}}: {{field}} is {{length}} characters before any digest; AWS allows at most 255',
      host: '{{where}}: registry host "{{host}}" is not a valid host name',
      ecrAccount: '{{where}}: ECR registry account "{{account}}" is not a 12-digit AWS account ID{{more}}',
      port: '{{where}}: registry port "{{port}}" is not a number',
      repositoryEmpty: '{{where}}: {{field}} names no repository',
      uppercase: '{{where}}: repository "{{repository}}" must be lower-case',
      uppercaseHost: '{{where}}: Docker reads "{{host}}" as a registry host because it has upper-case letters',
      repository: '{{where}}: repository "{{repository}}" is not a valid Docker repository name',
      hexName: '{{where}}: repository "{{repository}}" is a 64-character hex string, which Docker refuses as a name',
      tag: '{{where}}: tag "{{tag}}" is not a valid Docker tag: {{reason}}',
      digestAlgorithm: '{{where}}: digest algorithm "{{algorithm}}" is not supported; ECS accepts only "sha256"',
      digest: '{{where}}: digest must be "sha256:" followed by 64 hex characters',
      digestUppercase: '{{where}}: digest has upper-case hex digits, which Docker rejects',
    },
    appliesTo: [...TASK_KINDS, 'dockerrun-v1'],
  },
  check(task, ctx) {
    // Images from an ECR registry whose account is a dummy (ACCOUNT_ID, XXXXXXXXXXXX, <account-id>): one
    // mistake copied into each container, reported once per file.
    const dummies: { site: ImageSite; account: string }[] = [];
    // Empty images: a file kept for a render step that fills them in leaves every container's empty, so
    // they are one finding for the file too.
    const empties: ImageSite[] = [];
    for (const site of imageSites(task, ctx)) {
      const where = site.label;
      const c = site.container;
      if (site.value === undefined) {
        // A Dockerrun v1 file without an image builds from its Dockerfile.
        if (!c) continue;
        ctx.report({
          messageId: 'missing',
          ...atContainer(c),
          data: { where },
          hint: 'set "image" to the image to run, e.g. "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.4.2"',
        });
        continue;
      }
      let image = site.image;
      // Other types are the schema's to report; placeholders are filled in later.
      if (image === undefined || hasPlaceholder(image)) continue;
      if (image.trim() === '') {
        empties.push(site);
        continue;
      }
      // The account is reported once below; the rest of the reference is checked as if it were real.
      const ecr = ECR_ACCOUNT.exec(image);
      const dummyAccount = ecr !== null && !isAccountId(ecr[1] ?? '');
      if (dummyAccount) {
        dummies.push({ site, account: ecr[1] ?? '' });
        image = `123456789012${image.slice((ecr[1] ?? '').length)}`;
      }
      // Nearly every image is one Docker accepts, and the other image rules have parsed it already: the
      // shared parse, and Docker's checks of host, port, repository, tag and digest skipped (none can
      // find anything but an upper-case digest). AWS's own checks and the warnings still run.
      const valid = checkableImageValue(image);
      const ref = valid ?? parseImageReference(image);
      if (
        checkAwsLimits(site, ref, ctx) ||
        checkRegistry(site, ref, valid, dummyAccount, ctx) ||
        checkRepository(site, ref, valid, image, ctx)
      ) {
        continue;
      }
      checkTagAndDigest(site, ref, valid, ctx);
    }
    reportDummyAccounts(dummies, ctx);
    reportEmpty(empties, ctx);
  },
});
