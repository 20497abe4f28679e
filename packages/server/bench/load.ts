// The load generator's phones: raw graphql-ws protocol over `ws`, so one process can drive thousands.
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { answerJson } from './ballot.js';

export interface Phone {
  socket: WebSocket;
  /** Resolves with the `next` payload of operation `id` (or rejects on an `error` message). */
  request(id: string, query: string, variables: Record<string, unknown>): Promise<any>;
  /** The same, for a subscribe message the caller has already serialised (the storm's hot loop). */
  requestRaw(id: string, message: string): Promise<any>;
  subscribe(id: string, query: string, variables: Record<string, unknown>, onNext: (payload: any) => void): void;
  /**
   * The same, handed each `next` message's bytes as they came (not even decoded): a helper process holds
   * thousands of phones on the server's machine, and reading only the messages it needs leaves the CPU
   * to the server.
   */
  subscribeBytes(id: string, query: string, variables: Record<string, unknown>, onBytes: (message: Buffer) => void): void;
  /** Ends subscription `id`, as a page does when it stops following something. */
  complete(id: string): void;
  close(): void;
}

let phonesConnected = 0;

/**
 * A loopback source address for the next phone, 127.0.0.2 to 127.0.0.251 in turn: from one address,
 * the connections to one server port (with those closing in TIME_WAIT) would run out of the
 * machine's ~28,000 ephemeral ports.
 */
function loopbackSource(url: string): string | undefined {
  return new URL(url).hostname === '127.0.0.1' ? `127.0.0.${2 + (phonesConnected++ % 250)}` : undefined;
}

/** Opens a graphql-ws connection with the given connection parameters and waits for its ack. */
export function connectPhone(url: string, connectionParams: Record<string, unknown>): Promise<Phone> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { perMessageDeflate: false, localAddress: loopbackSource(url) });
    const pending = new Map<string, { resolve: (v: any) => void; reject: (e: Error) => void }>();
    const listeners = new Map<string, (payload: any) => void>();
    /** By the start of their `next` messages (`{"id":…,"type":"next"`, as both servers write them). */
    const byteListeners = new Map<Buffer, (message: Buffer) => void>();
    socket.on('error', reject);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: connectionParams })));
    socket.on('message', (data: Buffer) => {
      for (const [start, onBytes] of byteListeners) if (data.compare(start, 0, start.length, 0, start.length) === 0) return onBytes(data);
      const text = data.toString();
      if (text.endsWith('"type":"complete"}')) return; // nothing to do: the answer came with "next"
      const message = JSON.parse(text);
      if (message.type === 'connection_ack') {
        resolve(phone);
      } else if (message.type === 'ping') {
        socket.send('{"type":"pong"}');
      } else if (message.type === 'next') {
        const waiter = pending.get(message.id);
        if (waiter) {
          pending.delete(message.id);
          waiter.resolve(message.payload);
        } else listeners.get(message.id)?.(message.payload);
      } else if (message.type === 'error') {
        const waiter = pending.get(message.id);
        pending.delete(message.id);
        waiter?.reject(new Error(JSON.stringify(message.payload)));
      }
    });
    const phone: Phone = {
      socket,
      request(id, query, variables) {
        return new Promise((res, rej) => {
          pending.set(id, { resolve: res, reject: rej });
          socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
        });
      },
      requestRaw(id, message) {
        return new Promise((res, rej) => {
          pending.set(id, { resolve: res, reject: rej });
          socket.send(message);
        });
      },
      subscribe(id, query, variables, onNext) {
        listeners.set(id, onNext);
        socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
      },
      subscribeBytes(id, query, variables, onBytes) {
        byteListeners.set(Buffer.from(`{"id":${JSON.stringify(id)},"type":"next"`), onBytes);
        socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
      },
      complete(id) {
        listeners.delete(id);
        socket.send(JSON.stringify({ id, type: 'complete' }));
      },
      close: () => socket.close(),
    };
  });
}

const VOTE_JSON = JSON.stringify('mutation($input: CastVoteInput!) { castVote(input: $input) { roundId replayed } }');
/** Makes ballot ids unique across runs and processes of the load generator. */
const ballotPrefix = randomUUID().slice(0, 8);
/** Numbers this process's votes: the machine-limit server makes each ballot id a voter. */
let voteSerial = 0;

/** How a round's votes went, as the phones saw them. */
export interface RoundVotes {
  /** From the first vote sent to the last answer: time spent voting, not switching rounds. */
  votingMs: number;
  /** Acknowledgement times (ms since the epoch), in arrival order. */
  acks: number[];
  latencies: number[];
  refused: Record<string, number>;
}

/**
 * Each phone votes once in `roundId` over its WebSocket, paced at `rate` a second from the first
 * vote (or as fast as they go), sending none after `deadline` (ms since the epoch).
 */
export async function voteInRound(phones: Phone[], roundId: string, rate: number | null, deadline = Infinity): Promise<RoundVotes> {
  const votes: RoundVotes = { votingMs: 0, acks: [], latencies: [], refused: {} };
  const inFlight: Promise<void>[] = [];
  const started = Date.now();
  let sent = 0;
  for (const phone of phones) {
    if (Date.now() >= deadline) break;
    if (rate) {
      const wait = started + (sent / rate) * 1_000 - Date.now();
      if (wait > 0) await sleep(wait);
    }
    sent++;
    const t0 = performance.now();
    const id = `v${voteSerial++}`;
    // Serialised by hand: the load generator shares the machine's two cores with the server.
    const message = `{"id":"${id}","type":"subscribe","payload":{"query":${VOTE_JSON},"variables":{"input":{"roundId":"${roundId}",${answerJson(voteSerial)},"ballotId":"${id}-${ballotPrefix}"}}}}`;
    inFlight.push(
      phone.requestRaw(id, message).then((payload) => {
        if (payload.data?.castVote) {
          votes.latencies.push(performance.now() - t0);
          votes.acks.push(Date.now());
        } else {
          const code = payload.errors?.[0]?.extensions?.code ?? 'UNKNOWN';
          votes.refused[code] = (votes.refused[code] ?? 0) + 1;
        }
      }),
    );
    if (!rate && inFlight.length % 2_000 === 0) await sleep(0); // let replies in while sending
  }
  await Promise.all(inFlight);
  votes.votingMs = Date.now() - started;
  return votes;
}

/** Runs `task` over `items` with at most `limit` in flight. */
export async function inPool<T, R>(items: T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i]!, i);
      }
    }),
  );
  return results;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * A phone's pass, as the vote page gets it: `joinSession` for a DEVICE session; for PHONE_CODE, its
 * number proven with the code the SMS gateway stand-in received (`smsCodeUrl`, see sms-gateway.ts).
 */
export async function joinAudience(url: string, joinCode: string, proof?: { phone: string; smsCodeUrl: string }): Promise<string> {
  if (!proof) return (await post(url, 'mutation($c: String!) { joinSession(joinCode: $c) { token } }', { c: joinCode })).joinSession.token;
  const input = { joinCode, phone: proof.phone };
  await post(url, 'mutation($i: RequestVoteCodeInput!) { requestVoteCode(input: $i) { maskedPhone } }', { i: input });
  const code = await (await fetch(`${proof.smsCodeUrl}?mobile=${proof.phone}`)).text();
  return (await post(url, 'mutation($i: JoinWithCodeInput!) { joinWithCode(input: $i) { token } }', { i: { ...input, code } })).joinWithCode
    .token;
}

/** The `n`th bench phone number of group `group`: distinct mainland mobile numbers across processes. */
export const benchPhoneNumber = (group: number, n: number) => `13${String(group * 10_000_000 + n).padStart(9, '0')}`;
