import { describe, expect, it } from 'vitest';
import { dragnetPageFloorFailures, type DragnetRow } from '../../../scripts/lib/dragnet-eval';

const row = (name: string, f1: number): DragnetRow => ({
  name, split: 'tune', comments: f1 > 0 ? 3 : 0, platform: null, error: undefined, precision: f1, recall: f1, f1, detected: 10, gold: 10, common: Math.round(10 * f1),
});

describe('dragnet per-page floors', () => {
  it('fails a page that drops to nothing or loses more than the tolerance, and nothing else', () => {
    const floors = { A: 0.9, B: 0.9, C: 0.5, D: 0 };
    expect(dragnetPageFloorFailures([row('A', 0.8), row('B', 0), row('C', 0.3), row('D', 0), row('E', 0)], floors)).toEqual([
      'B: nothing found (was F1 0.90)',
      'C: F1 0.30 < 0.50 - 0.15',
    ]);
  });
});
