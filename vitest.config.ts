import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'rules/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    // The browser tests need Chromium: vitest.browser.config.ts (`npm run test:browser`) runs them.
    exclude: [...configDefaults.exclude, 'test/browser/**'],
    testTimeout: 60_000,
  },
});
