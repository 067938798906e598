import type { JsonPath } from '../types.js';
/** RFC 6901: `['a/b', 0]` → `/a~1b/0`. */
export declare function toPointer(path: JsonPath): string;
/** RFC 6901 decode. Segments that are canonical array indexes become numbers. */
export declare function fromPointer(pointer: string): (string | number)[];
