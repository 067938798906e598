// esbuild plugins shared by the bundles (scripts/esbuild-common.mjs) and the playground (scripts/build-playground.mjs).

/** src/version.ts reads package.json (for vitest and tsc); a bundle needs the version string alone. */
export const versionPlugin = (version) => ({
  name: 'version',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]version\.ts$/ }, () => ({
      contents: `export const VERSION = ${JSON.stringify(version)};`,
      loader: 'ts',
    }));
  },
});
