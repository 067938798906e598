import { defineRule } from '../../src/rule.js';
import { arr, containers, isObject, str } from '../_helpers/index.js';

/** The API allows up to ten environment files per container (aws-facts.md §4.8). */
const MAX_ENVIRONMENT_FILES = 10;

/** `arn:<partition>:s3:::<bucket>/<key>`: groups bucket and key (the key may be absent). */
const S3_ARN = /^arn:aws[a-z-]*:s3:::([^/\s]+)(?:\/(.*))?$/;
/** `s3://bucket/key`, the form the AWS CLI uses, which ECS does not take here. */
const S3_URL = /^s3:\/\/([^/\s]+)\/(.+)$/;

const short = (s: string): string => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/** Up to this many variables, duplicates are found by searching back rather than with a map. */
const SCAN_MAX = 32;

/**
 * The first entry before `end` with this name (the one a map of names seen so far would hold: a non-empty
 * string name is the only kind it keeps).
 */
function firstNamed(env: readonly unknown[], end: number, name: string): number | undefined {
  for (let j = 0; j < end; j++) {
    const entry = env[j];
    if (isObject(entry) && entry.name === name) return j;
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'valid-environment',
    category: 'correctness',
    description: 'Require named, unique environment variables and environment files that are .env objects in S3',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EnvironmentFile.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/use-environment-file.html',
    ],
    messages: {
      nameMissing: '{{container}}: "environment" entry #{{n}} has no "name"',
      nameEmpty: '{{container}}: "environment" entry #{{n}} has an empty "name"',
      duplicate: '{{container}}: environment variable "{{name}}" is already set',
      tooManyFiles: '{{container}}: {{count}} "environmentFiles"; ECS takes at most {{max}} per container',
      fileEmpty: '{{container}}: "environmentFiles" entry #{{n}} has an empty "value"',
      fileS3Url: '{{container}}: environment file "{{value}}" is an s3:// URL, not an S3 object ARN',
      fileBucketArn: '{{container}}: environment file "{{value}}" is a bucket ARN; it must name the object',
      fileNotArn: '{{container}}: environment file "{{value}}" is not an S3 object ARN',
      fileExtension: '{{container}}: environment file "{{value}}" does not have the ".env" extension',
    },
  },
  check(task, ctx) {
    for (const c of containers(task)) {
      const container = c.label;

      // environment: names present, non-empty and unique. Values are never read: they may be secrets.
      // Paths are built only for a finding.
      const env = arr(c.container.environment);
      // A short list is searched back for an earlier entry (no map to build for it); a long one keeps a map.
      const seen = env.length > SCAN_MAX ? new Map<string, number>() : undefined;
      for (let i = 0; i < env.length; i++) {
        const entry = env[i];
        if (!isObject(entry)) continue;
        const name = entry.name;
        if (name === undefined) {
          ctx.report({
            messageId: 'nameMissing',
            path: [...c.path, 'environment', i],
            target: 'value',
            data: { container, n: i + 1 },
            hint: 'add the variable\'s "name", or remove the entry',
          });
          continue;
        }
        if (typeof name !== 'string') continue; // the schema's finding
        if (name.trim() === '') {
          ctx.report({
            messageId: 'nameEmpty',
            path: [...c.path, 'environment', i, 'name'],
            data: { container, n: i + 1 },
            hint: 'give the variable a name, or remove the entry',
          });
          continue;
        }
        const first = seen === undefined ? firstNamed(env, i, name) : seen.get(name);
        if (first === undefined) {
          seen?.set(name, i);
          continue;
        }
        ctx.report({
          messageId: 'duplicate',
          path: [...c.path, 'environment', i, 'name'],
          data: { container, name },
          severity: 'warning',
          hint: `keep one "${name}" entry; which value the container gets is not documented`,
          related: [{ path: [...c.path, 'environment', first, 'name'], message: `"${name}" is first set here` }],
        });
      }

      // environmentFiles: at most ten, each an S3 object ARN of a .env file.
      const files = arr(c.container.environmentFiles);
      if (files.length > MAX_ENVIRONMENT_FILES) {
        ctx.report({
          messageId: 'tooManyFiles',
          path: [...c.path, 'environmentFiles'],
          target: 'key',
          data: { container, count: files.length, max: MAX_ENVIRONMENT_FILES },
          hint: 'merge some of the files',
        });
      }
      for (let i = 0; i < files.length; i++) {
        const file = files[i];
        if (!isObject(file)) continue;
        const value = str(file.value);
        if (value === undefined) continue; // missing or not a string: the schema's finding
        const trimmed = value.trim();
        if (trimmed === '') {
          ctx.report({
            messageId: 'fileEmpty',
            path: [...c.path, 'environmentFiles', i, 'value'],
            data: { container, n: i + 1 },
            hint: 'give the ARN of the S3 object, e.g. "arn:aws:s3:::my-bucket/app/prod.env"',
          });
          continue;
        }
        const url = S3_URL.exec(trimmed);
        if (url) {
          ctx.report({
            messageId: 'fileS3Url',
            path: [...c.path, 'environmentFiles', i, 'value'],
            data: { container, value: short(trimmed) },
            hint: `write "arn:aws:s3:::${url[1]}/${url[2]}"`,
          });
          continue;
        }
        const arn = S3_ARN.exec(trimmed);
        if (!arn) {
          ctx.report({
            messageId: 'fileNotArn',
            path: [...c.path, 'environmentFiles', i, 'value'],
            data: { container, value: short(trimmed) },
            hint: 'give the ARN of the S3 object, e.g. "arn:aws:s3:::my-bucket/app/prod.env"',
          });
          continue;
        }
        const key = arn[2];
        if (key === undefined || key === '') {
          ctx.report({
            messageId: 'fileBucketArn',
            path: [...c.path, 'environmentFiles', i, 'value'],
            data: { container, value: short(trimmed) },
            hint: `add the object key: "${trimmed.replace(/\/$/, '')}/<path>.env"`,
          });
          continue;
        }
        if (!key.endsWith('.env')) {
          // The developer guide says the file must have the .env extension; whether ECS enforces it is
          // not documented, so this is a warning.
          ctx.report({
            messageId: 'fileExtension',
            path: [...c.path, 'environmentFiles', i, 'value'],
            data: { container, value: short(trimmed) },
            severity: 'warning',
            hint: 'rename the S3 object to end in ".env" and update the ARN',
          });
        }
      }
    }
  },
});
