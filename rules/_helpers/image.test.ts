import { describe, expect, it } from 'vitest';
import {
  checkableImage,
  digestProblem,
  ecrRegistry,
  hasShellVariable,
  invalidAwsCharacters,
  isAccountId,
  isDockerHub,
  isEcr,
  isPartitionName,
  isPublicEcr,
  isRegionName,
  isRoleName,
  isValidHost,
  isValidReference,
  parseArn,
  parseImageReference,
  regionPartition,
  registryName,
  repositoryProblem,
  roleNameOf,
  tagProblem,
} from './image.js';

const parts = (raw: string) => {
  const { registry, host, port, repository, tag, digest } = parseImageReference(raw);
  return { registry, host, port, repository, tag, digest };
};

describe('parseImageReference', () => {
  it('splits Docker Hub names', () => {
    expect(parts('nginx')).toEqual({
      registry: undefined,
      host: undefined,
      port: undefined,
      repository: 'nginx',
      tag: undefined,
      digest: undefined,
    });
    expect(parts('amazon/aws-xray-daemon:3.3.7')).toMatchObject({
      registry: undefined,
      repository: 'amazon/aws-xray-daemon',
      tag: '3.3.7',
    });
  });

  it('reads the first component as a host like Docker does', () => {
    expect(parts('localhost/app')).toMatchObject({ host: 'localhost', repository: 'app' });
    expect(parts('localhost:5000/app:1')).toMatchObject({
      host: 'localhost',
      port: '5000',
      repository: 'app',
      tag: '1',
    });
    expect(parts('ghcr.io/org/app')).toMatchObject({ host: 'ghcr.io', repository: 'org/app' });
    expect(parts('MyOrg/app')).toMatchObject({ host: 'MyOrg', repository: 'app' });
    expect(parts('[::1]:5000/app')).toMatchObject({ host: '[::1]', port: '5000', repository: 'app' });
    // No slash: `name:tag`, never `host:port`.
    expect(parts('redis:7')).toMatchObject({ host: undefined, repository: 'redis', tag: '7' });
  });

  it('splits tag and digest', () => {
    const hex = 'a'.repeat(64);
    expect(parts(`123456789012.dkr.ecr.us-east-1.amazonaws.com/team/app:1.2@sha256:${hex}`)).toEqual({
      registry: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
      host: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
      port: undefined,
      repository: 'team/app',
      tag: '1.2',
      digest: `sha256:${hex}`,
    });
    expect(parseImageReference(`app@sha256:${hex}`).name).toBe('app');
  });

  it('runs in linear time on hostile input', () => {
    const long = `${'a-'.repeat(50_000)}!`;
    const start = performance.now();
    expect(repositoryProblem(long)).toBe('shape');
    expect(isValidHost(`${'a-'.repeat(50_000)}`)).toBe(false);
    expect(tagProblem('_'.repeat(100_000))).toBe('too-long');
    parseImageReference(`${'a/'.repeat(50_000)}:${':'.repeat(50_000)}`);
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('validity', () => {
  it('checks repositories', () => {
    expect(repositoryProblem('library/nginx')).toBeUndefined();
    expect(repositoryProblem('a__b/c.d/e---f/g_h')).toBeUndefined();
    expect(repositoryProblem('MyApp')).toBe('uppercase');
    expect(repositoryProblem('a..b')).toBe('shape');
    expect(repositoryProblem('a___b')).toBe('shape');
    expect(repositoryProblem('-a')).toBe('shape');
    expect(repositoryProblem('a-')).toBe('shape');
    expect(repositoryProblem('a//b')).toBe('shape');
    expect(repositoryProblem('')).toBe('empty');
  });

  it('checks tags', () => {
    expect(tagProblem('v1.2.3-rc_1')).toBeUndefined();
    expect(tagProblem('_x')).toBeUndefined();
    expect(tagProblem('.x')).toBe('first-character');
    expect(tagProblem('-x')).toBe('first-character');
    expect(tagProblem('v1#2')).toBe('characters');
    expect(tagProblem('a:b')).toBe('characters');
    expect(tagProblem('x'.repeat(128))).toBeUndefined();
    expect(tagProblem('x'.repeat(129))).toBe('too-long');
    expect(tagProblem('')).toBe('empty');
  });

  it('checks digests', () => {
    expect(digestProblem(`sha256:${'0'.repeat(64)}`)).toBeUndefined();
    expect(digestProblem(`sha256:${'A'.repeat(64)}`)).toBe('uppercase');
    expect(digestProblem(`sha512:${'0'.repeat(128)}`)).toBe('algorithm');
    expect(digestProblem(`sha256:${'0'.repeat(63)}`)).toBe('length');
    expect(digestProblem(`sha256:${'g'.repeat(64)}`)).toBe('characters');
    expect(digestProblem('latest')).toBe('algorithm');
  });

  it('checks hosts', () => {
    expect(isValidHost('registry.example.com')).toBe(true);
    expect(isValidHost('REGION.example.com')).toBe(true);
    expect(isValidHost('ACCOUNT_ID.dkr.ecr.us-east-1.amazonaws.com')).toBe(false);
    expect(isValidHost('-a.com')).toBe(false);
    expect(isValidHost('a..com')).toBe(false);
    expect(isValidHost('[fe80::1]')).toBe(true);
  });

  it('judges whole references', () => {
    expect(isValidReference(parseImageReference('nginx:1.25'))).toBe(true);
    expect(isValidReference(parseImageReference('XXXXX.dkr.ecr.us-east-1.amazonaws.com/myApp:latest'))).toBe(false);
    expect(isValidReference(parseImageReference('localhost:50a0/app'))).toBe(false);
  });

  it('lists the characters AWS rejects', () => {
    expect(invalidAwsCharacters('a/b:c#d_e-f.g')).toEqual([]);
    expect(invalidAwsCharacters('$ECR_REPO:la test$')).toEqual(['$', ' ']);
  });
});

describe('registries', () => {
  it('recognises private ECR', () => {
    expect(ecrRegistry('123456789012.dkr.ecr.eu-west-1.amazonaws.com')).toEqual({
      account: '123456789012',
      region: 'eu-west-1',
      fips: false,
      dualStack: false,
      partition: 'aws',
    });
    expect(ecrRegistry('123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn')?.partition).toBe('aws-cn');
    expect(ecrRegistry('123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com')).toMatchObject({
      fips: true,
      partition: 'aws-us-gov',
    });
    expect(ecrRegistry('123456789012.dkr-ecr.us-east-1.on.aws')).toMatchObject({
      dualStack: true,
      region: 'us-east-1',
    });
    expect(ecrRegistry('123456789012.dkr-ecr-fips.us-east-1.on.aws')).toMatchObject({ dualStack: true, fips: true });
    expect(ecrRegistry('public.ecr.aws')).toBeUndefined();
    expect(ecrRegistry('123456789012.dkr.ecr.us-east-1.example.com')).toBeUndefined();
    expect(ecrRegistry('dkr.ecr.us-east-1.amazonaws.com')).toBeUndefined();
    expect(isEcr(parseImageReference('123456789012.dkr.ecr.us-east-1.amazonaws.com/app'))).toBe(true);
  });

  it('recognises public ECR and Docker Hub', () => {
    expect(isPublicEcr(parseImageReference('public.ecr.aws/nginx/nginx:1'))).toBe(true);
    expect(isPublicEcr(parseImageReference('nginx'))).toBe(false);
    for (const image of [
      'nginx',
      'bitnami/redis',
      'docker.io/library/nginx',
      'registry-1.docker.io/a/b',
      'index.docker.io/a',
    ]) {
      expect(isDockerHub(parseImageReference(image)), image).toBe(true);
      expect(registryName(parseImageReference(image))).toBe('docker.io');
    }
    expect(isDockerHub(parseImageReference('ghcr.io/a/b'))).toBe(false);
    expect(registryName(parseImageReference('Registry.Example.com:5000/a'))).toBe('registry.example.com:5000');
  });

  it('knows account and region shapes', () => {
    expect(isAccountId('123456789012')).toBe(true);
    expect(isAccountId('12345678901')).toBe(false);
    expect(isRegionName('us-east-1')).toBe(true);
    expect(isRegionName('us-gov-west-1')).toBe(true);
    expect(isRegionName('region-code')).toBe(false);
    expect(isRegionName('REGION')).toBe(false);
  });
});

describe('ARNs', () => {
  it('parses ARNs', () => {
    expect(parseArn('arn:aws:iam::123456789012:role/path/name')).toEqual({
      partition: 'aws',
      service: 'iam',
      region: '',
      account: '123456789012',
      resource: 'role/path/name',
    });
    expect(parseArn('arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password::')?.resource).toBe(
      'secret:db-AbCdEf:password::',
    );
    expect(parseArn('arn:aws:iam')).toBeUndefined();
    expect(parseArn('role/x')).toBeUndefined();
  });

  it('knows ECR in the ISO partitions', () => {
    expect(ecrRegistry('123456789012.dkr.ecr.us-iso-east-1.c2s.ic.gov')?.partition).toBe('aws-iso');
    expect(ecrRegistry('123456789012.dkr.ecr.us-isob-east-1.sc2s.sgov.gov')?.partition).toBe('aws-iso-b');
    expect(ecrRegistry('123456789012.dkr.ecr.us-iso-east-1.example.gov')).toBeUndefined();
  });

  it('knows the partition of each Region', () => {
    const partitions = [
      'us-east-1',
      'cn-northwest-1',
      'us-gov-west-1',
      'us-iso-east-1',
      'us-isob-east-1',
      'eu-isoe-west-1',
      'us-isof-south-1',
      'eusc-de-east-1',
      'il-central-1',
    ].map(regionPartition);
    expect(partitions).toEqual([
      'aws',
      'aws-cn',
      'aws-us-gov',
      'aws-iso',
      'aws-iso-b',
      'aws-iso-e',
      'aws-iso-f',
      'aws-eusc',
      'aws',
    ]);
  });

  it('knows partitions and role names', () => {
    for (const p of ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso-b']) expect(isPartitionName(p)).toBe(true);
    for (const p of ['', 'amazon', 'aws-', 'AWS']) expect(isPartitionName(p)).toBe(false);
    expect(isRoleName('ecsTaskExecutionRole')).toBe(true);
    expect(isRoleName('a+=,.@_-b')).toBe(true);
    expect(isRoleName('my role')).toBe(false);
    expect(isRoleName('x'.repeat(65))).toBe(false);
    expect(roleNameOf('arn:aws:iam::123456789012:role/service-role/app')).toBe('app');
    expect(roleNameOf('app')).toBe('app');
    expect(roleNameOf('arn:aws:iam::123456789012:policy/app')).toBeUndefined();
  });
});

describe('checkableImage', () => {
  const site = (image: string) => ({ value: image, image, path: [], container: undefined, label: 'x', field: 'y' });
  it('skips templates and invalid references', () => {
    expect(checkableImage(site('nginx:1'))?.repository).toBe('nginx');
    expect(checkableImage(site('${IMAGE}'))).toBeUndefined();
    expect(checkableImage(site('$ECR_REPO:latest'))).toBeUndefined();
    expect(checkableImage(site('IMAGE'))).toBeUndefined();
    expect(checkableImage(site(''))).toBeUndefined();
    expect(hasShellVariable('a$b')).toBe(true);
    expect(hasShellVariable('a$1')).toBe(false);
  });
});
