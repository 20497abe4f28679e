import { once } from 'node:events';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { batchWritesPerTurn, sendAtOnce } from './ws-write-batching.js';

describe('batching writes per turn', () => {
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
  });

  /** A server socket whose TCP writes are counted, and a client that collects what it receives. */
  async function connect() {
    const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await once(server, 'listening');
    stops.push(() => server.close());
    batchWritesPerTurn(server);
    const connected = once(server, 'connection') as Promise<[WebSocket]>;
    const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
    stops.push(() => client.terminate());
    const received: string[] = [];
    client.on('message', (data) => received.push(String(data)));
    const [[ws]] = await Promise.all([connected, once(client, 'open')]);
    const tcp = (ws as unknown as { _socket: Socket })._socket as Socket & {
      _write: (...args: unknown[]) => unknown;
      _writev: (...args: unknown[]) => unknown;
    };
    const calls = { _write: 0, _writev: 0 };
    for (const method of ['_write', '_writev'] as const) {
      const original = tcp[method].bind(tcp);
      tcp[method] = (...args: unknown[]) => {
        calls[method]++;
        return original(...args);
      };
    }
    return { ws, received, writes: () => calls._write + calls._writev, gathered: () => calls._writev };
  }

  it('writes a message and the one sent from its callback (graphql-ws’s next, then complete) in one system call', async () => {
    const { ws, received, writes } = await connect();
    const done = new Promise<void>((resolve) => ws.send('next', () => ws.send('complete', () => resolve())));
    await done;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received).toEqual(['next', 'complete']);
    expect(writes()).toBe(1);
  });

  it('writes a fan-out frame during the call, where the fan-out can time it, not at the end of the turn', async () => {
    const { ws, received, writes } = await connect();
    sendAtOnce(ws, Buffer.from('live state'));
    expect(writes()).toBe(1);
    ws.send('answer');
    expect(writes()).toBe(1); // batched: written at the end of the turn
    await new Promise(setImmediate);
    expect(writes()).toBe(2);
    await expect.poll(() => received).toEqual(['live state', 'answer']);
  });

  it('puts a fan-out frame after the frames a socket already holds for this turn, in the same system call', async () => {
    const { ws, received, writes } = await connect();
    ws.send('answer');
    sendAtOnce(ws, Buffer.from('live state'));
    expect(writes()).toBe(0);
    await new Promise(setImmediate);
    expect(writes()).toBe(1);
    await expect.poll(() => received).toEqual(['answer', 'live state']);
  });

  it('writes the bytes of a fan-out to each socket as one whole frame, at every length of header', async () => {
    const sockets = [await connect(), await connect()];
    const messages = [5, 300, 70_000].map((length) => Buffer.from('状'.repeat(Math.ceil(length / 3)).slice(0, length)));
    for (const message of messages) for (const { ws } of sockets) sendAtOnce(ws, message);
    for (const { received, writes, gathered } of sockets) {
      await expect.poll(() => received.length).toBe(3);
      expect(received).toEqual(messages.map(String));
      expect(writes()).toBe(3);
      expect(gathered()).toBe(0); // ws itself writes a header and a payload (gathered) for each frame
    }
  });

  it('leaves a socket that is closing to ws, which sends nothing more', async () => {
    const { ws, received, writes } = await connect();
    ws.close();
    const before = writes();
    sendAtOnce(ws, Buffer.from('too late'));
    sendAtOnce(ws, 'too late');
    expect(writes()).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received).toEqual([]);
  });

  it('still reports a send to a closed socket as failed', async () => {
    const { ws } = await connect();
    ws.terminate();
    const error = await new Promise<Error | undefined>((resolve) => ws.send('late', resolve));
    expect(error).toBeInstanceOf(Error);
  });
});
