import { useServerClockOf, type ServerClock } from '../../live/clock';
import { client } from '../../graphql/client';
import { ServerTimeDocument } from './operations';

/** Clocks drift and networks change: measure again now and then. */
const RESYNC_MS = 5 * 60_000;

async function readServerTime(): Promise<string> {
  const result = await client.query(ServerTimeDocument, {}, { requestPolicy: 'network-only' }).toPromise();
  if (!result.data) throw result.error ?? new Error('No server time.');
  return result.data.serverTime;
}

/**
 * The server's clock over urql, ticking four times a second, for the console's countdowns. Until
 * the offset is measured (or if it cannot be) the local clock stands in.
 */
export function useServerClock(): ServerClock {
  const clock = useServerClockOf(readServerTime, { resyncMs: RESYNC_MS });
  void clock.sync();
  return clock;
}
