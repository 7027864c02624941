// Loaded with `--require` in NODE_OPTIONS: each Node process prints its peak resident memory as it
// exits, so a test can bound all of it (Buffers too, which --max-old-space-size does not count).
// VmHWM belongs to this process's own address space; getrusage's maxRSS would include the parent's.
const fs = require('node:fs');

process.on('exit', () => {
  const peak = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1];
  if (peak) process.stderr.write(`peak-rss-kb ${peak}\n`);
});
