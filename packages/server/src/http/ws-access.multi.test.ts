// Two instances of one deployment (the `cluster` test project: PostgreSQL and Redis).
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestServer, type TestServer } from '../test/harness.js';
import { CREDENTIAL_ENDED } from './ws-access.js';

let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  a = await startTestServer();
  b = await startTestServer({ SEED: 'none' }, { databaseUrl: a.databaseUrl!, redisPrefix: a.redisPrefix });
});
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

describe('a sign-out on one instance', () => {
  it('closes the sockets that hold the sign-in on the other', async () => {
    const token = await a.login('admin');
    const closed = new Promise<number>((resolve) => {
      const client = createClient({
        url: `${b.url.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { token },
        retryAttempts: 0,
        on: { closed: (event) => resolve((event as { code: number }).code) },
      });
      client.subscribe(
        { query: 'subscription { clueSubmitted { id } }' },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 500)); // connected and subscribed on B
    expect((await a.gql('mutation { logout }', {}, { token })).data).toEqual({ logout: true });
    expect(await closed).toBe(CREDENTIAL_ENDED);
  });
});
