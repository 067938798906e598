// The bundles do not carry package.json: scripts/build.mjs replaces this module with the version string.
import pkg from '../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
