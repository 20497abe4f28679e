import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { PubSub } from '../../graphql/pubsub.js';
import type { Logger } from '../../logger.js';
import { MessageWalls, WALL_INTERVAL_MS, WALL_MAX_INTERVAL_MS, wallInterval } from './message-walls.js';

describe('wallInterval', () => {
  it('is the minimum for a small audience, grows with the phones, and is capped', () => {
    expect(wallInterval(0)).toBe(WALL_INTERVAL_MS);
    expect(wallInterval(1_000)).toBe(WALL_INTERVAL_MS);
    expect(wallInterval(10_000)).toBe(1_000);
    expect(wallInterval(20_000)).toBe(WALL_MAX_INTERVAL_MS);
    expect(wallInterval(200_000)).toBe(WALL_MAX_INTERVAL_MS);
  });
});

describe('MessageWalls', () => {
  afterEach(() => vi.useRealTimers());

  /** Walls built from a database that answers an empty wall, and the times they were published. */
  function walls(phones: number) {
    const execute = async (sql: string) =>
      sql.includes('messages_enabled') ? [{ enabled: true }] : sql.includes('count(') ? [{ n: 0 }] : [];
    const em = { fork: () => ({ execute }) } as unknown as EntityManager;
    const published: number[] = [];
    const pubsub = { publish: () => published.push(Date.now()) } as unknown as PubSub;
    const logger = { warn: () => undefined } as unknown as Logger;
    return { walls: new MessageWalls(em, pubsub, logger, () => phones), published };
  }

  it.each([
    [100, WALL_INTERVAL_MS],
    [20_000, WALL_MAX_INTERVAL_MS],
  ])('with %i phones, sends the first change at once and coalesces the rest into one wall per %i ms', async (phones, interval) => {
    vi.useFakeTimers({ now: 1_000_000 });
    const { walls: hub, published } = walls(phones);
    hub.changed('s');
    await vi.advanceTimersByTimeAsync(1);
    expect(published).toEqual([1_000_000]);
    for (let i = 0; i < 10; i++) {
      hub.changed('s');
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(interval);
    expect(published).toEqual([1_000_000, 1_000_000 + interval]);
    hub.close();
  });
});
