/**
 * Logistic regression over named features: the one model that turns evidence signals into a
 * calibrated probability. Pure; the fit runs offline (npm run fit:answerability).
 */

export type Features<K extends string> = Record<K, number>;

export interface LogisticModel<K extends string> {
  bias: number;
  weights: Record<K, number>;
  /** Probability at or above which the decision is positive (chosen by the fit). */
  threshold: number;
}

export function probability<K extends string>(model: LogisticModel<K>, features: Features<K>): number {
  let z = model.bias;
  for (const key of Object.keys(model.weights) as K[]) z += model.weights[key] * (features[key] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

export interface Example<K extends string> {
  features: Features<K>;
  label: 0 | 1;
  /** How much the example counts in the loss (default 1). */
  weight?: number;
}

/**
 * Fits by full-batch gradient descent on the mean log loss with an L2 penalty (the bias is not
 * penalised). Features are expected in comparable ranges (shares and flags in [0, 1]); classes are
 * weighted equally, so a generator that makes more positives than negatives does not tilt the bias.
 */
export function fitLogistic<K extends string>(
  keys: readonly K[],
  examples: Example<K>[],
  options: {
    l2?: number;
    rate?: number;
    epochs?: number;
    /**
     * The sign each weight must keep (+1 or -1; unlisted ones are free): the direction a feature
     * can move the probability is known beforehand (more coverage never makes an answer less
     * likely), so a quirk of the training questions cannot reverse it. Enforced by projecting
     * the weight back to zero after each step.
     */
    signs?: Partial<Record<K, 1 | -1>>;
    /**
     * Weights held at the given value, not fitted (features outside `keys`): a logical veto has a
     * known effect (no answer), so its weight is a constraint of the model, not a quantity to
     * estimate. The fitted weights and bias are fitted around them, and returned with them.
     */
    fixed?: Partial<Record<K, number>>;
  } = {},
): LogisticModel<K> {
  const l2 = options.l2 ?? 0.001;
  const rate = options.rate ?? 0.5;
  const epochs = options.epochs ?? 3000;
  const mass = (label: 0 | 1) => examples.filter((e) => e.label === label).reduce((sum, e) => sum + (e.weight ?? 1), 0);
  const massOf = [mass(0), mass(1)];
  const totalMass = (massOf[0] ?? 0) + (massOf[1] ?? 0);
  const classWeight = (label: 0 | 1) => totalMass / (2 * Math.max(1e-9, massOf[label] ?? 0));
  // The features as one flat matrix and each example's weight, read thousands of times per fit.
  const n = examples.length;
  const d = keys.length;
  const x = new Float64Array(n * d);
  const y = new Float64Array(n);
  const weightOf = new Float64Array(n);
  const fixed = Object.entries(options.fixed ?? {}) as [K, number][];
  if (fixed.some(([k]) => keys.includes(k))) throw new Error('fitLogistic: a feature is either fitted or fixed, not both');
  // Each example's fixed part of the logit, added to what is fitted.
  const offset = new Float64Array(n);
  examples.forEach((e, row) => {
    offset[row] = fixed.reduce((sum, [k, weight]) => sum + weight * (e.features[k] ?? 0), 0);
    keys.forEach((k, col) => {
      x[row * d + col] = e.features[k] ?? 0;
    });
    y[row] = e.label;
    weightOf[row] = classWeight(e.label) * (e.weight ?? 1);
  });
  const w = new Float64Array(d);
  const grad = new Float64Array(d);
  const signs = keys.map((k) => options.signs?.[k]);
  let bias = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    grad.fill(0);
    let gradBias = 0;
    for (let row = 0; row < n; row++) {
      let z = bias + (offset[row] ?? 0);
      for (let col = 0; col < d; col++) z += (w[col] ?? 0) * (x[row * d + col] ?? 0);
      const error = (1 / (1 + Math.exp(-z)) - (y[row] ?? 0)) * (weightOf[row] ?? 0);
      for (let col = 0; col < d; col++) grad[col] = (grad[col] ?? 0) + error * (x[row * d + col] ?? 0);
      gradBias += error;
    }
    for (let col = 0; col < d; col++) {
      const next = (w[col] ?? 0) - rate * ((grad[col] ?? 0) / totalMass + l2 * (w[col] ?? 0));
      const sign = signs[col];
      w[col] = sign !== undefined && next * sign < 0 ? 0 : next;
    }
    bias -= (rate * gradBias) / totalMass;
  }
  const weights = Object.fromEntries([...keys.map((k, i) => [k, w[i] ?? 0]), ...fixed]) as Record<K, number>;
  return { bias, weights, threshold: 0.5 };
}

/** The threshold that maximises balanced accuracy (mean of the two classes' recall) on `examples`. */
export function balancedThreshold<K extends string>(model: LogisticModel<K>, examples: Example<K>[]): number {
  const scored = examples.map((e) => ({ p: probability(model, e.features), label: e.label }));
  const candidates = [...new Set(scored.map((s) => Math.round(s.p * 1000) / 1000))].sort((a, b) => a - b);
  let best = 0.5;
  let bestScore = -1;
  for (const t of candidates) {
    const score = balancedAccuracy(scored, t);
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

export function balancedAccuracy(scored: { p: number; label: 0 | 1 }[], threshold: number): number {
  const pos = scored.filter((s) => s.label === 1);
  const neg = scored.filter((s) => s.label === 0);
  const tpr = pos.filter((s) => s.p >= threshold).length / Math.max(1, pos.length);
  const tnr = neg.filter((s) => s.p < threshold).length / Math.max(1, neg.length);
  return (tpr + tnr) / 2;
}
