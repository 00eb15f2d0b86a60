import { describe, expect, it } from 'vitest';
import { reasons } from '../../../shared/reasons.ts';
import { featuresOf, reasonProbabilities as probabilitiesOf, type ReasonModel, trainReasonModel } from './model.ts';

const reasonProbabilities = (model: ReasonModel, text: string) => {
  const p = probabilitiesOf(model, text);
  return new Map(reasons.map((reason, r) => [reason, p[r]]));
};

const examples = [
  { text: 'parcel arrived three weeks late', reasons: ['delivery_late'] as const },
  { text: 'still waiting for the parcel, weeks late', reasons: ['delivery_late'] as const },
  { text: 'the courier took forever, parcel came late', reasons: ['delivery_late'] as const },
  { text: 'screen cracked on arrival, box crushed', reasons: ['damaged_item'] as const },
  { text: 'arrived with a cracked screen and dented corner', reasons: ['damaged_item'] as const },
  { text: 'great phone, works perfectly', reasons: [] as const },
  { text: 'perfect, thank you, works great', reasons: [] as const },
];

describe('reason model', () => {
  it('learns reasons from stems it has seen in other word forms', () => {
    const model = trainReasonModel(examples);
    const p = reasonProbabilities(model, 'parcels arriving late again');
    expect(p.get('delivery_late')).toBeGreaterThan(0.5);
    expect(p.get('damaged_item')).toBeLessThan(0.5);
  });

  it('stays silent on praise and on words it never saw', () => {
    const model = trainReasonModel(examples);
    expect(reasonProbabilities(model, 'works great, thank you').get('delivery_late')).toBeLessThan(0.5);
    expect(reasonProbabilities(model, 'zzz qqq').get('delivery_late')).toBe(0);
  });

  it('trains the same model from the same examples', () => {
    const a = reasonProbabilities(trainReasonModel(examples), 'cracked box, late parcel');
    const b = reasonProbabilities(trainReasonModel(examples), 'cracked box, late parcel');
    expect([...a]).toEqual([...b]);
  });

  it('reads Chinese as character n-grams', () => {
    // 屏幕 幕碎 碎了 and 屏幕碎 幕碎了: five distinct features, each once.
    expect(featuresOf('屏幕碎了')).toHaveLength(5);
    expect(featuresOf('屏幕碎了 屏幕碎了')).toHaveLength(5);
  });
});
