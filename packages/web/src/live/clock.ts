import { onScopeDispose, shallowRef, type ShallowRef } from 'vue';
import { bestOffset, type ClockSample } from './countdown';

// The server's clock, for countdowns to the server's deadlines: the server decides when voting
// ends, and a screen or phone whose own clock is minutes off must still count down to the right
// second. One core; each client brings the way it reads `query serverTime` (liveClock.ts over the
// light surfaces' socket, the host's useServerClock.ts over urql).

export interface ServerClock {
  /** Server time now (ms), ticking. */
  readonly now: ShallowRef<number>;
  /** Server time minus local time; null until known (the local clock stands in until then). */
  readonly offset: ShallowRef<number | null>;
  /** Whether `offset` comes from a round-trip measurement rather than a live state's timestamp. */
  readonly measured: ShallowRef<boolean>;
  /** Measures the offset against `query serverTime` (a few samples, the quickest one wins). */
  sync(): Promise<void>;
  /** A provisional offset from a message's `serverTime`, used until a measurement exists. */
  hint(serverTime: string, receivedAt?: number): void;
  stop(): void;
}

export interface ServerClockOptions {
  samples?: number;
  tickMs?: number;
  /** Measures again this often, as clocks drift and networks change; 0 measures only on `sync()`. */
  resyncMs?: number;
  /** The local clock; replaceable in tests. */
  localNow?: () => number;
}

export function createServerClock(readServerTime: () => Promise<string>, options: ServerClockOptions = {}): ServerClock {
  const { samples = 3, tickMs = 250, resyncMs = 0, localNow = Date.now } = options;
  const offset = shallowRef<number | null>(null);
  const measured = shallowRef(false);
  const now = shallowRef(localNow());

  const tick = () => (now.value = localNow() + (offset.value ?? 0));
  const ticker = tickMs > 0 ? setInterval(tick, tickMs) : undefined;
  const resync = resyncMs > 0 ? setInterval(() => void sync(), resyncMs) : undefined;

  async function sample(): Promise<ClockSample | null> {
    const sentAt = localNow();
    const serverTime = Date.parse(await readServerTime());
    const receivedAt = localNow();
    return Number.isNaN(serverTime) ? null : { sentAt, receivedAt, serverTime };
  }

  async function sync(): Promise<void> {
    const taken: ClockSample[] = [];
    for (let i = 0; i < samples; i++) {
      const result = await sample().catch(() => null);
      if (result) taken.push(result);
    }
    const best = bestOffset(taken);
    if (best !== null) {
      offset.value = best;
      measured.value = true;
    }
    tick();
  }

  function hint(serverTime: string, receivedAt = localNow()): void {
    if (measured.value) return;
    const server = Date.parse(serverTime);
    // One-way delay is unknown here, so this reads slightly early; the measurement corrects it.
    if (!Number.isNaN(server)) offset.value = server - receivedAt;
    tick();
  }

  function stop(): void {
    clearInterval(ticker);
    clearInterval(resync);
  }

  return { now, offset, measured, sync, hint, stop };
}

/** `createServerClock` tied to the calling component's lifetime. */
export function useServerClockOf(readServerTime: () => Promise<string>, options?: ServerClockOptions): ServerClock {
  const clock = createServerClock(readServerTime, options);
  onScopeDispose(clock.stop);
  return clock;
}
