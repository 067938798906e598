import { closest, distance } from 'fastest-levenshtein';
import { defineRule, type RuleContext } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
import { type ContainerRef, containers, type Obj, obj, str } from '../_helpers/index.js';

const FIRELENS_OPTIONS = ['enable-ecs-log-metadata', 'config-file-type', 'config-file-value'];
const CONFIG_FILE_TYPES = ['s3', 'file'];
/** Where FireLens writes the configuration it generates (aws-facts.md §4.21). */
const RESERVED_PATHS = ['/fluent-bit/etc/fluent-bit.conf', '/fluentd/etc/fluent.conf'];
const S3_OBJECT_ARN = /^arn:aws[a-z-]*:s3:::[^/\s]+\/\S+$/;

const cut = (s: string, max = 60): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const lower = word.toLowerCase();
  const best = closest(lower, [...candidates]);
  const limit = Math.min(3, Math.max(1, Math.floor(lower.length / 4)));
  return distance(lower, best) <= limit ? best : undefined;
}

const logDriverOf = (c: ContainerRef): unknown => obj(c.container.logConfiguration)?.logDriver;

type Ctx = RuleContext<string>;

const driverPath = (c: ContainerRef): JsonPath => [...c.path, 'logConfiguration', 'logDriver'];
const routerPath = (c: ContainerRef): JsonPath => [...c.path, 'firelensConfiguration'];

/** One log router exactly when some container logs through FireLens. */
function checkRouterCount(
  all: readonly ContainerRef[],
  routers: readonly ContainerRef[],
  users: readonly ContainerRef[],
  ctx: Ctx,
): void {
  // Both directions are enforced at registration (aws-facts.md §4.21).
  const firstUser = users[0];
  if (routers.length === 0 && firstUser) {
    ctx.report({
      messageId: 'noRouter',
      path: driverPath(firstUser),
      data: { container: firstUser.label },
      hint: 'add a log router container (e.g. aws-for-fluent-bit) with "firelensConfiguration": {"type": "fluentbit"}',
      related: users.slice(1).map((u) => ({ path: driverPath(u), message: `${u.label} uses "awsfirelens" too` })),
    });
  }
  const firstRouter = routers[0];
  if (firstRouter && users.length === 0 && !all.some((c) => logDriverOf(c) === 'awsfirelens')) {
    ctx.report({
      messageId: 'unusedRouter',
      path: routerPath(firstRouter),
      target: 'key',
      data: { container: firstRouter.label },
      hint: 'set "logDriver": "awsfirelens" on the containers whose logs it should route, or remove "firelensConfiguration"',
    });
  }
  for (const extra of routers.slice(1)) {
    if (!firstRouter) break;
    ctx.report({
      messageId: 'manyRouters',
      path: routerPath(extra),
      target: 'key',
      data: { container: extra.label },
      hint: 'keep one log router; route every container through it',
      related: [{ path: routerPath(firstRouter), message: `${firstRouter.label} is the first router`, target: 'key' }],
    });
  }
}

/** The router itself: essential, and not logging through itself. */
function checkRouter(router: ContainerRef, ctx: Ctx): void {
  const container = router.label;
  if (router.container.essential === false) {
    ctx.report({
      messageId: 'routerNotEssential',
      path: [...router.path, 'essential'],
      data: { container },
      severity: 'warning',
      hint: 'set "essential": true (or remove "essential"): if the router stops, the logs of the other containers are lost',
    });
  }
  if (logDriverOf(router) === 'awsfirelens') {
    ctx.report({
      messageId: 'routerToItself',
      path: driverPath(router),
      data: { container },
      hint: 'send the router\'s own logs elsewhere, e.g. "logDriver": "awslogs"',
    });
  }
}

/** FireLens options the agent knows (it ignores the others). */
function checkUnknownOptions(container: string, options: Obj, optionsPath: JsonPath, ctx: Ctx): void {
  for (const name of Object.keys(options)) {
    if (FIRELENS_OPTIONS.includes(name)) continue;
    const suggestion = suggest(
      name,
      FIRELENS_OPTIONS.filter((o) => !Object.hasOwn(options, o)),
    );
    ctx.report({
      messageId: 'unknownOption',
      path: [...optionsPath, name],
      target: 'key',
      data: { container, option: cut(name, 40) },
      // The agent ignores other options: nothing fails, but the setting does nothing.
      severity: 'warning',
      hint:
        suggestion === undefined
          ? 'remove it; the options are "enable-ecs-log-metadata", "config-file-type" and "config-file-value"'
          : `did you mean "${suggestion}"?`,
    });
  }
}

/** "enable-ecs-log-metadata" is "true" or "false". */
function checkMetadataOption(container: string, options: Obj, optionsPath: JsonPath, ctx: Ctx): void {
  const metadata = str(options['enable-ecs-log-metadata']);
  if (metadata !== undefined && metadata !== 'true' && metadata !== 'false') {
    ctx.report({
      messageId: 'badMetadata',
      path: [...optionsPath, 'enable-ecs-log-metadata'],
      data: { container, value: cut(metadata, 40) },
      severity: 'warning',
      hint: 'use "true" or "false"',
    });
  }
}

/** "config-file-type" and "config-file-value": both or neither, a known type, and a value of that type. */
function checkConfigFile(container: string, options: Obj, optionsPath: JsonPath, ctx: Ctx): void {
  const fileType = str(options['config-file-type']);
  const fileValue = str(options['config-file-value']);
  const hasType = Object.hasOwn(options, 'config-file-type');
  const hasValue = Object.hasOwn(options, 'config-file-value');
  if (fileType !== undefined && !CONFIG_FILE_TYPES.includes(fileType)) {
    const suggestion = suggest(fileType, CONFIG_FILE_TYPES);
    ctx.report({
      messageId: 'badFileType',
      path: [...optionsPath, 'config-file-type'],
      data: { container, value: cut(fileType, 40) },
      hint:
        suggestion === undefined
          ? 'use "file" (a path in the image) or "s3" (an S3 object ARN, EC2 only)'
          : `did you mean "${suggestion}"?`,
    });
  }
  if (hasType && !hasValue) {
    ctx.report({
      messageId: 'typeWithoutValue',
      path: [...optionsPath, 'config-file-type'],
      target: 'key',
      data: { container },
      hint: 'add "config-file-value" with the path or S3 ARN of your configuration file',
    });
  }
  if (hasValue && !hasType) {
    ctx.report({
      messageId: 'valueWithoutType',
      path: [...optionsPath, 'config-file-value'],
      target: 'key',
      data: { container },
      severity: 'warning',
      hint: 'add "config-file-type": "file" for a path in the image, or "s3" for an S3 object ARN',
    });
  }
  if (fileValue !== undefined) {
    const valuePath: JsonPath = [...optionsPath, 'config-file-value'];
    const value = cut(fileValue);
    if (RESERVED_PATHS.includes(fileValue.trim())) {
      ctx.report({
        messageId: 'reservedPath',
        path: valuePath,
        data: { container, value },
        hint: 'put your configuration at another path, e.g. /fluent-bit/configs/custom.conf; FireLens includes it',
      });
    } else if (fileType === 's3' && !S3_OBJECT_ARN.test(fileValue.trim())) {
      ctx.report({
        messageId: 'notS3Arn',
        path: valuePath,
        data: { container, value },
        hint: 'write the object ARN, e.g. "arn:aws:s3:::my-bucket/fluent-bit/extra.conf"',
      });
    } else if (fileType === 'file' && !fileValue.trim().startsWith('/')) {
      ctx.report({
        messageId: 'notAbsolutePath',
        path: valuePath,
        data: { container, value },
        hint: 'write the absolute path of the file inside the router image, e.g. "/fluent-bit/configs/extra.conf"',
      });
    }
  }
}

export default defineRule({
  meta: {
    id: 'valid-firelens',
    category: 'observability',
    description: 'Require a FireLens log router for the awsfirelens log driver, configured as ECS expects',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/firelens-taskdef.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FirelensConfiguration.html',
    ],
    messages: {
      noRouter: '{{container}} uses the "awsfirelens" log driver, but no container has a "firelensConfiguration"',
      unusedRouter: '{{container}} has a "firelensConfiguration", but no container uses the "awsfirelens" log driver',
      manyRouters: '{{container}} is a second FireLens log router; a task can have only one',
      routerNotEssential: '{{container}} is the FireLens log router but is not essential',
      routerToItself: '{{container}} is the FireLens log router and sends its own logs to "awsfirelens"',
      unknownOption: '{{container}}: "{{option}}" is not a "firelensConfiguration" option',
      badMetadata: '{{container}}: "enable-ecs-log-metadata" is "{{value}}", not "true" or "false"',
      badFileType: '{{container}}: "config-file-type" is "{{value}}", not "s3" or "file"',
      typeWithoutValue: '{{container}}: "config-file-type" is set but "config-file-value" is missing',
      valueWithoutType: '{{container}}: "config-file-value" is set but "config-file-type" is missing',
      notS3Arn:
        '{{container}}: "config-file-value" "{{value}}" is not an S3 object ARN, as "config-file-type" "s3" needs',
      notAbsolutePath:
        '{{container}}: "config-file-value" "{{value}}" is not an absolute path, as "config-file-type" "file" needs',
      reservedPath:
        '{{container}}: "config-file-value" "{{value}}" is where FireLens writes its generated configuration',
    },
  },
  check(task, ctx) {
    const all = containers(task);
    // `null` (as console exports write it) is no router; another non-object is the schema's finding.
    const routers = all.filter((c) => {
      const config: unknown = c.container.firelensConfiguration;
      return config !== undefined && config !== null;
    });
    const users = all.filter((c) => logDriverOf(c) === 'awsfirelens' && !routers.includes(c));
    checkRouterCount(all, routers, users, ctx);
    for (const router of routers) {
      checkRouter(router, ctx);
      const options = obj(obj(router.container.firelensConfiguration)?.options);
      if (!options) continue;
      const optionsPath: JsonPath = [...routerPath(router), 'options'];
      checkUnknownOptions(router.label, options, optionsPath, ctx);
      checkMetadataOption(router.label, options, optionsPath, ctx);
      checkConfigFile(router.label, options, optionsPath, ctx);
    }
  },
});
