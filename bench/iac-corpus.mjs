// The benchmark corpus as CloudFormation: each parseable task definition of a corpus folder written as a
// template (JSON and YAML), beside a copy of the same raw files, so the two forms lint the same documents.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** Keys whose members are the user's (not property names), as CloudFormation keeps them. */
const MAPS = new Set(['dockerLabels', 'options', 'driverOpts', 'labels']);
const SPECIAL = {
  efsVolumeConfiguration: 'EFSVolumeConfiguration',
  iam: 'IAM',
  properties: 'ProxyConfigurationProperties',
};

function toCfn(value, parentKey) {
  if (Array.isArray(value)) return value.map((v) => toCfn(v, parentKey));
  if (typeof value !== 'object' || value === null) return value;
  if (MAPS.has(parentKey)) return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    let name = SPECIAL[k] ?? k.charAt(0).toUpperCase() + k.slice(1);
    if (k === 'fileSystemId' && parentKey === 'efsVolumeConfiguration') name = 'FilesystemId';
    out[name] = toCfn(v, k);
  }
  return out;
}

/** The text and value of each .json file under `dir` that parses (the generator's syntax mistakes do not). */
export function* parsedFiles(dir) {
  for (const file of jsonFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    let task;
    try {
      task = JSON.parse(text);
    } catch {
      continue;
    }
    yield { text, task };
  }
}

export function* jsonFiles(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* jsonFiles(path);
    else if (name.endsWith('.json')) yield path;
  }
}

/** Writes `out`/raw, `out`/cfn-json and `out`/cfn-yaml; returns how many documents each holds. */
export function writeIacCorpora(src, out) {
  const dirs = ['raw', 'cfn-json', 'cfn-yaml'].map((d) => join(out, d));
  for (const d of dirs) mkdirSync(d, { recursive: true });
  let n = 0;
  for (const { text, task } of parsedFiles(src)) {
    const template = {
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: { TaskDefinition: { Type: 'AWS::ECS::TaskDefinition', Properties: toCfn(task) } },
    };
    writeFileSync(join(dirs[0], `${n}.json`), text);
    writeFileSync(join(dirs[1], `${n}.template.json`), `${JSON.stringify(template, null, 2)}\n`);
    writeFileSync(join(dirs[2], `${n}.yaml`), stringify(template));
    n++;
  }
  return n;
}
