import { defineRule } from '../../src/rule.js';
import { hasTaskContext, isFargate, isWindows, num, obj } from '../_helpers/index.js';

const MIN_GIB = 21;
const MAX_GIB = 200;

export default defineRule({
  meta: {
    id: 'valid-ephemeral-storage',
    category: 'correctness',
    description: 'Require ephemeral storage of 21 to 200 GiB, and warn when a Windows task on Fargate sets it',
    severity: 'error',
    presets: { recommended: 'error', strict: 'error' },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EphemeralStorage.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html',
    ],
    messages: {
      range: '"sizeInGiB" {{size}} is out of range; ephemeral storage must be an integer from 21 to 200 GiB',
      windows:
        '"ephemeralStorage" is not supported for Windows containers on Fargate, according to the Fargate storage guide',
    },
  },
  check(task, ctx) {
    if (!hasTaskContext(ctx)) return;
    const storage = obj(task.ephemeralStorage);
    if (!storage) return;

    // A non-number or a fraction is the schema's finding (sizeInGiB is an integer).
    const size = num(storage.sizeInGiB);
    if (size !== undefined && Number.isInteger(size) && (size < MIN_GIB || size > MAX_GIB)) {
      ctx.report({
        messageId: 'range',
        path: ['ephemeralStorage', 'sizeInGiB'],
        data: { size },
        hint:
          size < MIN_GIB
            ? 'remove "ephemeralStorage" to get the default 20 GiB, or ask for 21 GiB or more'
            : 'ask for at most 200 GiB; mount an EFS volume for more space',
      });
    }

    if (isWindows(task) && isFargate(task, ctx)) {
      ctx.report({
        messageId: 'windows',
        path: ['ephemeralStorage'],
        target: 'key',
        severity: 'warning',
        hint: 'remove "ephemeralStorage"; Windows tasks on Fargate get a fixed amount of storage',
      });
    }
  },
});
