// The load generator's phones: raw graphql-ws protocol over `ws`, so one process can drive thousands.
import WebSocket from 'ws';

export interface Phone {
  socket: WebSocket;
  /** Resolves with the `next` payload of operation `id` (or rejects on an `error` message). */
  request(id: string, query: string, variables: Record<string, unknown>): Promise<any>;
  /** The same, for a subscribe message the caller has already serialised (the storm's hot loop). */
  requestRaw(id: string, message: string): Promise<any>;
  subscribe(id: string, query: string, variables: Record<string, unknown>, onNext: (payload: any) => void): void;
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
    socket.on('error', reject);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: connectionParams })));
    socket.on('message', (data) => {
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
      close: () => socket.close(),
    };
  });
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
