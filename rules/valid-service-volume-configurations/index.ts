import { defineRule, LAUNCH_KINDS } from '../../src/rule.js';
import { hasPlaceholder, quoteList, volumes } from '../_helpers/index.js';
import { launchView, lazy, objects, paired, str } from '../_helpers/launch.js';

export default defineRule({
  meta: {
    id: 'valid-service-volume-configurations',
    category: 'correctness',
    description: 'Require each "volumeConfigurations" entry to name a task-definition volume configured at launch',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceVolumeConfiguration.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-volumes.html',
    ],
    messages: {
      noVolume: 'volume configuration {{name}} names no volume of {{td}} ({{listed}})',
      notAtLaunch:
        'volume configuration {{name}} names a volume that is not "configuredAtLaunch" in {{td}}: only such a volume takes its configuration from the service or task launch',
    },
    appliesTo: LAUNCH_KINDS,
  },
  check(task, ctx) {
    const td = paired(ctx);
    if (!td) return;
    const all = volumes(td.task);
    if (all.some((v) => v.name === undefined || hasPlaceholder(v.name))) return;
    // Looked up by name, and listed once: a service with many volume configurations stays linear.
    const byName = new Map<string, (typeof all)[number]>();
    for (const v of all) if (v.name !== undefined && !byName.has(v.name)) byName.set(v.name, v);
    const atLaunch = all.filter((v) => v.volume.configuredAtLaunch === true);
    const listed = lazy(() =>
      all.length === 0 ? 'it has none' : `it has ${quoteList(all.map((v) => String(v.name)))}`,
    );
    for (const [config, i] of objects(launchView(task).volumeConfigurations)) {
      const name = str(config.name);
      if (name === undefined || hasPlaceholder(name)) continue;
      const volume = byName.get(name);
      if (!volume) {
        const only = atLaunch.length === 1 ? atLaunch[0] : undefined;
        ctx.report({
          messageId: 'noVolume',
          path: ['volumeConfigurations', i, 'name'],
          data: {
            name: JSON.stringify(name),
            td: td.label,
            listed: listed(),
          },
          hint: only?.name
            ? `did you mean "${only.name}"?`
            : 'add a volume with "configuredAtLaunch": true to the task definition',
          related: [
            only
              ? { in: 'task-definition', path: [...only.path, 'name'], message: 'the volume configured at launch' }
              : Array.isArray(td.task.volumes)
                ? { in: 'task-definition', path: ['volumes'], message: 'the volumes', target: 'key' }
                : { in: 'task-definition', path: [], message: 'the task definition, with no volumes', target: 'key' },
          ],
        });
        continue;
      }
      if (volume.volume.configuredAtLaunch !== true) {
        ctx.report({
          messageId: 'notAtLaunch',
          path: ['volumeConfigurations', i, 'name'],
          data: { name: JSON.stringify(name), td: td.label },
          hint: 'set "configuredAtLaunch": true on the volume in the task definition',
          related: [{ in: 'task-definition', path: [...volume.path, 'name'], message: 'the volume' }],
        });
      }
    }
  },
});
