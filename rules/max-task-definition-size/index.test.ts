import { describe, expect, it } from 'vitest';
import { jsonBytes, registeredSize } from './index.js';

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

describe('jsonBytes', () => {
  const utf8 = (v: unknown) => new TextEncoder().encode(JSON.stringify(v) ?? '').length;

  it('counts what JSON.stringify writes, in UTF-8 bytes', () => {
    const values: unknown[] = [
      'plain',
      '',
      'quote " backslash \\ slash /',
      'controls \b\t\n\f\r \u0000 \u001f \u007f',
      'é € 𝄞 😀',
      'lone \ud800 and \udc00 surrogates, \ud83d',
      [0, -0, 1.5, -2e-7, 1e21, 123456789012, Number.NaN, Number.POSITIVE_INFINITY],
      [true, false, null, [], {}, [[]], [undefined]],
      { a: 1, 'k"ey': 'v', é: { nested: ['x', { y: null }] }, gone: undefined },
      JSON.parse('{"__proto__": {"a": 1}, "toJSON": "not a function"}'),
      { when: new Date(0), custom: { toJSON: () => 'short' }, none: { toJSON: () => undefined } },
      Object.assign(Object.create(null), { a: 'b' }),
    ];
    for (const value of values) expect(jsonBytes(value), JSON.stringify(value)).toBe(utf8(value));
    expect(jsonBytes(undefined)).toBeUndefined();
  });
});
