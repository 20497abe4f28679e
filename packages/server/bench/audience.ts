// Audience phones, in a process of their own so the other load cannot delay them: each joins,
// follows the live state with the vote page's own subscription, and notes when it first sees each
// round open; told so, every phone here votes once in a round. Driven over IPC.
import { print } from 'graphql';
import { LiveStateChangedDocument } from '../../web/src/gql/graphql.js';
import { connectPhone, inPool, voteInRound } from './load.js';

/** What the vote page follows, field for field (it is the web app's own document). */
const LIVE_STATE = print(LiveStateChangedDocument);

const url = process.env.WATCH_URL!;
const count = Number(process.env.WATCHERS);
const sessionId = process.env.WATCH_SESSION!;
const joinCode = process.env.WATCH_JOIN_CODE!;

const seen = new Map<string, number[]>();
/** Rounds the load generator waits on: it hears when every phone here has seen them open. */
const awaited = new Set<string>();
const phones = await inPool(Array.from({ length: count }), 64, async () => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($c: String!) { joinSession(joinCode: $c) { token } }', variables: { c: joinCode } }),
  });
  const { data } = (await response.json()) as { data: { joinSession: { token: string } } };
  const phone = await connectPhone(url.replace('http', 'ws') + '/graphql', { deviceToken: data.joinSession.token });
  let last = '';
  phone.subscribe('live', LIVE_STATE, { sessionId }, (payload) => {
    const roundId = payload.data?.liveStateChanged.question?.round?.id;
    if (roundId && roundId !== last) {
      last = roundId;
      const times = seen.get(roundId) ?? [];
      times.push(Date.now());
      seen.set(roundId, times);
      if (times.length === count && awaited.has(roundId)) process.send!({ type: 'seen-all', roundId });
    }
  });
  return phone;
});
process.send!({ type: 'ready' });
process.on('message', (message: { type: string; roundId?: string }) => {
  if (message.type === 'await-all') {
    awaited.add(message.roundId!);
    if (seen.get(message.roundId!)?.length === count) process.send!({ type: 'seen-all', roundId: message.roundId });
  } else if (message.type === 'vote') {
    void voteInRound(phones, message.roundId!, null).then((votes) => process.send!({ type: 'voted', roundId: message.roundId, ...votes }));
  } else if (message.type === 'report') {
    phones.forEach((p) => p.close());
    process.send!({ type: 'report', seen: Object.fromEntries(seen) }, () => process.exit(0));
  }
});
