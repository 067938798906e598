import type { Reporter } from './types.js';
/** Every reporter, loaded eagerly, for library users (the CLI loads only the formats it prints). */
export declare const reporters: Readonly<Record<string, Reporter>>;
