import { describe, expect, it } from 'vitest';
import { defaultProfileFor, strategyFor } from './strategy.ts';

describe('Lele–Sheth after-sales strategy', () => {
  it('picks each quadrant from repair cost × failure cost', () => {
    expect(strategyFor({ repairCost: 0.1, failureCost: 0.1 })).toBe('disposable');
    expect(strategyFor({ repairCost: 0.7, failureCost: 0.2 })).toBe('repairable');
    expect(strategyFor({ repairCost: 0.2, failureCost: 0.9 })).toBe('quick_response');
    expect(strategyFor({ repairCost: 0.8, failureCost: 0.9 })).toBe('never_fail');
  });

  it('has defaults per category and a fallback', () => {
    expect(strategyFor(defaultProfileFor('phones'))).toBe('repairable');
    expect(strategyFor(defaultProfileFor('accessories'))).toBe('disposable');
    expect(strategyFor(defaultProfileFor('Laptops'))).toBe('never_fail');
    expect(strategyFor(defaultProfileFor('garden gnomes'))).toBe('repairable');
  });
});
