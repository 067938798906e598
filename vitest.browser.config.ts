import { defineConfig } from 'vitest/config';

// The playground in headless Chromium (test/browser/README.md): `npm run test:browser`, run by .ci/run.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time: the machine is shared.
    fileParallelism: false,
  },
});
