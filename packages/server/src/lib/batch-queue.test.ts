import { afterEach, describe, expect, it, vi } from 'vitest';
import { BatchQueue } from './batch-queue.js';

describe('BatchQueue', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A queue whose writes are held open until released, recording every batch it was handed. */
  function queue(options = { maxBatch: 3, maxWaitMs: 5, concurrency: 1 }) {
    const batches: number[][] = [];
    const releases: (() => void)[] = [];
    const q = new BatchQueue<number>(
      (batch) => {
        batches.push(batch);
        return new Promise<void>((resolve) => releases.push(resolve));
      },
      () => {},
      options,
    );
    return { q, batches, release: () => releases.shift()!() };
  }

  it('takes a batch once maxWaitMs has passed since the first item, or at once when maxBatch wait', () => {
    vi.useFakeTimers();
    const { q, batches } = queue();
    q.push(1);
    q.push(2);
    vi.advanceTimersByTime(4);
    expect(batches).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(batches).toEqual([[1, 2]]);
    expect(q.length).toBe(0);
  });

  it('lets items wait while `concurrency` batches are being written, then takes them oldest first, maxBatch at a time', async () => {
    vi.useFakeTimers();
    const { q, batches, release } = queue();
    q.push(1);
    vi.advanceTimersByTime(5);
    for (const n of [2, 3, 4, 5]) q.push(n);
    vi.advanceTimersByTime(50);
    expect(batches).toEqual([[1]]);
    expect(q.length).toBe(4);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(batches).toEqual([[1], [2, 3, 4]]);
    release();
    await vi.advanceTimersByTimeAsync(5);
    expect(batches).toEqual([[1], [2, 3, 4], [5]]);
  });

  it('hands a batch whose write threw to `failed`, and goes on with the next', async () => {
    const failures: { batch: number[]; error: unknown }[] = [];
    const written: number[][] = [];
    const q = new BatchQueue<number>(
      async (batch) => {
        if (batch.includes(1)) throw new Error('database down');
        written.push(batch);
      },
      (batch, error) => failures.push({ batch, error }),
      { maxBatch: 1, maxWaitMs: 1, concurrency: 1 },
    );
    q.push(1);
    q.push(2);
    await vi.waitFor(() => expect(written).toEqual([[2]]));
    expect(failures).toEqual([{ batch: [1], error: new Error('database down') }]);
  });
});
