import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.js';

const JOIN = 'mutation($c: String!) { joinSession(joinCode: $c) { token } }';
const CLAIM = 'mutation($i: ClaimSeatInput!) { claimSeat(input: $i) { token } }';
const LIST = `query($first: Int!, $after: String, $search: String, $sessionId: ID) {
  joinAnomalies(first: $first, after: $after, search: $search, sessionId: $sessionId) {
    totalCount nodes { id address sessionId sessionTitle windowStart refusedJoins firstRefusedAt lastRefusedAt } pageInfo { endCursor hasNextPage }
  }
}`;

let server: TestServer;
let admin: string;

async function publishedSession(title: string) {
  const created = await server.gql(
    'mutation($i: SessionInput!) { createSession(input: $i) { id joinCode } }',
    { i: { title, theme: '刷票检测', scheduledAt: new Date().toISOString() } },
    { token: admin },
  );
  const session = created.data.createSession as { id: string; joinCode: string };
  await server.gql('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: session.id }, { token: admin });
  return session;
}

beforeAll(async () => {
  // Two joins a minute per address, so the cap is reached at once.
  server = await startTestServer({ JOINS_PER_MINUTE_PER_ADDRESS: '2' });
  admin = await server.login('admin');
});
afterAll(async () => {
  await server?.stop();
});

describe('ballot-stuffing flags', () => {
  it('flags an address that goes over the join cap, one row per session and minute counting the refused joins', async () => {
    const session = await publishedSession('刷票检测一');
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push((await server.gql(JOIN, { c: session.joinCode })).errors?.[0]?.extensions.code ?? 'OK');
    expect(codes).toEqual(['OK', 'OK', 'RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED']);
    // Claiming a seat is a join too.
    expect((await server.gql(CLAIM, { i: { joinCode: session.joinCode, seatCode: 'ABCDEF' } })).errors?.[0]?.extensions.code).toBe(
      'RATE_LIMITED',
    );

    const page = (await server.gql(LIST, { first: 50, sessionId: session.id }, { token: admin })).data.joinAnomalies;
    expect(page.totalCount).toBe(1);
    const [anomaly] = page.nodes;
    expect(anomaly).toMatchObject({
      sessionId: session.id,
      sessionTitle: '刷票检测一',
      refusedJoins: 4,
      address: expect.stringContaining('127.0.0.1'),
    });
    expect(new Date(anomaly.windowStart).getUTCSeconds()).toBe(0);
    expect(new Date(anomaly.lastRefusedAt).getTime()).toBeGreaterThanOrEqual(new Date(anomaly.firstRefusedAt).getTime());
  });

  it('keeps sessions apart and lists the most recent first', async () => {
    const other = await publishedSession('刷票检测二');
    expect((await server.gql(JOIN, { c: other.joinCode })).errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    const all = (await server.gql(LIST, { first: 50 }, { token: admin })).data.joinAnomalies;
    expect(all.nodes.map((n: { sessionTitle: string; refusedJoins: number }) => [n.sessionTitle, n.refusedJoins])).toEqual([
      ['刷票检测二', 1],
      ['刷票检测一', 4],
    ]);
    const paged = (await server.gql(LIST, { first: 1 }, { token: admin })).data.joinAnomalies;
    expect(paged.pageInfo.hasNextPage).toBe(true);
    const next = (await server.gql(LIST, { first: 1, after: paged.pageInfo.endCursor }, { token: admin })).data.joinAnomalies;
    expect(next.nodes[0].sessionTitle).toBe('刷票检测一');
    expect((await server.gql(LIST, { first: 50, search: '203.0.113.' }, { token: admin })).data.joinAnomalies.totalCount).toBe(0);
  });

  it('does not flag refusals for a code that names no session', async () => {
    const before = (await server.gql(LIST, { first: 50 }, { token: admin })).data.joinAnomalies.totalCount;
    expect((await server.gql(JOIN, { c: '000000' })).errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect((await server.gql(LIST, { first: 50 }, { token: admin })).data.joinAnomalies.totalCount).toBe(before);
  });

  it('shows the flags to admins only', async () => {
    const host = await server.login('host');
    expect((await server.gql(LIST, { first: 50 }, { token: host })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await server.gql(LIST, { first: 50 })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
