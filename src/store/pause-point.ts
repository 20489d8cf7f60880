/**
 * Crash testing: when POLICY_QA_PAUSE_AT names this point, the process says so on stderr and
 * stops there for good, so a test can kill -9 it at exactly that step of a write. Costs one
 * comparison otherwise.
 */
export async function pausePoint(name: string): Promise<void> {
  if (globalThis.process?.env?.POLICY_QA_PAUSE_AT !== name) return;
  process.stderr.write(`policy-qa: paused at ${name}\n`);
  await new Promise<never>(() => {
    setInterval(() => {}, 1 << 30);
  });
}
