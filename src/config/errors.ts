/** ConfigError lives with UsageError in src/errors.ts (policies and plugins throw it too, below config). */
export { ConfigError } from '../errors.js';
