import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import rule from './index.js';

function lint(doc: unknown): string[] {
  const rules = new Map([[rule.meta.id, { level: rule.meta.severity }]]);
  const result = lintText(JSON.stringify(doc, null, 2), { file: 't.json', rules: [rule], settings: { rules } });
  return result.diagnostics.filter((d) => d.ruleId === rule.meta.id).map((d) => `${d.severity}: ${d.message}`);
}

const task = (requiresCompatibilities: unknown) => ({
  family: 'agent',
  requiresCompatibilities,
  containerDefinitions: [{ name: 'agent', image: 'public.ecr.aws/cloudwatch-agent/cloudwatch-agent:1.300049.1b929' }],
});

describe('require-no-new-privileges', () => {
  it('asks for the option on EC2 and EXTERNAL, not where a template fills in the launch type', () => {
    const missing = ['note: container "agent" does not set "no-new-privileges" in "dockerSecurityOptions"'];
    expect(lint(task(['EC2']))).toEqual(missing);
    expect(lint(task(['EXTERNAL']))).toEqual(missing);
    expect(lint(task(['FARGATE']))).toEqual([]);
    // The template may render FARGATE, where "dockerSecurityOptions" is rejected.
    expect(lint(task(['{{launchtype}}']))).toEqual([]);
    expect(lint(task(['EC2', '${LAUNCH_TYPE}']))).toEqual([]);
  });
});
