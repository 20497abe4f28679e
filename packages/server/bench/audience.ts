// Audience phones, in a process of their own so the other load cannot delay them: each joins,
// follows the live state with the vote page's own subscription, and notes when it first sees each
// round open; told so, every phone here votes once in a round. Driven over IPC.
import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import { LiveStateChangedDocument } from '../../web/src/gql/graphql.js';
import { benchPhoneNumber, connectPhone, inPool, joinAudience, voteInRound } from './load.js';

/** What the vote page follows, field for field (it is the web app's own document). */
const LIVE_STATE = print(LiveStateChangedDocument);

const url = process.env.WATCH_URL!;
const count = Number(process.env.WATCHERS);
const sessionId = process.env.WATCH_SESSION!;
const joinCode = process.env.WATCH_JOIN_CODE!;
/** Set for a PHONE_CODE session: where the SMS gateway stand-in tells the codes, and this process's group of numbers. */
const smsCodeUrl = process.env.WATCH_SMS_CODE_URL;
const phoneGroup = Number(process.env.WATCH_PHONE_GROUP ?? 0);
/** Set for the machine-limit server, which hands out no passes: each phone names a device of its own. */
const raw = process.env.WATCH_RAW === '1';

/** How a live state names its round: the vote page's selection asks for the round's id first. */
const ROUND_ID_AT = Buffer.from('"round":{"id":"');
const ID_LENGTH = 36; // a UUID

/**
 * The round a live-state message names, if any, read off its bytes: these processes stand in for
 * thousands of phones on the server's own cores, and decoding and parsing every message whole took
 * CPU from the servers they measure. A message of another shape is parsed as a phone would.
 */
function roundIdIn(message: Buffer): string | undefined {
  const at = message.indexOf(ROUND_ID_AT);
  if (at < 0) return undefined; // no question, or a question without a round
  const start = at + ROUND_ID_AT.length;
  if (message[start + ID_LENGTH] === 0x22) return message.toString('latin1', start, start + ID_LENGTH);
  return JSON.parse(message.toString()).payload.data?.liveStateChanged.question?.round?.id;
}

const seen = new Map<string, number[]>();
/** Live-state messages these phones received in all: the fan-out's size, compared between the servers. */
let liveMessages = 0;
/** Live-state messages received per 10 ms (by ms since the epoch / 10): which of them came while votes were being cast. */
const arrivals = new Map<number, number>();
/** Rounds the load generator waits on: it hears when every phone here has seen them open. */
const awaited = new Set<string>();
const phones = await inPool(
  Array.from({ length: count }, (_, i) => i),
  64,
  async (i) => {
    const token = raw
      ? `device:${randomUUID()}`
      : await joinAudience(url, joinCode, smsCodeUrl ? { phone: benchPhoneNumber(phoneGroup, i), smsCodeUrl } : undefined);
    const phone = await connectPhone(`${url.replace('http', 'ws')}/graphql`, { deviceToken: token });
    let last = '';
    phone.subscribeBytes('live', LIVE_STATE, { sessionId }, (message) => {
      liveMessages++;
      const tenMs = Math.floor(Date.now() / 10);
      arrivals.set(tenMs, (arrivals.get(tenMs) ?? 0) + 1);
      const roundId = roundIdIn(message);
      if (!roundId || roundId === last) return;
      last = roundId;
      const times = seen.get(roundId) ?? [];
      times.push(Date.now());
      seen.set(roundId, times);
      if (times.length === count && awaited.has(roundId)) process.send!({ type: 'seen-all', roundId });
    });
    return phone;
  },
);
process.send!({ type: 'ready' });
process.on('message', (message: { type: string; roundId?: string }) => {
  if (message.type === 'await-all') {
    awaited.add(message.roundId!);
    if (seen.get(message.roundId!)?.length === count) process.send!({ type: 'seen-all', roundId: message.roundId });
  } else if (message.type === 'vote') {
    void voteInRound(phones, message.roundId!, null).then((votes) => process.send!({ type: 'voted', roundId: message.roundId, ...votes }));
  } else if (message.type === 'report') {
    phones.forEach((p) => p.close());
    process.send!({ type: 'report', seen: Object.fromEntries(seen), liveMessages, arrivals: [...arrivals] }, () => process.exit(0));
  }
});
