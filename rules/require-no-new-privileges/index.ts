import { defineRule, type RuleContext, type TaskView } from '../../src/rule.js';
import { atContainer, containers, hasPlaceholder, hasTaskContext, isWindows } from '../_helpers/index.js';

/**
 * Does `launchTypes(task, ctx)` hold a type other than EC2 and EXTERNAL, or a type a template fills in?
 * Read from the list as it does (each item as a string; Dockerrun v2 is EC2), without building the set.
 */
function runsElsewhere(task: TaskView, ctx: Pick<RuleContext<string, unknown>, 'kind'>): boolean {
  const listed = task.requiresCompatibilities;
  if (ctx.kind === 'dockerrun-v2' || !Array.isArray(listed)) return false;
  for (let i = 0; i < listed.length; i++) {
    const type = String(listed[i]);
    // A launch type a template fills in may be FARGATE, where the option is not allowed.
    if (type === 'FARGATE' || type === 'MANAGED_INSTANCES' || hasPlaceholder(type)) return true;
  }
  return false;
}

/** Does the list hold `no-new-privileges` (or `…:true`, `…=true`)? */
function setsNoNewPrivileges(options: unknown): boolean {
  if (!Array.isArray(options)) return false;
  for (let i = 0; i < options.length; i++) {
    const o: unknown = options[i];
    if (typeof o === 'string' && /^no-new-privileges(?:[:=]true)?$/.test(o.trim())) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'require-no-new-privileges',
    category: 'security',
    description: 'Require "no-new-privileges" in the Docker security options of EC2 Linux containers',
    severity: 'note',
    presets: { recommended: 'off', strict: 'note' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security',
    ],
    messages: {
      missing: '{{container}} does not set "no-new-privileges" in "dockerSecurityOptions"',
    },
  },
  check(task, ctx) {
    // dockerSecurityOptions is for EC2 and EXTERNAL Linux containers only (aws-facts §4.25): Fargate
    // rejects it, and a bare container list does not say where it runs.
    if (!hasTaskContext(ctx) || isWindows(task) || runsElsewhere(task, ctx)) return;
    for (const c of containers(task)) {
      if (setsNoNewPrivileges(c.container.dockerSecurityOptions)) continue;
      const written = c.container.dockerSecurityOptions !== undefined;
      ctx.report({
        messageId: 'missing',
        ...(written
          ? { path: [...c.path, 'dockerSecurityOptions'], target: 'key' as const }
          : c.name === undefined
            ? { path: [...c.path, 'dockerSecurityOptions'] }
            : atContainer(c)),
        data: { container: c.label },
        hint: 'add "no-new-privileges" to "dockerSecurityOptions" so setuid programs cannot raise its privileges',
      });
    }
  },
});
