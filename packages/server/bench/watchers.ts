// The watching phones and the broadcast screen, in a process of their own so the voters' load
// generator cannot delay them: each phone joins, follows the live state, and notes when it first sees
// each round; the screen notes when each tally update arrives. Driven over IPC.
import { connectPhone, inPool } from './load.js';

const url = process.env.WATCH_URL!;
const count = Number(process.env.WATCHERS);
const sessionId = process.env.WATCH_SESSION!;
const joinCode = process.env.WATCH_JOIN_CODE!;

const seen = new Map<string, number[]>();
const phones = await inPool(Array.from({ length: count }), 64, async () => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($c: String!) { joinSession(joinCode: $c) { token } }', variables: { c: joinCode } }),
  });
  const { data } = (await response.json()) as { data: { joinSession: { token: string } } };
  const phone = await connectPhone(url.replace('http', 'ws') + '/graphql', { deviceToken: data.joinSession.token });
  let last = '';
  phone.subscribe('live', 'subscription($id: ID!) { liveStateChanged(sessionId: $id) { question { round { id } } } }', { id: sessionId }, (payload) => {
    const roundId = payload.data?.liveStateChanged.question?.round?.id;
    if (roundId && roundId !== last) {
      last = roundId;
      const times = seen.get(roundId) ?? [];
      times.push(Date.now());
      seen.set(roundId, times);
    }
  });
  return phone;
});
const screen = await connectPhone(url.replace('http', 'ws') + '/graphql', { token: process.env.WATCH_HOST_TOKEN });
const shown = new Map<string, { at: number; count: number }[]>();

process.send!({ type: 'ready' });
process.on('message', (message: { type: string; roundId?: string }) => {
  if (message.type === 'screen') {
    const updates: { at: number; count: number }[] = [];
    shown.set(message.roundId!, updates);
    const query = 'subscription($r: ID!) { roundTallyChanged(roundId: $r) { onlineVoted } }';
    screen.subscribe(`tally-${message.roundId}`, query, { r: message.roundId }, (payload) => updates.push({ at: Date.now(), count: payload.data.roundTallyChanged.onlineVoted }));
  } else if (message.type === 'report') {
    phones.forEach((p) => p.close());
    screen.close();
    process.send!({ type: 'report', seen: Object.fromEntries(seen), screen: Object.fromEntries(shown) }, () => process.exit(0));
  }
});
