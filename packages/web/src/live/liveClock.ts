import { OperationError, type LiveSocket } from '../graphql/live';
import { useServerClockOf, type ServerClock } from './clock';
import { LiveServerTimeDocument } from './operations';

/** The server's clock on a light surface, measured over its live socket (none yet: not connected). */
export function useLiveClock(socket: () => LiveSocket | null): ServerClock {
  return useServerClockOf(async () => {
    const live = socket();
    if (!live) throw new OperationError('network', 'Not connected.');
    return (await live.execute(LiveServerTimeDocument, {})).serverTime;
  });
}
