import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { keepSocketsAlive } from './ws-keep-alive.js';

describe('keeping sockets alive', () => {
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
  });

  async function serve() {
    const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await once(server, 'listening');
    stops.push(keepSocketsAlive(server, { intervalMs: 100, tickMs: 25 }), () => server.close());
    const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const connect = async (autoPong: boolean) => {
      const socket = new WebSocket(url, { autoPong });
      await once(socket, 'open');
      stops.push(() => socket.terminate());
      return socket;
    };
    return { server, connect };
  }

  it('pings every socket once an interval and ends one that does not answer, keeping one that does', async () => {
    const { connect } = await serve();
    const [alive, dead] = await Promise.all([connect(true), connect(false)]);
    let pings = 0;
    alive.on('ping', () => pings++);
    const [code] = (await once(dead, 'close')) as [number];
    expect(code).toBe(1006); // terminated: no closing handshake
    // Ended after its second turn came without an answer to the first ping: 100 to 200 ms.
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(alive.readyState).toBe(WebSocket.OPEN);
    // Once every 100 ms (about five times by now; late timers on a busy machine make it fewer), not every 25 ms tick.
    expect(pings).toBeGreaterThanOrEqual(2);
    expect(pings).toBeLessThanOrEqual(8);
  });

  it('does not ping a socket that keeps sending messages, and ends it once it falls silent without answering pings', async () => {
    const { connect } = await serve();
    const talker = await connect(false);
    let pings = 0;
    talker.on('ping', () => pings++);
    const talking = setInterval(() => talker.send('{"type":"ping"}'), 20);
    stops.push(() => clearInterval(talking));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(talker.readyState).toBe(WebSocket.OPEN);
    expect(pings).toBe(0);
    clearInterval(talking);
    const silentAt = Date.now();
    const [code] = (await once(talker, 'close')) as [number];
    expect(code).toBe(1006);
    expect(pings).toBe(1);
    // Its first turn after its last message passes it over (it had spoken), the second pings it, the
    // third ends it: about 200 to 300 ms (more on a busy machine; its last message was at most 20 ms earlier).
    expect(Date.now() - silentAt).toBeGreaterThanOrEqual(150);
  });
});
