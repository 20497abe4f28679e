import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { ACCEPT_ALL_WARNINGS, nextValue, onPostgres, startTestServer, type TestServer } from '../test/harness.js';
import { metricsRoute } from './metrics.routes.js';

const TOKEN = 'metrics-token-0123456789abcdef';

let server: TestServer;
let admin: string;
let host: string;

beforeAll(async () => {
  server = await startTestServer({ METRICS_TOKEN: TOKEN });
  admin = await server.login('admin');
  host = await server.login('host');
});
afterAll(async () => {
  await server?.stop();
});

const scrape = (authorization?: string) =>
  fetch(`${server.url}/metrics`, { headers: authorization ? { authorization } : {} }).then(async (r) => ({
    status: r.status,
    type: r.headers.get('content-type'),
    authenticate: r.headers.get('www-authenticate'),
    text: await r.text(),
  }));

/** The value of one sample line (`name{labels} value`), 0 when absent. */
function sample(text: string, name: string, labels = ''): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line ? Number(line.split(' ').pop()) : 0;
}

async function openRound(): Promise<{ sessionId: string; joinCode: string; roundId: string }> {
  const departmentId = (await server.gql('{ departments(first: 1) { nodes { id } } }', {}, { token: admin })).data.departments.nodes[0].id;
  const session = (
    await server.gql(
      'mutation($i: SessionInput!) { createSession(input: $i) { id joinCode } }',
      { i: { title: '指标', theme: '测试', scheduledAt: new Date().toISOString() } },
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

describe('the metrics endpoint', () => {
  it('refuses a scrape without the token, or with a wrong one, as UNAUTHENTICATED (401)', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`]) {
      const refused = await scrape(authorization);
      expect(refused.status).toBe(401);
      expect(refused.authenticate).toMatch(/^Bearer/);
      expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(refused.text).not.toContain('wenzheng_');
    }
  });

  it('answers the show’s figures in Prometheus text with the token', async () => {
    const answered = await scrape(`Bearer ${TOKEN}`);
    expect(answered.status).toBe(200);
    expect(answered.type).toMatch(/^text\/plain; version=0\.0\.4/);
    for (const name of [
      'wenzheng_votes_accepted_total',
      'wenzheng_vote_ack_seconds',
      'wenzheng_websocket_clients',
      'wenzheng_fanout_seconds',
      'wenzheng_vote_intake_queue_depth',
      'wenzheng_dependency_up',
      'wenzheng_process_resident_memory_bytes',
    ])
      expect(answered.text).toContain(`# TYPE ${name} `);
    expect(sample(answered.text, 'wenzheng_dependency_up', 'dependency="database"')).toBe(1);
    // With Redis, its health; without, no figure at all, rather than a 0 that would look like an outage.
    if (onPostgres && process.env.TEST_REDIS_URL) expect(sample(answered.text, 'wenzheng_dependency_up', 'dependency="redis"')).toBe(1);
    else expect(answered.text).not.toContain('dependency="redis"');
    expect(sample(answered.text, 'wenzheng_websocket_clients', 'worker="0"')).toBeGreaterThanOrEqual(0);
  });

  it('moves the vote counter and the acknowledgement histogram when a vote is counted', async () => {
    const { joinCode, roundId } = await openRound();
    const pass = (await server.gql('mutation($c: String!) { joinSession(joinCode: $c) { token } }', { c: joinCode })).data.joinSession
      .token;
    const before = (await scrape(`Bearer ${TOKEN}`)).text;
    const voted = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-device-token': pass },
      body: JSON.stringify({
        query: 'mutation($i: CastVoteInput!) { castVote(input: $i) { roundId } }',
        variables: { i: { roundId, choice: 'SATISFIED', ballotId: randomUUID() } },
      }),
    }).then((r) => r.json() as Promise<any>);
    expect(voted.errors).toBeUndefined();
    const after = (await scrape(`Bearer ${TOKEN}`)).text;
    const delta = (name: string, labels = '') => sample(after, name, labels) - sample(before, name, labels);
    expect(delta('wenzheng_votes_accepted_total', 'channel="ONLINE"')).toBe(1);
    expect(delta('wenzheng_vote_ack_seconds_count')).toBe(1);
    expect(delta('wenzheng_vote_ack_seconds_bucket', 'le="+Inf"')).toBe(1);
    expect(delta('wenzheng_vote_ack_seconds_sum')).toBeGreaterThan(0);
  });

  it('counts open WebSocket connections and times the fan-out of shared subscriptions', async () => {
    const { sessionId } = await openRound();
    const before = (await scrape(`Bearer ${TOKEN}`)).text;
    const client = server.ws();
    const stream = client.iterate({
      query: 'subscription($s: ID!) { liveStateChanged(sessionId: $s) { __typename } }',
      variables: { s: sessionId },
    });
    expect((await nextValue(stream)).errors).toBeUndefined();
    const during = (await scrape(`Bearer ${TOKEN}`)).text;
    const clients = (text: string) => sample(text, 'wenzheng_websocket_clients', 'worker="0"');
    expect(clients(during)).toBe(clients(before) + 1);
    expect(sample(during, 'wenzheng_fanout_seconds_count')).toBeGreaterThan(sample(before, 'wenzheng_fanout_seconds_count'));
    await stream.return?.();
    await client.dispose();
  });
});

describe('METRICS_TOKEN', () => {
  it('turns the endpoint off when unset, with NOT_FOUND (404)', async () => {
    const app = express();
    metricsRoute(app, { metricsToken: undefined }, createLogger('silent'));
    const listening = app.listen(0, '127.0.0.1');
    await once(listening, 'listening');
    try {
      const { port } = listening.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(response.status).toBe(404);
      expect(((await response.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
    } finally {
      listening.close();
    }
  });

  it('must be long enough not to be guessed', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(ConfigError);
    expect(loadConfig({ METRICS_TOKEN: TOKEN }).metricsToken).toBe(TOKEN);
  });
});
