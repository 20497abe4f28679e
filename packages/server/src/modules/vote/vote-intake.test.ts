import { describe, expect, it } from 'vitest';
import { voteBatchOptions } from './vote-intake.js';

describe('vote batches at once', () => {
  it('shares the instance’s batches among its processes, each writing at least two unless only one may be written', () => {
    const concurrency = (batchesAtOnce: number, workers: number) => voteBatchOptions(batchesAtOnce, workers).concurrency;
    expect(concurrency(4, 1)).toBe(4);
    expect(concurrency(4, 2)).toBe(2);
    expect(concurrency(4, 3)).toBe(2);
    expect(concurrency(4, 8)).toBe(2);
    expect(concurrency(16, 2)).toBe(8);
    expect(concurrency(1, 1)).toBe(1);
    expect(concurrency(1, 4)).toBe(1);
  });

  it('takes a batch at 2,000 votes or 4 ms after its first', () => {
    expect(voteBatchOptions(4, 2)).toMatchObject({ maxBatch: 2_000, maxWaitMs: 4 });
  });
});
