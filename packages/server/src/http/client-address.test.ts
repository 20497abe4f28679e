import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nextValue, startTestServer, type TestServer } from '../test/harness.js';

// The per-address join cap (two a minute here) shows which address the server took for the client:
// a forged X-Forwarded-For that counted would get a fresh budget with every new value.
const JOIN = 'mutation($c: String!) { joinSession(joinCode: $c) { token } }';
const FLAGGED = 'query($s: ID) { joinAnomalies(first: 50, sessionId: $s) { nodes { address refusedJoins } } }';

interface Joinable { server: TestServer; admin: string; sessionId: string; joinCode: string }

async function startWithSession(env: Record<string, string>): Promise<Joinable> {
  const server = await startTestServer({ JOINS_PER_MINUTE_PER_ADDRESS: '2', ...env });
  const admin = await server.login('admin');
  const created = await server.gql('mutation($i: SessionInput!) { createSession(input: $i) { id joinCode } }', { i: { title: '代理地址', theme: '客户端地址', scheduledAt: new Date().toISOString() } }, { token: admin });
  const { id, joinCode } = created.data.createSession as { id: string; joinCode: string };
  await server.gql('mutation($id: ID!) { publishSession(id: $id) { id } }', { id }, { token: admin });
  return { server, admin, sessionId: id, joinCode };
}

/** Joins over HTTP with the given X-Forwarded-For; the error code, or 'OK'. */
async function joinOverHttp({ server, joinCode }: Joinable, forwardedFor: string): Promise<string> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ query: JOIN, variables: { c: joinCode } }),
  });
  const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
  return body.errors?.[0]?.extensions.code ?? 'OK';
}

const sockets: Client[] = [];
afterEach(async () => { await Promise.all(sockets.splice(0).map((client) => client.dispose())); });

/** Joins over a new WebSocket whose upgrade request carries the given X-Forwarded-For; the error code, or 'OK'. */
async function joinOverWebSocket({ server, joinCode }: Joinable, forwardedFor: string): Promise<string> {
  const client = createClient({
    url: `${server.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { 'x-forwarded-for': forwardedFor } });
      }
    },
    retryAttempts: 0,
    lazy: true,
  });
  sockets.push(client);
  const result = (await nextValue(client.iterate({ query: JOIN, variables: { c: joinCode } }))) as { errors?: { extensions: { code: string } }[] };
  return result.errors?.[0]?.extensions.code ?? 'OK';
}

const flagged = async ({ server, admin, sessionId }: Joinable) =>
  (await server.gql(FLAGGED, { s: sessionId }, { token: admin })).data.joinAnomalies.nodes as { address: string; refusedJoins: number }[];

const transports = [['HTTP', joinOverHttp], ['WebSocket', joinOverWebSocket]] as const;

describe('without TRUST_PROXY (the default)', () => {
  for (const [transport, join] of transports) {
    describe(`over ${transport}`, () => {
      let joinable: Joinable;
      beforeAll(async () => { joinable = await startWithSession({}); });
      afterAll(async () => { await joinable?.server.stop(); });

      it('ignores a forged X-Forwarded-For: the join cap holds for the connection’s own address', async () => {
        const codes: string[] = [];
        for (const forged of ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4']) codes.push(await join(joinable, forged));
        expect(codes).toEqual(['OK', 'OK', 'RATE_LIMITED', 'RATE_LIMITED']);
        const flags = await flagged(joinable);
        expect(flags).toEqual([{ address: expect.stringContaining('127.0.0.1'), refusedJoins: 2 }]);
      });
    });
  }
});

describe('with TRUST_PROXY naming the reverse proxy', () => {
  for (const [transport, join] of transports) {
    describe(`over ${transport}`, () => {
      let joinable: Joinable;
      beforeAll(async () => { joinable = await startWithSession({ TRUST_PROXY: '127.0.0.1' }); });
      afterAll(async () => { await joinable?.server.stop(); });

      it('takes the client address from X-Forwarded-For: each forwarded address has its own join budget', async () => {
        const codes: string[] = [];
        for (const client of ['203.0.113.1', '203.0.113.1', '203.0.113.1', '203.0.113.2', '203.0.113.2', '203.0.113.3']) codes.push(await join(joinable, client));
        expect(codes).toEqual(['OK', 'OK', 'RATE_LIMITED', 'OK', 'OK', 'OK']);
        expect(await flagged(joinable)).toEqual([{ address: '203.0.113.1', refusedJoins: 1 }]);
      });

      it('believes only the hop the proxy added, not addresses a client wrote before it', async () => {
        // The proxy appends the address it saw; whatever the client sent stays to its left.
        const codes: string[] = [];
        for (const forged of ['10.9.9.1', '10.9.9.2', '10.9.9.3']) codes.push(await join(joinable, `${forged}, 203.0.113.9`));
        expect(codes).toEqual(['OK', 'OK', 'RATE_LIMITED']);
      });
    });
  }
});
