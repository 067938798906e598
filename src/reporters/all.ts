import { compact } from './compact.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

/** Every reporter, loaded eagerly, for library users (the CLI loads only the formats it prints). */
export const reporters: Readonly<Record<string, Reporter>> = { stylish, compact, json, sarif, github, junit, markdown };
