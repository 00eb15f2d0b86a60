/** Statistics the quality model is built on. Pure functions, no I/O. */

export interface Proportion {
  /** Bad outcomes (or good, as the caller says) and the number of trials. */
  k: number;
  n: number;
  rate: number | null;
  /** 95% Wilson score interval; [0, 1] when n is 0. */
  low: number;
  high: number;
}

const Z95 = 1.959963984540054;

/** The Wilson score interval: honest for small n and rates near 0 or 1, unlike the normal approximation. */
export function wilson(k: number, n: number, z = Z95): Proportion {
  if (n <= 0) return { k: 0, n: 0, rate: null, low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const margin = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // At k = 0 (k = n) the bound is exactly 0 (1); rounding leaves ~1e-17, which would beat a peer p90 of 0.
  const low = k === 0 ? 0 : Math.max(0, centre - margin);
  const high = k >= n ? 1 : Math.min(1, centre + margin);
  return { k, n, rate: p, low, high };
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 via erf), accurate to ~1e-7. */
export function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * One-sided two-proportion z-test that the recent rate is higher than the baseline rate.
 * Returns the p-value; 1 when either sample is empty.
 */
export function worseThanBaselineP(recentK: number, recentN: number, baseK: number, baseN: number): number {
  if (recentN <= 0 || baseN <= 0) return 1;
  const pooled = (recentK + baseK) / (recentN + baseN);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / recentN + 1 / baseN));
  if (se === 0) return recentK / recentN > baseK / baseN ? 0 : 1;
  const z = (recentK / recentN - baseK / baseN) / se;
  return 1 - normalCdf(z);
}

/** Bayesian mean rating: the seller's ratings pulled towards the marketplace mean with `weight` pseudo-reviews. */
export function bayesianRating(sum: number, count: number, priorMean: number, weight = 20): number | null {
  if (count + weight === 0) return null;
  return (sum + priorMean * weight) / (count + weight);
}

/** Net Promoter Score: % promoters (9–10) minus % detractors (0–6), −100..100. */
export function nps(promoters: number, detractors: number, answers: number): number | null {
  if (answers === 0) return null;
  return Math.round(((promoters - detractors) / answers) * 100);
}
