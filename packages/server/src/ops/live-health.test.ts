import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT_ALL_WARNINGS, onPostgres, startTestServer, type TestServer } from '../test/harness.js';
import { parseMetrics, quantile } from './live-health.js';

const TOKEN = 'metrics-token-0123456789abcdef';
const FIGURES = `{ liveHealth(sessionId: $s) {
  windowSeconds webSocketClients workers { worker clients } votesPerSecond ackP50Seconds ackP99Seconds
  fanOutP50Seconds fanOutP99Seconds intakeQueueDepth databaseUp redisUp } }`;

let server: TestServer;
let admin: string;
let host: string;

beforeAll(async () => {
  server = await startTestServer({ METRICS_TOKEN: TOKEN });
  [admin, host] = await Promise.all([server.login('admin'), server.login('host')]);
});
afterAll(async () => {
  await server?.stop();
});

const scrape = () => fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } }).then((r) => r.text());
const sampleOf = (text: string, name: string, labels: Record<string, string> = {}) =>
  parseMetrics(text)
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);

async function health(sessionId: string, token = host) {
  return server.gql(`query($s: ID!) ${FIGURES}`, { s: sessionId }, { token });
}

/** A live session with its first question's voting open. */
async function openRound(): Promise<{ sessionId: string; joinCode: string; roundId: string }> {
  const departmentId = (await server.gql('{ departments(first: 1) { nodes { id } } }', {}, { token: admin })).data.departments.nodes[0].id;
  const session = (
    await server.gql(
      'mutation($i: SessionInput!) { createSession(input: $i) { id joinCode } }',
      { i: { title: '健康', theme: '指示灯', scheduledAt: new Date().toISOString() } },
      { token: admin },
    )
  ).data.createSession;
  const questionId = (
    await server.gql(
      'mutation($s: ID!, $i: QuestionInput!) { addQuestion(sessionId: $s, input: $i) { questions { id } } }',
      { s: session.id, i: { title: '问题', body: '内容', questioner: '代表', departmentId, respondent: '局长' } },
      { token: admin },
    )
  ).data.addQuestion.questions[0].id;
  await server.gql('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: session.id }, { token: admin });
  await server.gql(
    'mutation($i: StartSessionInput!) { startSession(input: $i) { id } }',
    { i: { sessionId: session.id, acceptWarnings: ACCEPT_ALL_WARNINGS } },
    { token: host },
  );
  for (const verb of ['askQuestion', 'startAnswer', 'openVoting'])
    await server.gql(`mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id: questionId }, { token: host });
  const roundId = (
    await server.gql('query($id: ID!) { session(id: $id) { questions { round { id } } } }', { id: session.id }, { token: host })
  ).data.session.questions[0].round.id;
  return { sessionId: session.id, joinCode: session.joinCode, roundId };
}

async function castVote(joinCode: string, roundId: string) {
  const pass = (await server.gql('mutation($c: String!) { joinSession(joinCode: $c) { token } }', { c: joinCode })).data.joinSession.token;
  const voted = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-device-token': pass },
    body: JSON.stringify({
      query: 'mutation($i: CastVoteInput!) { castVote(input: $i) { roundId } }',
      variables: { i: { roundId, choice: 'SATISFIED', ballotId: randomUUID() } },
    }),
  }).then((r) => r.json() as Promise<any>);
  expect(voted.errors).toBeUndefined();
}

describe('liveHealth', () => {
  it('reads the figures of the metrics endpoint: votes/s and acknowledgement quantiles over the window, connections, queue, dependencies', async () => {
    const { sessionId, joinCode, roundId } = await openRound();
    const first = await health(sessionId);
    expect(first.errors).toBeUndefined();
    // The first reading has nothing earlier to compare with: rates are unknown, not zero.
    expect(first.data.liveHealth.windowSeconds).toBeNull();
    expect(first.data.liveHealth.votesPerSecond).toBeNull();
    const before = await scrape();

    for (let i = 0; i < 3; i++) await castVote(joinCode, roundId);
    await sleep(1_100);
    const after = await scrape();
    const { data, errors } = await health(sessionId);
    expect(errors).toBeUndefined();
    const figures = data.liveHealth;

    // Three ballots over the window since the first reading (the scrapes' counter moved by as many).
    expect(sampleOf(after, 'wenzheng_votes_accepted_total') - sampleOf(before, 'wenzheng_votes_accepted_total')).toBe(3);
    expect(figures.windowSeconds).toBeGreaterThan(1);
    expect(figures.votesPerSecond * figures.windowSeconds).toBeCloseTo(3, 5);
    // Each acknowledgement took at most the largest bucket bound reached; p50 ≤ p99.
    expect(figures.ackP50Seconds).toBeGreaterThan(0);
    expect(figures.ackP99Seconds).toBeGreaterThanOrEqual(figures.ackP50Seconds);
    expect(figures.ackP99Seconds).toBeLessThanOrEqual(10);
    // Gauges as the endpoint reports them.
    expect(figures.workers).toEqual([{ worker: '0', clients: sampleOf(after, 'wenzheng_websocket_clients', { worker: '0' }) }]);
    expect(figures.webSocketClients).toBe(figures.workers[0].clients);
    expect(figures.intakeQueueDepth).toBe(sampleOf(after, 'wenzheng_vote_intake_queue_depth'));
    expect(figures.databaseUp).toBe(true);
    expect(figures.redisUp).toBe(onPostgres && process.env.TEST_REDIS_URL ? true : null);
  });

  it('counts a follower’s WebSocket and times the fan-out', async () => {
    const { sessionId } = await openRound();
    await sleep(1_100);
    const before = (await health(sessionId)).data.liveHealth;
    const client = server.ws();
    const stream = client.iterate({
      query: 'subscription($s: ID!) { liveStateChanged(sessionId: $s) { __typename } }',
      variables: { s: sessionId },
    });
    await stream.next();
    await sleep(1_100);
    const during = (await health(sessionId)).data.liveHealth;
    expect(during.webSocketClients).toBe(before.webSocketClients + 1);
    expect(during.fanOutP99Seconds).not.toBeNull();
    expect(during.fanOutP99Seconds).toBeGreaterThanOrEqual(during.fanOutP50Seconds);
    await stream.return?.();
    await client.dispose();
  });

  it('is for the host and the administrator only, and names an unknown session', async () => {
    const { sessionId } = await openRound();
    expect((await health(sessionId, admin)).errors).toBeUndefined();
    for (const username of ['dept', 'rep', 'mod']) {
      const refused = await health(sessionId, await server.login(username));
      expect(refused.errors?.[0]?.extensions?.code, username).toBe('FORBIDDEN');
    }
    expect((await server.gql(`query($s: ID!) ${FIGURES}`, { s: sessionId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await health(randomUUID())).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('quantile', () => {
  const buckets = (counts: number[], bounds = [0.01, 0.1, 1, Number.POSITIVE_INFINITY]) =>
    bounds.map((le, i) => ({ le, count: counts[i]! }));

  it('interpolates within the bucket, as histogram_quantile does, over the change between two readings', () => {
    // Between the readings: 50 observations ≤ 10 ms, 50 in (10 ms, 100 ms].
    const before = buckets([10, 10, 10, 10]);
    const after = buckets([60, 110, 110, 110]);
    expect(quantile(0.5, before, after)).toBeCloseTo(0.01, 10);
    expect(quantile(0.99, before, after)).toBeCloseTo(0.01 + 0.09 * (49 / 50), 10);
    expect(quantile(0.25, before, after)).toBeCloseTo(0.005, 10);
  });

  it('is unknown without observations and capped at the highest finite bound', () => {
    expect(quantile(0.99, buckets([5, 5, 5, 5]), buckets([5, 5, 5, 5]))).toBeNull();
    expect(quantile(0.99, buckets([0, 0, 0, 0]), buckets([0, 0, 0, 4]))).toBe(1);
  });

  it('parses label values with escapes', () => {
    expect(parseMetrics('# HELP x y\nx{a="b\\"c",le="+Inf"} 3\ny 1.5e-3\n')).toEqual([
      { name: 'x', labels: { a: 'b"c', le: '+Inf' }, value: 3 },
      { name: 'y', labels: {}, value: 0.0015 },
    ]);
  });
});
