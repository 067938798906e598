import { defineRule, type RuleContext } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
import { obj, quoteList, str, type VolumeRef, volumes } from '../_helpers/index.js';

/** The members that give a volume its type (aws-facts.md §4.18); `configuredAtLaunch` counts when true. */
const TYPE_KEYS = [
  'host',
  'dockerVolumeConfiguration',
  'efsVolumeConfiguration',
  's3filesVolumeConfiguration',
  'fsxWindowsFileServerVolumeConfiguration',
  'configuredAtLaunch',
] as const;

/** A Secrets Manager secret or SSM parameter ARN, any partition. */
const CREDENTIALS_ARN = /^arn:aws[a-z-]*:(secretsmanager|ssm):[a-z0-9-]+:\d{12}:(secret:|parameter\/).+/;

const label = (v: VolumeRef): string => (v.name === undefined ? `volume #${v.index + 1}` : `volume "${v.name}"`);
const isBlank = (v: unknown): boolean => typeof v === 'string' && v.trim() === '';
/** Set to something: a non-empty string (an empty string is the skeleton's "not set"). */
const isSet = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';

export default defineRule({
  meta: {
    id: 'valid-volumes',
    category: 'correctness',
    description: 'Require task volumes with one type each and EFS, Docker, FSx and EBS settings that AWS accepts',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Volume.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSVolumeConfiguration.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DockerVolumeConfiguration.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FSxWindowsFileServerVolumeConfiguration.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-volumes.html',
    ],
    messages: {
      multipleTypes: '{{volume}} sets {{types}}; a volume has at most one type',
      empty: '{{volume}}: "{{field}}" is empty',
      rootWithAccessPoint:
        '{{volume}}: "{{config}}.rootDirectory" is "{{root}}"; with an access point it must be omitted or "/"',
      transitRequired:
        '{{volume}}: "efsVolumeConfiguration.transitEncryption" is {{state}}, but {{reason}} requires "ENABLED"',
      autoprovisionTask:
        '{{volume}}: "autoprovision" is true but "scope" is "task"; only a "shared" volume is autoprovisioned',
      autoprovisionNoScope:
        '{{volume}}: "autoprovision" is true but "scope" is not set (a task volume); only a "shared" volume is autoprovisioned',
      secondLaunchVolume: '{{volume}} is a second "configuredAtLaunch" volume; a task definition takes only one',
      credentialsNotArn:
        '{{volume}}: "fsxWindowsFileServerVolumeConfiguration.authorizationConfig.credentialsParameter" is not a Secrets Manager or SSM parameter ARN',
    },
  },
  check(task, ctx) {
    let firstLaunch: VolumeRef | undefined;
    for (const v of volumes(task)) {
      const volume = label(v);

      // One type per volume.
      const types = TYPE_KEYS.filter((k) =>
        k === 'configuredAtLaunch' ? v.volume[k] === true : v.volume[k] !== undefined && v.volume[k] !== null,
      );
      const [firstType, secondType] = types;
      if (firstType !== undefined && secondType !== undefined) {
        ctx.report({
          messageId: 'multipleTypes',
          path: [...v.path, secondType],
          target: 'key',
          data: { volume, types: quoteList(types) },
          hint: 'keep one and move the others to volumes of their own',
          related: [{ path: [...v.path, firstType], target: 'key', message: `"${firstType}" is set here` }],
        });
      }

      // One configuredAtLaunch (EBS) volume per task definition.
      if (v.volume.configuredAtLaunch === true) {
        if (firstLaunch === undefined) {
          firstLaunch = v;
        } else {
          ctx.report({
            messageId: 'secondLaunchVolume',
            path: [...v.path, 'configuredAtLaunch'],
            data: { volume },
            hint: 'keep "configuredAtLaunch": true on one volume only',
            related: [
              {
                path: [...firstLaunch.path, 'configuredAtLaunch'],
                message: `${label(firstLaunch)} is configured at launch`,
              },
            ],
          });
        }
      }

      const efs = obj(v.volume.efsVolumeConfiguration);
      if (efs) checkEfs(efs, [...v.path, 'efsVolumeConfiguration'], volume, ctx.report);

      const s3files = obj(v.volume.s3filesVolumeConfiguration);
      if (s3files) {
        const path = [...v.path, 's3filesVolumeConfiguration'];
        if (isBlank(s3files.fileSystemArn)) {
          ctx.report({
            messageId: 'empty',
            path: [...path, 'fileSystemArn'],
            data: { volume, field: 's3filesVolumeConfiguration.fileSystemArn' },
            hint: 'set the ARN of the S3 Files file system',
          });
        }
        const root = str(s3files.rootDirectory);
        if (isSet(s3files.accessPointArn) && root !== undefined && root !== '/' && root !== '') {
          ctx.report({
            messageId: 'rootWithAccessPoint',
            path: [...path, 'rootDirectory'],
            data: { volume, config: 's3filesVolumeConfiguration', root },
            hint: 'remove "rootDirectory" and set the directory on the access point instead',
            related: [{ path: [...path, 'accessPointArn'], message: 'the access point is set here' }],
          });
        }
      }

      const docker = obj(v.volume.dockerVolumeConfiguration);
      if (docker && docker.autoprovision === true) {
        const path = [...v.path, 'dockerVolumeConfiguration'];
        if (docker.scope === 'task') {
          ctx.report({
            messageId: 'autoprovisionTask',
            path: [...path, 'autoprovision'],
            data: { volume },
            hint: 'set "scope": "shared", or remove "autoprovision"',
            related: [{ path: [...path, 'scope'], message: '"scope" is "task" here' }],
          });
        } else if (docker.scope === undefined) {
          ctx.report({
            messageId: 'autoprovisionNoScope',
            path: [...path, 'autoprovision'],
            data: { volume },
            severity: 'warning',
            hint: 'add "scope": "shared", or remove "autoprovision"',
          });
        }
      }

      const fsx = obj(v.volume.fsxWindowsFileServerVolumeConfiguration);
      if (fsx) {
        const path = [...v.path, 'fsxWindowsFileServerVolumeConfiguration'];
        const auth = obj(fsx.authorizationConfig);
        const fields: [unknown, JsonPath, string][] = [
          [fsx.fileSystemId, [...path, 'fileSystemId'], 'fileSystemId'],
          [fsx.rootDirectory, [...path, 'rootDirectory'], 'rootDirectory'],
          [
            auth?.credentialsParameter,
            [...path, 'authorizationConfig', 'credentialsParameter'],
            'authorizationConfig.credentialsParameter',
          ],
          [auth?.domain, [...path, 'authorizationConfig', 'domain'], 'authorizationConfig.domain'],
        ];
        for (const [value, fieldPath, field] of fields) {
          if (!isBlank(value)) continue;
          ctx.report({
            messageId: 'empty',
            path: fieldPath,
            data: { volume, field: `fsxWindowsFileServerVolumeConfiguration.${field}` },
            hint: 'FSx for Windows File Server volumes need "fileSystemId", "rootDirectory", "credentialsParameter" and "domain"',
          });
        }
        const credentials = str(auth?.credentialsParameter);
        if (credentials !== undefined && credentials.trim() !== '' && !CREDENTIALS_ARN.test(credentials)) {
          ctx.report({
            messageId: 'credentialsNotArn',
            path: [...path, 'authorizationConfig', 'credentialsParameter'],
            data: { volume },
            severity: 'warning',
            hint: 'give the full ARN of the Secrets Manager secret or SSM parameter that holds the domain credentials',
          });
        }
      }
    }
  },
});

type ReportFn = RuleContext['report'];

function checkEfs(efs: Record<string, unknown>, path: JsonPath, volume: string, report: ReportFn): void {
  if (isBlank(efs.fileSystemId)) {
    report({
      messageId: 'empty',
      path: [...path, 'fileSystemId'],
      data: { volume, field: 'efsVolumeConfiguration.fileSystemId' },
      hint: 'set the EFS file system id (fs-…)',
    });
  }
  const auth = obj(efs.authorizationConfig);
  const authPath = [...path, 'authorizationConfig'];
  const accessPoint = isSet(auth?.accessPointId);

  const root = str(efs.rootDirectory);
  if (accessPoint && root !== undefined && root !== '/' && root !== '') {
    report({
      messageId: 'rootWithAccessPoint',
      path: [...path, 'rootDirectory'],
      data: { volume, config: 'efsVolumeConfiguration', root },
      hint: 'remove "rootDirectory" and set the directory on the access point instead',
      related: [{ path: [...authPath, 'accessPointId'], message: 'the access point is set here' }],
    });
  }

  const iam = auth?.iam === 'ENABLED';
  const transit = efs.transitEncryption;
  if ((iam || accessPoint) && (transit === undefined || transit === 'DISABLED')) {
    const reason =
      iam && accessPoint
        ? 'IAM authorization and the access point each'
        : iam
          ? 'IAM authorization ("iam": "ENABLED")'
          : 'an access point';
    const cause: JsonPath = iam ? [...authPath, 'iam'] : [...authPath, 'accessPointId'];
    report({
      messageId: 'transitRequired',
      path: [...path, 'transitEncryption'],
      target: transit === undefined ? 'key' : 'value',
      data: { volume, state: transit === undefined ? 'not set (DISABLED)' : '"DISABLED"', reason },
      hint: 'set "transitEncryption": "ENABLED"',
      related: [{ path: cause, message: iam ? 'IAM authorization is enabled here' : 'the access point is set here' }],
    });
  }
}
