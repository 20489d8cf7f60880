import { readdirSync, readFileSync } from 'node:fs';

/**
 * Where the CPU of a load run went, read from Linux's /proc: the server's main thread, its other
 * threads (the model thread, libuv's pool, the GC helpers), the load generator (this process) and
 * steal (time the VM's host gave to others). A "not met" throughput goal then says what limits it.
 */
export interface CpuSample {
  atMs: number;
  serverMainMs: number;
  serverOtherMs: number;
  stealMs: number | null;
  selfMicros: number;
}

export interface CpuSplit {
  /** CPU per answered request, ms. */
  perRequestMs: { serverMain: number; serverOther: number; loadGenerator: number; steal: number | null };
  /** Share of the interval the server's main thread was running. */
  mainThreadBusy: number;
  /** Share of all cores' time in use (server, load generator and steal). */
  coresBusy: number;
  /** cores x 1000 / CPU ms per request: the throughput these cores allow at this cost. */
  ceilingRps: number;
}

/** Linux reports thread times in clock ticks of 10 ms (USER_HZ is 100 on every Linux Node runs on). */
const TICK_MS = 10;

function threadMs(statLine: string): number {
  // Fields after the parenthesised command name: state is field 3, utime 14 and stime 15.
  const fields = statLine.slice(statLine.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** A sample of the server process `pid`; undefined off Linux or once the process is gone. */
export function sampleCpu(pid: number): CpuSample | undefined {
  try {
    let serverMainMs = 0;
    let serverOtherMs = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const ms = threadMs(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'));
      if (Number(tid) === pid) serverMainMs = ms;
      else serverOtherMs += ms;
    }
    const self = process.cpuUsage();
    return { atMs: performance.now(), serverMainMs, serverOtherMs, stealMs: stealMs(), selfMicros: self.user + self.system };
  } catch {
    return undefined;
  }
}

/** CPU time the VM's host has taken from this machine since boot, all cores (null off Linux). */
export function stealMs(): number | null {
  try {
    const steal = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/)[8];
    return steal === undefined ? null : Number(steal) * TICK_MS;
  } catch {
    return null;
  }
}

export function cpuSplit(before: CpuSample, after: CpuSample, requests: number, cores: number): CpuSplit {
  const n = Math.max(1, requests);
  const elapsed = Math.max(1, after.atMs - before.atMs);
  const main = after.serverMainMs - before.serverMainMs;
  const other = after.serverOtherMs - before.serverOtherMs;
  const generator = (after.selfMicros - before.selfMicros) / 1000;
  const steal = before.stealMs === null || after.stealMs === null ? null : after.stealMs - before.stealMs;
  const total = main + other + generator + (steal ?? 0);
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    perRequestMs: {
      serverMain: round(main / n),
      serverOther: round(other / n),
      loadGenerator: round(generator / n),
      steal: steal === null ? null : round(steal / n),
    },
    mainThreadBusy: round(main / elapsed),
    coresBusy: round(total / (elapsed * cores)),
    ceilingRps: Math.round((cores * 1000) / (total / n)),
  };
}
