import type { JsonPath } from '../types.js';

/** RFC 6901: `['a/b', 0]` → `/a~1b/0`. */
export function toPointer(path: JsonPath): string {
  let out = '';
  for (const seg of path) {
    // Indexes and most keys need no escaping.
    const s = typeof seg === 'number' ? String(seg) : seg;
    out += s.includes('~') || s.includes('/') ? `/${s.replaceAll('~', '~0').replaceAll('/', '~1')}` : `/${s}`;
  }
  return out;
}

/** RFC 6901 decode. Segments that are canonical array indexes become numbers. */
export function fromPointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => {
      const seg = s.replaceAll('~1', '/').replaceAll('~0', '~');
      return /^(0|[1-9]\d*)$/.test(seg) ? Number(seg) : seg;
    });
}
