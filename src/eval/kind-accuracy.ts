/**
 * How well generated questions are answered or refused: each kind of question (a register of an
 * answerable one, a perturbation of an unanswerable one) weighs the same within its class, so the
 * generator's most prolific template does not set the figure; then both classes weigh the same.
 */
export function balancedAccuracy(outcomes: { kind: string; answerable: boolean; right: boolean }[]): {
  answerable: number;
  unanswerable: number;
  balanced: number;
} {
  const byKind = new Map<string, { right: number; all: number; answerable: boolean }>();
  for (const o of outcomes) {
    const entry = byKind.get(o.kind) ?? { right: 0, all: 0, answerable: o.answerable };
    entry.right += o.right ? 1 : 0;
    entry.all += 1;
    byKind.set(o.kind, entry);
  }
  const mean = (answerable: boolean) => {
    const kinds = [...byKind.values()].filter((k) => k.answerable === answerable);
    return kinds.length === 0 ? 0 : kinds.reduce((sum, k) => sum + k.right / k.all, 0) / kinds.length;
  };
  const answerable = mean(true);
  const unanswerable = mean(false);
  return { answerable, unanswerable, balanced: (answerable + unanswerable) / 2 };
}
