// The throughput baseline: read and JSON.parse every .json file under the given folders, nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let files = 0;
let bytes = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.json')) {
      const text = readFileSync(path, 'utf8');
      bytes += text.length;
      files++;
      try {
        JSON.parse(text);
      } catch {}
    }
  }
};
for (const dir of process.argv.slice(2)) walk(dir);
process.stdout.write(`${files} files, ${bytes} characters\n`);
