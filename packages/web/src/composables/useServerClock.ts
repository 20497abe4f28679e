import { onScopeDispose, shallowRef } from 'vue';
import { graphql } from '../gql';
import { client } from '../graphql/client';
import { bestOffset, type ClockSample } from './countdown';

const ServerTimeDocument = graphql(`
  query ServerTime {
    serverTime
  }
`);

const SAMPLES = 3;
const TICK_MS = 250;
/** Clocks drift and networks change: measure again now and then. */
const RESYNC_MS = 5 * 60_000;

async function takeSample(): Promise<ClockSample | null> {
  const sentAt = Date.now();
  const result = await client.query(ServerTimeDocument, {}, { requestPolicy: 'network-only' }).toPromise();
  const receivedAt = Date.now();
  const serverTime = result.data ? new Date(result.data.serverTime).getTime() : NaN;
  return Number.isNaN(serverTime) ? null : { sentAt, receivedAt, serverTime };
}

/**
 * The server's clock, ticking four times a second, for countdowns to the server's deadlines.
 * Until the offset is measured (or if it cannot be) the local clock stands in.
 */
export function useServerClock() {
  const offset = shallowRef<number | null>(null);
  const now = shallowRef(Date.now());

  async function sync(): Promise<void> {
    const samples: ClockSample[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const sample = await takeSample().catch(() => null);
      if (sample) samples.push(sample);
    }
    const measured = bestOffset(samples);
    if (measured !== null) offset.value = measured;
    tick();
  }

  function tick() {
    now.value = Date.now() + (offset.value ?? 0);
  }

  const ticker = setInterval(tick, TICK_MS);
  const resync = setInterval(() => void sync(), RESYNC_MS);
  onScopeDispose(() => {
    clearInterval(ticker);
    clearInterval(resync);
  });
  void sync();

  return { now, offset, sync };
}
