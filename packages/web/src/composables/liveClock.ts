import { onScopeDispose, shallowRef, type ShallowRef } from 'vue';
import { bestOffset, type ClockSample } from './countdown';

// The server's clock on a light surface. The server's deadlines decide when voting ends; a phone
// whose own clock is minutes off must still count down to the right second.

export interface LiveClock {
  /** Server time now (ms), ticking. */
  readonly now: ShallowRef<number>;
  /** Server time minus local time; null until known. */
  readonly offset: ShallowRef<number | null>;
  /** Whether `offset` comes from a round-trip measurement rather than a live state's timestamp. */
  readonly measured: ShallowRef<boolean>;
  /** Measures the offset against `query serverTime` (a few samples, the quickest one wins). */
  sync(): Promise<void>;
  /** A provisional offset from a message's `serverTime`, used until a measurement exists. */
  hint(serverTime: string, receivedAt?: number): void;
  stop(): void;
}

export interface LiveClockOptions {
  samples?: number;
  tickMs?: number;
  /** The local clock; replaceable in tests. */
  localNow?: () => number;
}

export function createLiveClock(readServerTime: () => Promise<string>, options: LiveClockOptions = {}): LiveClock {
  const { samples = 3, tickMs = 250, localNow = Date.now } = options;
  const offset = shallowRef<number | null>(null);
  const measured = shallowRef(false);
  const now = shallowRef(localNow());

  const tick = () => (now.value = localNow() + (offset.value ?? 0));
  const ticker = tickMs > 0 ? setInterval(tick, tickMs) : undefined;

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

  return { now, offset, measured, sync, hint, stop: () => clearInterval(ticker) };
}

/** `createLiveClock` tied to the calling component's lifetime. */
export function useLiveClock(readServerTime: () => Promise<string>, options?: LiveClockOptions): LiveClock {
  const clock = createLiveClock(readServerTime, options);
  onScopeDispose(clock.stop);
  return clock;
}
