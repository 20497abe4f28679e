// The broadcast screen, in a process of its own as in a studio: neither the voters' load generator
// nor the watching phones can delay it. It notes when each tally update arrives. Driven over IPC.
import { connectPhone } from './load.js';

const screen = await connectPhone(`${process.env.WATCH_URL!.replace('http', 'ws')}/graphql`, { token: process.env.WATCH_HOST_TOKEN });
const shown = new Map<string, { at: number; count: number }[]>();
/** The round on screen: like the screen page, it follows one round's tally at a time. */
let following: string | undefined;

process.send!({ type: 'ready' });
process.on('message', (message: { type: string; roundId?: string }) => {
  if (message.type === 'show') {
    const updates: { at: number; count: number }[] = [];
    shown.set(message.roundId!, updates);
    if (following) screen.complete(following);
    following = `tally-${message.roundId}`;
    const query = 'subscription($r: ID!) { roundTallyChanged(roundId: $r) { onlineVoted } }';
    screen.subscribe(following, query, { r: message.roundId }, (payload) =>
      updates.push({ at: Date.now(), count: payload.data.roundTallyChanged.onlineVoted }),
    );
  } else if (message.type === 'report') {
    screen.close();
    process.send!({ type: 'report', shown: Object.fromEntries(shown) }, () => process.exit(0));
  }
});
