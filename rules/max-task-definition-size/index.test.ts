import { describe, expect, it } from 'vitest';
import { registeredSize } from './index.js';

describe('registeredSize', () => {
  const task = {
    family: 'web',
    containerDefinitions: [{ name: 'app', image: 'nginx', environment: [{ name: 'É', value: '€' }] }],
  };

  it('counts UTF-8 bytes of the minified JSON', () => {
    const json = JSON.stringify(task);
    expect(registeredSize(task, 'task-definition')).toBe(json.length + 1 + 2); // É is 2 bytes, € is 3
  });

  it('leaves out what describe output adds and AWS does not receive', () => {
    const described = {
      ...task,
      taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3',
      revision: 3,
    };
    expect(registeredSize(described, 'describe-output')).toBe(registeredSize(task, 'task-definition'));
  });

  it('leaves out the Elastic Beanstalk keys of a Dockerrun v2 file', () => {
    const dockerrun = { AWSEBDockerrunVersion: 2, containerDefinitions: task.containerDefinitions };
    expect(registeredSize(dockerrun, 'dockerrun-v2')).toBe(
      registeredSize({ containerDefinitions: task.containerDefinitions }, 'task-definition'),
    );
  });
});
