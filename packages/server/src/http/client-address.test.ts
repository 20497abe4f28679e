import { BlockList } from 'node:net';
import fc from 'fast-check';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nextValue, startTestServer, type TestServer } from '../test/harness.js';
import { addressKey } from './client-address.js';

// The per-address join cap (two a minute here) shows which address the server took for the client:
// a forged X-Forwarded-For that counted would get a fresh budget with every new value.
const JOIN = 'mutation($c: String!) { joinSession(joinCode: $c) { token } }';
const FLAGGED = 'query($s: ID) { joinAnomalies(first: 50, sessionId: $s) { nodes { address refusedJoins } } }';

interface Joinable {
  server: TestServer;
  admin: string;
  sessionId: string;
  joinCode: string;
}

async function startWithSession(env: Record<string, string>): Promise<Joinable> {
  const server = await startTestServer({ JOINS_PER_MINUTE_PER_ADDRESS: '2', ...env });
  const admin = await server.login('admin');
  const created = await server.gql(
    'mutation($i: SessionInput!) { createSession(input: $i) { id joinCode } }',
    { i: { title: '代理地址', theme: '客户端地址', scheduledAt: new Date().toISOString() } },
    { token: admin },
  );
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
afterEach(async () => {
  await Promise.all(sockets.splice(0).map((client) => client.dispose()));
});

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
  const result = (await nextValue(client.iterate({ query: JOIN, variables: { c: joinCode } }))) as {
    errors?: { extensions: { code: string } }[];
  };
  return result.errors?.[0]?.extensions.code ?? 'OK';
}

const flagged = async ({ server, admin, sessionId }: Joinable) =>
  (await server.gql(FLAGGED, { s: sessionId }, { token: admin })).data.joinAnomalies.nodes as { address: string; refusedJoins: number }[];

const transports = [
  ['HTTP', joinOverHttp],
  ['WebSocket', joinOverWebSocket],
] as const;

describe('without TRUST_PROXY (the default)', () => {
  for (const [transport, join] of transports) {
    describe(`over ${transport}`, () => {
      let joinable: Joinable;
      beforeAll(async () => {
        joinable = await startWithSession({});
      });
      afterAll(async () => {
        await joinable?.server.stop();
      });

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
      beforeAll(async () => {
        joinable = await startWithSession({ TRUST_PROXY: '127.0.0.1' });
      });
      afterAll(async () => {
        await joinable?.server.stop();
      });

      it('takes the client address from X-Forwarded-For: each forwarded address has its own join budget', async () => {
        const codes: string[] = [];
        for (const client of ['203.0.113.1', '203.0.113.1', '203.0.113.1', '203.0.113.2', '203.0.113.2', '203.0.113.3'])
          codes.push(await join(joinable, client));
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

describe('the key per-address limits count (addressKey)', () => {
  it('keeps IPv4 addresses apart, and counts an IPv4-mapped IPv6 address as its IPv4 address', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('203.0.113.8')).toBe('203.0.113.8');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::FFFF:cb00:7107')).toBe('203.0.113.7');
    expect(addressKey('unknown')).toBe('unknown');
  });

  it('counts an IPv6 address by its /64, however it is written', () => {
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:DB8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:0000:0000:0000:0009')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80::/64');
    expect(addressKey('::1')).toBe('::/64');
    expect(addressKey('2001:db8:1:2:3:4:1.2.3.4')).toBe('2001:db8:1:2::/64');
  });

  it('gives every address of a /64 the same key, a prefix that holds it (checked with node:net’s BlockList), and other /64s other keys', () => {
    const group = fc.integer({ min: 0, max: 0xffff });
    const address = fc.array(group, { minLength: 8, maxLength: 8 }).map((groups) => groups.map((g) => g.toString(16)).join(':'));
    fc.assert(
      fc.property(address, fc.array(group, { minLength: 4, maxLength: 4 }), (text, otherHalf) => {
        const groups = text.split(':');
        if (groups.slice(0, 5).every((g) => g === '0') && groups[5] === 'ffff') return; // IPv4-mapped: an IPv4 key
        const key = addressKey(text);
        const [prefix, length] = key.split('/');
        expect(length).toBe('64');
        const block = new BlockList();
        block.addSubnet(prefix!, 64, 'ipv6');
        expect(block.check(text, 'ipv6')).toBe(true);
        const sibling = [...groups.slice(0, 4), ...otherHalf.map((g) => g.toString(16))].join(':');
        expect(addressKey(sibling)).toBe(key);
        const neighbour = [...groups.slice(0, 3), ((parseInt(groups[3]!, 16) + 1) % 0x10000).toString(16), ...groups.slice(4)].join(':');
        expect(addressKey(neighbour)).not.toBe(key);
      }),
      { numRuns: 500 },
    );
  });

  describe('at the join cap (two a minute), behind a named proxy', () => {
    let joinable: Joinable;
    beforeAll(async () => {
      joinable = await startWithSession({ TRUST_PROXY: '127.0.0.1' });
    });
    afterAll(async () => {
      await joinable?.server.stop();
    });

    it('counts IPv6 clients of one /64 together and another /64 apart, and flags the /64', async () => {
      const codes: string[] = [];
      for (const client of ['2001:db8:1:2::1', '2001:db8:1:2::2', '2001:db8:1:2:ffff::3', '2001:db8:1:3::1'])
        codes.push(await joinOverHttp(joinable, client));
      expect(codes).toEqual(['OK', 'OK', 'RATE_LIMITED', 'OK']);
      expect(await flagged(joinable)).toEqual([{ address: '2001:db8:1:2::/64', refusedJoins: 1 }]);
    });

    it('counts an IPv4 client the same whether written plainly or IPv4-mapped', async () => {
      const codes: string[] = [];
      for (const client of ['203.0.113.50', '::ffff:203.0.113.50', '::ffff:203.0.113.50']) codes.push(await joinOverHttp(joinable, client));
      expect(codes).toEqual(['OK', 'OK', 'RATE_LIMITED']);
    });
  });
});
