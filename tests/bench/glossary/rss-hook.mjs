// Loaded with `node --import` into a measured Node process when /usr/bin/time is missing:
// writes the process's resource usage (peak RSS, CPU time) to $BENCH_RSS_FILE on exit.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      writeFileSync(file, JSON.stringify(process.resourceUsage()));
    } catch {
      /* best effort */
    }
  });
}
