// Preloaded into a benchmarked server (node --require): how long its main thread ran without
// letting a timer fire, counted in the thread's own CPU time (Linux /proc schedstat), so time the
// process waited for a core on a busy host does not count as blocking. At exit it writes the
// blocks over 20 ms to MAIN_THREAD_BLOCKS_FILE as JSON [[cpuMs, wallMs, endedAtEpochMs], ...], longest first.
const fs = require('node:fs');

const out = process.env.MAIN_THREAD_BLOCKS_FILE;
const stat = `/proc/self/task/${process.pid}/schedstat`;
if (out && fs.existsSync(stat)) {
  const cpuMs = () => Number(fs.readFileSync(stat, 'utf8').split(' ')[0]) / 1e6;
  const blocks = [];
  let lastCpu = cpuMs();
  let lastWall = performance.now();
  const tick = () => {
    const cpu = cpuMs();
    const wall = performance.now();
    if (cpu - lastCpu > 20) blocks.push([Math.round(cpu - lastCpu), Math.round(wall - lastWall), Math.round(performance.timeOrigin + wall)]);
    lastCpu = cpuMs();
    lastWall = performance.now();
    setTimeout(tick, 1).unref();
  };
  setTimeout(tick, 1).unref();
  process.on('exit', () => fs.writeFileSync(out, JSON.stringify(blocks.sort((a, b) => b[0] - a[0]))));
}
