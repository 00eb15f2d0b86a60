import { type Reason, reasons } from '../../../shared/reasons.ts';
import { tokenize } from './matcher.ts';

/**
 * A small multi-label reason model (one-vs-rest logistic regression) trained at start-up on the reviews and
 * lexicon phrases we ship. The lexicons are precise but miss paraphrases ("staring at the tracking page for
 * three weeks"); the model generalises from word stems, stem pairs and character n-grams, so it catches
 * inflections, typos and wordings no phrase list names. Training is deterministic (seeded order).
 */
export interface TrainingExample {
  text: string;
  reasons: readonly Reason[];
  /** Lexicon phrases are short and certain; whole reviews carry more context. */
  weight?: number;
}

export interface ReasonModel {
  /** Per feature, one weight per reason (in `reasons` order). */
  weights: Map<string, Float32Array>;
  bias: Float32Array;
}

const R = reasons.length;
const CJK = /[\u3400-\u9fff]/u;

/** Stems, stem pairs within a clause, and character 4-grams of longer words; CJK text as character 2/3-grams. */
export function featuresOf(text: string): string[] {
  const features = new Set<string>();
  let previous: string | null = null;
  for (const token of tokenize(text)) {
    if (!('word' in token)) {
      previous = null;
      continue;
    }
    const word = token.word;
    if (CJK.test(word)) {
      for (let i = 0; i + 1 < word.length; i++) {
        features.add(`h${word.slice(i, i + 2)}`);
        if (i + 2 < word.length) features.add(`h${word.slice(i, i + 3)}`);
      }
      previous = null;
      continue;
    }
    // Single letters ("x", "a", "i") carry no reason.
    if (word.length < 2) continue;
    const stem = word.slice(0, 6);
    features.add(`w${stem}`);
    if (previous) features.add(`b${previous}_${word.slice(0, 5)}`);
    previous = word.slice(0, 5);
    if (word.length >= 6) for (let i = 0; i + 4 <= word.length; i++) features.add(`c${word.slice(i, i + 4)}`);
  }
  return [...features];
}

/** Deterministic PRNG for the training order. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainingOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  /** How much more a positive example of a reason counts than a negative one (reasons are rare). */
  positiveWeight?: number;
}

/** Trains by stochastic gradient descent on the log loss, one binary output per reason. */
export function trainReasonModel(examples: readonly TrainingExample[], options: TrainingOptions = {}): ReasonModel {
  const { epochs = 12, learningRate = 0.3, l2 = 1e-4, positiveWeight = 3 } = options;
  const weights = new Map<string, Float32Array>();
  const bias = new Float32Array(R);
  const prepared = examples.map((e) => ({
    features: featuresOf(e.text).map((f) => {
      let w = weights.get(f);
      if (!w) {
        w = new Float32Array(R);
        weights.set(f, w);
      }
      return w;
    }),
    targets: reasons.map((r) => e.reasons.includes(r)),
    weight: e.weight ?? 1,
  }));
  const random = mulberry32(42);
  const order = prepared.map((_, i) => i);
  const scores = new Float32Array(R);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = learningRate / (1 + epoch * 0.5);
    for (const index of order) {
      const example = prepared[index];
      if (!example || example.features.length === 0) continue;
      scoreInto(example.features, bias, scores);
      const scale = rate / Math.sqrt(example.features.length);
      for (let r = 0; r < R; r++) {
        const target = example.targets[r] ? 1 : 0;
        const p = sigmoid(scores[r] as number);
        const gradient = (p - target) * example.weight * (target ? positiveWeight : 1);
        bias[r] = (bias[r] as number) - rate * gradient * 0.1;
        for (const w of example.features) w[r] = (w[r] as number) * (1 - rate * l2) - scale * gradient;
      }
    }
  }
  return { weights, bias };
}

function scoreInto(features: readonly Float32Array[], bias: Float32Array, into: Float32Array): void {
  const norm = 1 / Math.sqrt(Math.max(1, features.length));
  for (let r = 0; r < R; r++) {
    let sum = 0;
    for (const w of features) sum += w[r] as number;
    into[r] = (bias[r] as number) + sum * norm;
  }
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The probability of each reason for a text. */
export function reasonProbabilities(model: ReasonModel, text: string): Map<Reason, number> {
  const features: Float32Array[] = [];
  for (const f of featuresOf(text)) {
    const w = model.weights.get(f);
    if (w) features.push(w);
  }
  const scores = new Float32Array(R);
  scoreInto(features, model.bias, scores);
  const probabilities = new Map<Reason, number>();
  reasons.forEach((reason, r) => {
    probabilities.set(reason, features.length === 0 ? 0 : sigmoid(scores[r] as number));
  });
  return probabilities;
}
