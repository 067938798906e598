import { describe, expect, it } from 'vitest';
import { membersNewerThanDeployAction } from './deploy-action.js';
import type { DeployTarget } from './group.js';
import { lintText } from './lint.js';

/** An inference service sharing one GPU between two containers with NVIDIA MPS (ECS on EC2). */
const GPU_SHARING = `{
  "family": "inference",
  "requiresCompatibilities": ["EC2"],
  "networkMode": "bridge",
  "containerDefinitions": [
    {
      "name": "embeddings",
      "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/embeddings:2.3.1",
      "memory": 4096,
      "essential": true,
      "resourceRequirements": [
        { "type": "GPU", "sharingStrategy": { "nvidiaMps": { "memory": 6144, "maxComputePercent": 50 } } }
      ]
    },
    {
      "name": "reranker",
      "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/reranker:1.0.4",
      "memory": 2048,
      "essential": true,
      "resourceRequirements": [{ "type": "GPU", "value": "1" }]
    }
  ]
}
`;

const lint = (text: string, target?: DeployTarget) =>
  lintText(text, {
    file: 'task-definition.json',
    rules: [],
    settings: { rules: new Map(), ...(target ? { target } : {}) },
  }).diagnostics.map(
    (d) => `${d.range.start.line}:${d.range.start.column}-${d.range.end.column} ${d.severity} ${d.message}`,
  );

describe('members newer than the deploy Action’s SDK', () => {
  it('under deploy-action, warns on each, at its key, naming the container and the release', () => {
    expect(lint(GPU_SHARING, 'deploy-action')).toEqual([
      '12:26-43 warning container "embeddings": "sharingStrategy" is newer than the AWS SDK in amazon-ecs-deploy-task-definition v2.6.3 (@aws-sdk/client-ecs 3.1076.0), which drops it from the RegisterTaskDefinition request without a word',
    ]);
  });

  it('says nothing under the other targets: the AWS CLI and the SDKs of today know it', () => {
    for (const target of [undefined, 'aws-cli', 'cloudformation', 'terraform'] as const) {
      expect(lint(GPU_SHARING, target)).toEqual([]);
    }
  });

  it('finds only members that are there and not null', () => {
    expect(membersNewerThanDeployAction(JSON.parse(GPU_SHARING))).toEqual([
      ['containerDefinitions', 0, 'resourceRequirements', 0, 'sharingStrategy'],
    ]);
    const nullOne = { containerDefinitions: [{ resourceRequirements: [{ type: 'GPU', sharingStrategy: null }] }] };
    expect(membersNewerThanDeployAction(nullOne)).toEqual([]);
    expect(membersNewerThanDeployAction({ containerDefinitions: { resourceRequirements: [] } })).toEqual([]);
    expect(membersNewerThanDeployAction(null)).toEqual([]);
  });
});
