import { defineRule } from '../../src/rule.js';
import type { JsonPath } from '../../src/types.js';
import { arr, isExternal, isObject, isWindows, obj, volumes } from '../_helpers/index.js';

const EXTERNAL_HINT = 'or remove "EXTERNAL" from "requiresCompatibilities" if the task does not run on ECS Anywhere';

export default defineRule({
  meta: {
    id: 'valid-external-task',
    category: 'correctness',
    description: 'Disallow awsvpc, EFS volumes and App Mesh in tasks for the EXTERNAL launch type (ECS Anywhere)',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-anywhere.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
    ],
    messages: {
      awsvpc: '"networkMode" "awsvpc" is not supported on the EXTERNAL launch type (ECS Anywhere)',
      efs: '{{volume}}: EFS volumes ("efsVolumeConfiguration") are not supported on the EXTERNAL launch type (ECS Anywhere)',
      appMesh: '"proxyConfiguration" (App Mesh) is not supported on the EXTERNAL launch type (ECS Anywhere)',
    },
  },
  check(task, ctx) {
    if (!isExternal(task, ctx)) return;
    const listed = arr(task.requiresCompatibilities).indexOf('EXTERNAL');
    const related =
      listed >= 0
        ? [
            {
              path: ['requiresCompatibilities', listed] as JsonPath,
              message: 'the task is for the EXTERNAL launch type',
            },
          ]
        : [];

    if (task.networkMode === 'awsvpc') {
      ctx.report({
        messageId: 'awsvpc',
        path: ['networkMode'],
        hint: isWindows(task)
          ? `remove "networkMode" (Windows on ECS Anywhere uses the default network mode), ${EXTERNAL_HINT}`
          : `use "bridge", "host" or "none", ${EXTERNAL_HINT}`,
        related,
      });
    }

    for (const v of volumes(task)) {
      if (!isObject(v.volume.efsVolumeConfiguration)) continue;
      ctx.report({
        messageId: 'efs',
        path: [...v.path, 'efsVolumeConfiguration'],
        target: 'key',
        data: { volume: v.name === undefined ? `volume #${v.index + 1}` : `volume "${v.name}"` },
        hint: `mount the file system on the host and use a "host" bind mount volume, ${EXTERNAL_HINT}`,
        related,
      });
    }

    const proxy = obj(task.proxyConfiguration);
    if (proxy !== undefined) {
      ctx.report({
        messageId: 'appMesh',
        path: ['proxyConfiguration'],
        target: 'key',
        hint: `remove "proxyConfiguration", ${EXTERNAL_HINT}`,
        related,
      });
    }
  },
});
