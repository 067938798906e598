// The benchmark's corpus for `--fix`: each generated task definition written again as the console's and
// `describe-task-definition`'s JSON is (read-only members such as revision and status, and null members),
// which is what most real files that --fix changes look like (../shared/corpus/real-world). Files that do not
// parse (the generator's syntax mistakes) are copied as they are.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { jsonFiles } from './iac-corpus.mjs';

/** Write the describe-output form of every .json file under `from` to the same place under `to`; returns the count. */
export function writeFixCorpus(from, to) {
  let count = 0;
  for (const file of jsonFiles(from)) {
    const text = readFileSync(file, 'utf8');
    const out = join(to, relative(from, file));
    mkdirSync(join(out, '..'), { recursive: true });
    writeFileSync(out, describeForm(text));
    count++;
  }
  return count;
}

function describeForm(text) {
  let task;
  try {
    task = JSON.parse(text);
  } catch {
    return text;
  }
  if (task === null || typeof task !== 'object' || Array.isArray(task)) return text;
  const family = typeof task.family === 'string' ? task.family : 'app';
  const described = {
    taskDefinitionArn: `arn:aws:ecs:us-east-1:111122223333:task-definition/${family}:7`,
    ...task,
    revision: 7,
    status: 'ACTIVE',
    requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.logging-driver.awslogs' }],
    compatibilities: ['EC2', 'FARGATE'],
    registeredAt: '2026-11-02T10:14:03.120Z',
    registeredBy: 'arn:aws:iam::111122223333:user/deploy',
  };
  if (Array.isArray(described.containerDefinitions)) {
    described.containerDefinitions = described.containerDefinitions.map((c, i) =>
      i === 0 && c && typeof c === 'object' ? { ...c, links: null, hostname: null, dnsServers: null } : c,
    );
  }
  return `${JSON.stringify(described, null, 2)}\n`;
}
