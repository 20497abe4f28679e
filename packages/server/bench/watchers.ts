// The watching phones, in a process of their own so the voters' load generator cannot delay them:
// each joins, follows the live state, and notes when it first sees each round. Driven over IPC.
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
process.send!({ type: 'ready' });
process.on('message', (message: { type: string }) => {
  if (message.type !== 'report') return;
  phones.forEach((p) => p.close());
  process.send!({ type: 'report', seen: Object.fromEntries(seen) }, () => process.exit(0));
});
