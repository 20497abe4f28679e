import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { buildSchema } from 'graphql';
import { createClient, GRAPHQL_TRANSPORT_WS_PROTOCOL } from 'graphql-ws';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { createLogger } from '../logger.js';
import { serveGraphqlWs } from './ws-graphql.js';

const schema = buildSchema('type Query { hello: String }');
const rootValue = { hello: () => 'world' };

describe('graphql-ws on a ws server, without closures per socket', () => {
  const stops: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });

  async function serve(onClose: (code: number | undefined) => void = () => undefined) {
    const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await once(server, 'listening');
    const served = serveGraphqlWs(
      {
        schema,
        roots: { query: rootValue },
        onConnect: (ctx) => {
          if (ctx.connectionParams?.fail) throw new Error('the connection check failed');
          return true;
        },
        onClose: (_ctx, code) => onClose(code),
      },
      server,
      createLogger('silent'),
    );
    stops.push(() => served.dispose());
    return { server, url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}` };
  }

  const ask = (client: ReturnType<typeof createClient>) =>
    new Promise<unknown>((resolve, reject) => {
      client.subscribe({ query: '{ hello }' }, { next: ({ data }) => resolve(data), error: reject, complete: () => undefined });
    });

  it('answers operations, and gives every socket the same listeners', async () => {
    const { server, url } = await serve();
    const clients = [0, 1].map(() => createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0 }));
    stops.push(() => Promise.all(clients.map((client) => client.dispose())).then(() => undefined));
    expect(await Promise.all(clients.map(ask))).toEqual([{ hello: 'world' }, { hello: 'world' }]);

    // This file's listeners (onMessage, onClose, onError) are the very same functions on both sockets.
    const [first, second] = [...server.clients];
    const ours = (socket: WebSocket, event: string) =>
      socket.listeners(event).find((listener) => listener.name === `on${event[0]!.toUpperCase()}${event.slice(1)}`);
    for (const event of ['message', 'close', 'error']) {
      expect(ours(first!, event), event).toBeDefined();
      expect(ours(first!, event), event).toBe(ours(second!, event));
    }
  });

  it('closes a socket without graphql-ws’s subprotocol, with 4406', async () => {
    const { url } = await serve();
    const socket = new WebSocket(url);
    stops.push(() => socket.terminate());
    const [code] = (await once(socket, 'close')) as [number];
    expect(code).toBe(4406);
  });

  it('tells graphql-ws when a socket closes, with its code', async () => {
    const closed: (number | undefined)[] = [];
    const { url } = await serve((code) => closed.push(code));
    const socket = new WebSocket(url, GRAPHQL_TRANSPORT_WS_PROTOCOL);
    await once(socket, 'open');
    socket.close(4321, 'bye');
    await expect.poll(() => closed).toEqual([4321]);
  });

  it('closes a socket whose message handling fails, with graphql-ws’s 4500', async () => {
    const { url } = await serve();
    const socket = new WebSocket(url, GRAPHQL_TRANSPORT_WS_PROTOCOL);
    await once(socket, 'open');
    socket.send(JSON.stringify({ type: 'connection_init', payload: { fail: true } }));
    const [code] = (await once(socket, 'close')) as [number];
    expect(code).toBe(4500);
  });
});
