// Audience phones for the message benchmark, in a process of their own: each joins, follows the
// message wall (messageWallChanged) and the live state (liveStateChanged, the baseline fan-out), and
// notes when it first sees each approved message and each live-state version, and the bytes the
// wall sent it. Driven over IPC (see processes.ts: `allSaw(key)` waits for every phone here).
import { print } from 'graphql';
import { LiveStateChangedDocument, MessageWallChangedDocument } from '../../web/src/gql/graphql.js';
import { connectPhone, inPool, joinAudience } from './load.js';

/** The wall as the vote page follows it (the web's MessageWallChanged document). */
export const WALL_SUBSCRIPTION = print(MessageWallChangedDocument);
const LIVE_STATE = print(LiveStateChangedDocument);

const url = process.env.WATCH_URL!;
const count = Number(process.env.WATCHERS);
const sessionId = process.env.WATCH_SESSION!;
const joinCode = process.env.WATCH_JOIN_CODE!;

/** When phones here first saw each key (`message:<id>` or `live:<version>`). */
const seen = new Map<string, number[]>();
const awaited = new Set<string>();
let wallBytes = 0;
let wallUpdates = 0;

function note(key: string): void {
  const times = seen.get(key) ?? [];
  times.push(Date.now());
  seen.set(key, times);
  if (times.length === count && awaited.has(key)) process.send!({ type: 'seen-all', roundId: key });
}

const phones = await inPool(
  Array.from({ length: count }, (_, i) => i),
  Number(process.env.JOINS_IN_FLIGHT ?? 64),
  async () => {
    const token = await joinAudience(url, joinCode);
    const phone = await connectPhone(`${url.replace('http', 'ws')}/graphql`, { deviceToken: token });
    const shown = new Set<string>();
    phone.subscribe('wall', WALL_SUBSCRIPTION, { sessionId }, (payload) => {
      // The bytes on the wire: the payload as sent, and graphql-ws's envelope around it.
      wallBytes += Buffer.byteLength(JSON.stringify(payload)) + 30;
      wallUpdates++;
      for (const m of payload.data?.messageWallChanged.messages ?? []) {
        if (shown.has(m.id)) continue;
        shown.add(m.id);
        note(`message:${m.id}`);
      }
    });
    let version = -1;
    phone.subscribe('live', LIVE_STATE, { sessionId }, (payload) => {
      const v = payload.data?.liveStateChanged.version;
      if (typeof v === 'number' && v > version) {
        version = v;
        note(`live:${v}`);
      }
    });
    return phone;
  },
);
process.send!({ type: 'ready' });
process.on('message', (message: { type: string; roundId?: string }) => {
  if (message.type === 'await-all') {
    awaited.add(message.roundId!);
    if (seen.get(message.roundId!)?.length === count) process.send!({ type: 'seen-all', roundId: message.roundId });
  } else if (message.type === 'report') {
    phones.forEach((p) => p.close());
    process.send!({ type: 'report', seen: Object.fromEntries(seen), wallBytes, wallUpdates, phones: count }, () => process.exit(0));
  }
});
