import { describe, expect, it, vi } from 'vitest';
import { createServerClock } from './clock';

/** A local clock that the test moves by hand, and a server that answers after a set delay. */
function fakeWorld(serverAhead: number, delays: number[]) {
  let local = 1_000_000;
  const localNow = () => local;
  let call = 0;
  const readServerTime = async () => {
    const roundTrip = delays[call++ % delays.length]!;
    local += roundTrip / 2;
    const serverTime = new Date(local + serverAhead).toISOString();
    local += roundTrip / 2;
    return serverTime;
  };
  return { localNow, readServerTime, advance: (ms: number) => (local += ms), local: () => local };
}

describe('createServerClock', () => {
  it('measures the offset from the quickest round trip and ticks on server time', async () => {
    const world = fakeWorld(90_000, [400, 40, 300]);
    const clock = createServerClock(world.readServerTime, { localNow: world.localNow, tickMs: 0 });
    expect(clock.offset.value).toBeNull();
    await clock.sync();
    expect(clock.measured.value).toBe(true);
    expect(clock.offset.value).toBe(90_000);
    expect(clock.now.value).toBe(world.local() + 90_000);
    clock.stop();
  });

  it('uses a live state timestamp until a measurement exists, and never after', async () => {
    const world = fakeWorld(-30_000, [100]);
    const clock = createServerClock(world.readServerTime, { localNow: world.localNow, tickMs: 0 });
    clock.hint(new Date(world.local() - 29_900).toISOString());
    expect(clock.offset.value).toBe(-29_900);
    await clock.sync();
    expect(clock.offset.value).toBe(-30_000);
    clock.hint(new Date(world.local()).toISOString());
    expect(clock.offset.value).toBe(-30_000);
    clock.stop();
  });

  it('keeps the local clock when the server cannot be reached', async () => {
    let local = 5_000;
    const clock = createServerClock(() => Promise.reject(new Error('offline')), { localNow: () => local, tickMs: 0 });
    await clock.sync();
    expect(clock.offset.value).toBeNull();
    expect(clock.measured.value).toBe(false);
    local = 6_000;
    await clock.sync();
    expect(clock.now.value).toBe(6_000);
    clock.stop();
  });
});

describe('createServerClock with resyncMs', () => {
  it('measures again on its own, as clocks drift', async () => {
    vi.useFakeTimers();
    try {
      let reads = 0;
      const clock = createServerClock(
        async () => {
          reads++;
          return new Date(Date.now()).toISOString();
        },
        { samples: 1, tickMs: 0, resyncMs: 60_000 },
      );
      expect(reads).toBe(0);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(reads).toBe(1);
      clock.stop();
      await vi.advanceTimersByTimeAsync(120_000);
      expect(reads).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
