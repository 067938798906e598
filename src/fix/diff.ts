/** A fixed file as a unified diff (`--fix-dry-run`). */
import { createTwoFilesPatch } from 'diff';

/** A git-style unified diff of one file (`git apply` takes it). */
export function unifiedDiff(file: string, before: string, after: string): string {
  const name = file.split('\\').join('/').replace(/^\/+/, '');
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 })
    .replace(/^=+\n/, '')
    .replace(/^Index: [^\n]*\n/, '');
}
