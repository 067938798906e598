// Preloaded with --import when /usr/bin/time is missing: writes the process's peak RSS (KiB) to a file.
import { writeFileSync } from 'node:fs';

const out = process.env.ECSLINT_BENCH_RSS_FILE;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
