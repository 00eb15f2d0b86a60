/**
 * Exact tests for the small counts quality judgements are made on (a handful of defects in a month), where the
 * normal approximation is anti-conservative. Mid-p values: the probability of a more extreme count plus half
 * the probability of the observed one, whose size is on average the nominal level, where the plain exact test
 * is too conservative at counts of a few events. Pure functions, no I/O.
 */

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9): about 15 significant digits. */
const LANCZOS = [
  0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406, 12.507343278686905,
  -0.13857109526572012, 9.984369578019572e-6, 1.5056327351493116e-7,
];
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (LANCZOS[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Binomial probability P(X = k) for X ~ Bin(n, p). */
export function binomialPmf(k: number, n: number, p: number): number {
  if (k < 0 || k > n) return 0;
  if (p <= 0) return k === 0 ? 1 : 0;
  if (p >= 1) return k === n ? 1 : 0;
  const log = logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p);
  return Math.exp(log);
}

/** Every probability of Bin(n, p), from 0 to n, by the ratio of neighbouring terms from the mode outwards. */
export function binomialDistribution(n: number, p: number): Float64Array {
  const out = new Float64Array(n + 1);
  if (p <= 0) {
    out[0] = 1;
    return out;
  }
  if (p >= 1) {
    out[n] = 1;
    return out;
  }
  const mode = Math.min(n, Math.floor((n + 1) * p));
  out[mode] = binomialPmf(mode, n, p);
  const odds = p / (1 - p);
  for (let k = mode; k < n; k++) out[k + 1] = ((out[k] as number) * (n - k) * odds) / (k + 1);
  for (let k = mode; k > 0; k--) out[k - 1] = ((out[k] as number) * k) / ((n - k + 1) * odds);
  return out;
}

/** Tail terms smaller than this share of the sum so far stop the summation. */
const NEGLIGIBLE = 1e-15;

/**
 * One-sided mid-p value of k or more successes out of n when the rate is at most p:
 * P(X > k) + P(X = k) / 2 for X ~ Bin(n, p).
 */
export function binomialMidP(k: number, n: number, p: number): number {
  if (n <= 0) return 1;
  if (k <= 0) return 1 - binomialPmf(0, n, p) / 2;
  if (k > n) return 0;
  const atK = binomialPmf(k, n, p);
  // Below the mean, the upper tail is one minus the (shorter) lower one.
  if (k < n * p) {
    let below = 0;
    let term = atK;
    for (let j = k; j > 0 && term > NEGLIGIBLE * below; j--) {
      term = (term * j * (1 - p)) / ((n - j + 1) * p);
      below += term;
    }
    return Math.min(1, Math.max(0, 1 - below - atK / 2));
  }
  let above = 0;
  let term = atK;
  const odds = p / (1 - p);
  for (let j = k; j < n; j++) {
    term = (term * (n - j) * odds) / (j + 1);
    above += term;
    if (term <= NEGLIGIBLE * above) break;
  }
  return Math.min(1, above + atK / 2);
}

/**
 * One stratum of a conditional two-sample test: `recentK` of the `recentK + baselineK` bad outcomes fell in the
 * recent period, which had `recentN` of the `recentN + baselineN` chances.
 */
export interface Stratum {
  recentK: number;
  recentN: number;
  baselineK: number;
  baselineN: number;
}

/**
 * Exact conditional test that the recent rates are higher than the baseline's, over one or more strata (the
 * metrics of one group) assumed to rise together. Given each stratum's total, its recent count is
 * Bin(total, recentN / (recentN + baselineN)) when nothing changed (the conditional test for two rates of rare
 * events; for one stratum it is the exact binomial form of the two-proportion test); the statistic is the sum
 * of the recent counts, whose distribution is the convolution of the strata's. Returns the mid-p value.
 */
export function worsenedMidP(strata: readonly Stratum[]): number {
  let distribution: Float64Array = new Float64Array([1]);
  let observed = 0;
  for (const s of strata) {
    const total = s.recentK + s.baselineK;
    if (total === 0 || s.recentN <= 0) continue;
    if (s.baselineN <= 0) return 1;
    observed += s.recentK;
    const own = binomialDistribution(total, s.recentN / (s.recentN + s.baselineN));
    distribution = convolve(distribution, own);
  }
  if (observed === 0) return 1;
  let above = 0;
  for (let i = observed + 1; i < distribution.length; i++) above += distribution[i] as number;
  return Math.min(1, above + (distribution[observed] as number) / 2);
}

function convolve(a: Float64Array, b: Float64Array): Float64Array {
  if (a.length === 1) return Float64Array.from(b, (x) => x * (a[0] as number));
  const out = new Float64Array(a.length + b.length - 1);
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    if (x < 1e-300) continue;
    for (let j = 0; j < b.length; j++) out[i + j] = (out[i + j] as number) + x * (b[j] as number);
  }
  return out;
}

/**
 * Holm's step-down procedure with weights (Holm 1979): hypothesis i is tested at `alpha × weight_i / (sum of
 * the weights not yet rejected)`, the smallest p over its weight first, until one fails. Controls the chance
 * of any false rejection at `alpha` whatever the dependence between the tests. Returns which were rejected.
 */
export function holmRejected(pValues: readonly number[], alpha: number, weights?: readonly number[]): boolean[] {
  const weight = (i: number) => weights?.[i] ?? 1;
  const rejected = new Array<boolean>(pValues.length).fill(false);
  let total = 0;
  let smallest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < pValues.length; i++) {
    total += weight(i);
    smallest = Math.min(smallest, (pValues[i] as number) / weight(i));
  }
  // Most sellers: nothing near significance, and no sort needed to say so.
  if (smallest > alpha / total) return rejected;
  const order = pValues
    .map((_, i) => i)
    .sort((a, b) => (pValues[a] as number) / weight(a) - (pValues[b] as number) / weight(b));
  let remaining = total;
  for (const i of order) {
    if ((pValues[i] as number) > (alpha * weight(i)) / remaining) break;
    rejected[i] = true;
    remaining -= weight(i);
  }
  return rejected;
}
