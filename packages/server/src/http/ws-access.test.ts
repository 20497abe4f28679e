import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { ACCEPT_ALL_WARNINGS, startTestServer, type TestServer } from '../test/harness.js';
import { TEST_PASSWORD } from '../db/seeders/test.seeder.js';
import { createAppPubSub } from '../graphql/pubsub.js';
import { createLogger } from '../logger.js';
import { CREDENTIAL_ENDED, SESSION_ENDED, SocketCredentials, TOO_MANY_OPERATIONS } from './ws-access.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ PUBLIC_URL: 'https://wenzheng.example.gov.cn', ALLOWED_ORIGINS: 'https://screen.example.gov.cn' });
});
afterAll(() => server?.stop());

const ME = '{ me { username } }';

/** A raw graphql-ws connection, to see the handshake's answer and the close code. */
function rawSocket(headers: Record<string, string>, connectionParams: Record<string, unknown> = {}) {
  const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', { headers });
  const messages: any[] = [];
  const waiters: (() => void)[] = [];
  const opened = new Promise<number>((resolve) => {
    socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.on('open', () => {
      socket.send(JSON.stringify({ type: 'connection_init', payload: connectionParams }));
      resolve(101);
    });
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  socket.on('message', (data) => {
    messages.push(JSON.parse(data.toString()));
    waiters.splice(0).forEach((wake) => wake());
  });
  /** The next message matching `test`, waiting up to `ms`. */
  const next = async (test: (message: any) => boolean, ms = 5_000) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = messages.findIndex(test);
      if (found >= 0) return messages.splice(found, 1)[0];
      if (Date.now() > deadline) throw new Error(`no matching message within ${ms} ms; got ${JSON.stringify(messages)}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  };
  const subscribe = (id: string, query: string, variables: Record<string, unknown> = {}) =>
    socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
  return { socket, opened, closed, messages, next, subscribe };
}

async function signIn(username: string) {
  const login = await server.gql('mutation($input: LoginInput!) { login(input: $input) { token } }', {
    input: { username, password: TEST_PASSWORD },
  });
  if (!login.data) throw new Error(JSON.stringify(login.errors));
  return { token: login.data.login.token as string, cookie: (login.headers.get('set-cookie') ?? '').split(';')[0]! };
}

async function meOver(headers: Record<string, string>, params: Record<string, unknown> = {}) {
  const raw = rawSocket(headers, params);
  expect(await raw.opened).toBe(101);
  await raw.next((m) => m.type === 'connection_ack');
  raw.subscribe('1', ME);
  const answer = await raw.next((m) => m.id === '1' && m.type === 'next');
  raw.socket.close();
  return answer.payload.data.me;
}

/** A live session with `questions` questions, and a caller as its admin. */
async function liveSession(questions: number) {
  const { token: admin } = await signIn('admin');
  const ok = async (query: string, variables: Record<string, unknown>) => {
    const result = await server.gql(query, variables, { token: admin });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const session = (
    await ok('mutation($i: SessionInput!) { createSession(input: $i) { id joinCode } }', {
      i: { title: '测试', theme: '加强物业管理', scheduledAt: new Date().toISOString(), settings: { windowSeconds: 120 } },
    })
  ).createSession as { id: string; joinCode: string };
  const departmentId = (await ok('{ departments(first: 1) { nodes { id } } }', {})).departments.nodes[0].id;
  const questionIds: string[] = [];
  for (let i = 0; i < questions; i++) {
    const added = await ok('mutation($s: ID!, $i: QuestionInput!) { addQuestion(sessionId: $s, input: $i) { questions { id } } }', {
      s: session.id,
      i: { title: `q${i}`, body: 'b', questioner: 'x', departmentId, respondent: 'y' },
    });
    questionIds.push(added.addQuestion.questions[i].id);
  }
  await ok('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: session.id });
  await ok(
    'mutation($id: ID!, $accept: [PreLiveCheckCode!]!) { startSession(input: { sessionId: $id, acceptWarnings: $accept }) { id } }',
    { id: session.id, accept: ACCEPT_ALL_WARNINGS },
  );
  /** Takes a question to its vote and answers the open round's id. */
  const openVote = async (questionId: string) => {
    for (const verb of ['askQuestion', 'startAnswer', 'openVoting'])
      await ok(`mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id: questionId });
    const state = await ok('query($id: ID!) { liveState(sessionId: $id) { question { round { id } } } }', { id: session.id });
    return state.liveState.question.round.id as string;
  };
  return { session, questionIds, ok, openVote };
}

describe('who may open the GraphQL WebSocket', () => {
  it('refuses an upgrade from another site’s page, even with the staff cookie', async () => {
    const { cookie } = await signIn('admin');
    const raw = rawSocket({ origin: 'https://evil.example', cookie });
    expect(await raw.opened).toBe(403);
    // A malformed origin is another site too.
    expect(await rawSocket({ origin: 'null', cookie }).opened).toBe(403);
  });

  it('accepts the app’s own pages, PUBLIC_URL and ALLOWED_ORIGINS, with the cookie', async () => {
    const { cookie } = await signIn('admin');
    expect(await meOver({ origin: server.url, cookie })).toEqual({ username: 'admin' });
    expect(await meOver({ origin: 'https://wenzheng.example.gov.cn', cookie })).toEqual({ username: 'admin' });
    expect(await meOver({ origin: 'https://screen.example.gov.cn', cookie })).toEqual({ username: 'admin' });
  });

  it('lets a native client (no Origin) in with a token parameter, never with the cookie', async () => {
    const { token, cookie } = await signIn('admin');
    expect(await meOver({ cookie })).toBeNull();
    expect(await meOver({}, { token })).toEqual({ username: 'admin' });
  });
});

describe('a socket whose credential ends is closed', () => {
  it('closes a staff subscription when its sign-in signs out, and sends nothing more', async () => {
    const { token, cookie } = await signIn('admin');
    const raw = rawSocket({ origin: server.url, cookie });
    await raw.next((m) => m.type === 'connection_ack');
    raw.subscribe('clues', 'subscription { clueSubmitted { id } }');
    await new Promise((resolve) => setTimeout(resolve, 300)); // registered once the server has accepted it
    const logout = await server.gql('mutation { logout }', {}, { token });
    expect(logout.data).toEqual({ logout: true });
    expect(await raw.closed).toEqual({ code: CREDENTIAL_ENDED, reason: 'Signed out' });
    expect(raw.messages.filter((m) => m.id === 'clues')).toEqual([]);
  });

  it('closes a staff socket whose sign-in ended without the event reaching this instance', async () => {
    const { token } = await signIn('host');
    const raw = rawSocket({}, { token });
    await raw.next((m) => m.type === 'connection_ack');
    // As if a sign-out's event was lost (pub/sub away): only the database knows.
    await server.orm.em
      .fork()
      .getConnection()
      .execute(`delete from auth_session where account_id = (select id from account where username = 'host')`);
    const closed = await Promise.race([raw.closed, new Promise((resolve) => setTimeout(() => resolve('still open'), 10_000))]);
    expect(closed).toEqual({ code: CREDENTIAL_ENDED, reason: 'Signed out' });
  });

  it('closes a staff socket when its sign-in expires', async () => {
    const { token } = await signIn('admin');
    await server.orm.em
      .fork()
      .getConnection()
      .execute(`update auth_session set expires_at = now() + interval '1 second' where expires_at > now() + interval '1 hour'`);
    const raw = rawSocket({}, { token });
    await raw.next((m) => m.type === 'connection_ack');
    const closed = await Promise.race([raw.closed, new Promise((resolve) => setTimeout(() => resolve('still open'), 10_000))]);
    expect(closed).toEqual({ code: CREDENTIAL_ENDED, reason: 'Sign-in expired' });
  });

  it('closes phones’ sockets when their session ends, after the final state, and refuses their passes after', async () => {
    const { session, ok } = await liveSession(1);
    const pass = (await server.gql('mutation($c: String!) { joinSession(joinCode: $c) { token } }', { c: session.joinCode })).data
      .joinSession.token as string;

    const phone = rawSocket({}, { deviceToken: pass });
    await phone.next((m) => m.type === 'connection_ack');
    phone.subscribe('state', 'subscription($id: ID!) { liveStateChanged(sessionId: $id) { status } }', { id: session.id });
    expect((await phone.next((m) => m.id === 'state')).payload.data.liveStateChanged.status).toBe('LIVE');
    await ok('mutation($id: ID!) { endSession(id: $id) { id } }', { id: session.id });
    expect((await phone.next((m) => m.id === 'state')).payload.data.liveStateChanged.status).toBe('ENDED');
    expect(await phone.closed).toEqual({ code: SESSION_ENDED, reason: 'Session ended' });

    const again = rawSocket({}, { deviceToken: pass });
    expect(await again.closed).toEqual({ code: SESSION_ENDED, reason: 'Session ended' });
  });
});

describe('a phone whose pass was checked just before its session ended', () => {
  it('is closed when it is tracked after the session’s phones were closed', async () => {
    vi.useFakeTimers();
    const pubsub = createAppPubSub();
    // The database answers slowly, from before the end: not ended.
    const credentials = new SocketCredentials(
      pubsub,
      createLogger('silent'),
      () => new Promise((resolve) => setTimeout(() => resolve(false), 10_000)),
      async () => new Set(),
    );
    try {
      const checked = credentials.sessionEnded('s1');
      pubsub.publish('SESSION_ENDED', { sessionId: 's1' });
      await vi.advanceTimersByTimeAsync(10_000);
      expect(await checked).toBe(false);
      const socket = { OPEN: 1, readyState: 1, close: vi.fn(), on: vi.fn() } as unknown as WebSocket;
      expect(credentials.trackPhone(socket, 's1')).toBe(false);
      expect(socket.close).toHaveBeenCalledWith(SESSION_ENDED, 'Session ended');
    } finally {
      credentials.close();
      vi.useRealTimers();
    }
  });
});

const VOTE = 'mutation($input: CastVoteInput!) { castVote(input: $input) { replayed } }';

/** A phone on its own socket, voting and timing each answer. */
async function phone(pass: string) {
  const raw = rawSocket({}, { deviceToken: pass });
  await raw.next((m) => m.type === 'connection_ack');
  let n = 0;
  return {
    raw,
    /** Sends a vote and answers how long its answer took, and the answer. */
    async vote(roundId: string, ballotId = randomUUID()) {
      const id = `v${n++}`;
      const started = performance.now();
      raw.socket.send(
        JSON.stringify({
          id,
          type: 'subscribe',
          payload: { query: VOTE, variables: { input: { roundId, choice: 'SATISFIED', ballotId } } },
        }),
      );
      const answer = await raw.next((m) => m.id === id && (m.type === 'next' || m.type === 'error'), 20_000);
      return { ms: performance.now() - started, answer };
    },
  };
}

/** The refusal's code of a vote's answer (an operation error or a result with errors), undefined when counted. */
const refusal = (answer: any): string | undefined =>
  (answer.type === 'error' ? answer.payload[0] : answer.payload.errors?.[0])?.extensions.code;

const p99 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.99) - 1]!;

describe('a flood on one socket', () => {
  it('refuses operations beyond the cap at once', async () => {
    const { token } = await signIn('admin');
    const raw = rawSocket({}, { token });
    await raw.next((m) => m.type === 'connection_ack');
    for (let i = 0; i < 52; i++) raw.subscribe(`s${i}`, 'subscription { clueSubmitted { id } }');
    const refused = await raw.next((m) => m.type === 'error');
    expect(refused.payload[0].extensions.code).toBe('RATE_LIMITED');
    raw.socket.close();
  });

  it('closes a flooding socket, keeps its voter to one vote in flight, and other voters’ answers as fast as without the flood', async () => {
    const { session, questionIds, ok, openVote } = await liveSession(2);
    const passes = await Promise.all(
      Array.from(
        { length: 101 },
        async () =>
          (await server.gql('mutation($c: String!) { joinSession(joinCode: $c) { token } }', { c: session.joinCode })).data.joinSession
            .token as string,
      ),
    );
    const [flooder, ...others] = await Promise.all(passes.map(phone));

    const quiet = await openVote(questionIds[0]!);
    const alone = await Promise.all(others.map((p) => p.vote(quiet)));
    expect(alone.map((v) => refusal(v.answer)).filter(Boolean)).toEqual([]);
    await ok('mutation($id: ID!) { closeVoting(id: $id) { id } }', { id: questionIds[0] });
    // The round closes once its last batch is counted.
    for (
      let tries = 0;
      (await ok('query($id: ID!) { liveState(sessionId: $id) { question { phase } } }', { id: session.id })).liveState.question.phase !==
      'CLOSED';
      tries++
    ) {
      if (tries > 100) throw new Error('the first round did not close');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    const flooded = await openVote(questionIds[1]!);
    // The flooder sends 3,000 different ballots without waiting; the others vote meanwhile.
    for (let i = 0; i < 3_000; i++) {
      flooder!.raw.socket.send(
        JSON.stringify({
          id: `f${i}`,
          type: 'subscribe',
          payload: { query: VOTE, variables: { input: { roundId: flooded, choice: 'UNSATISFIED', ballotId: randomUUID() } } },
        }),
      );
    }
    const during = await Promise.all(others.map((p) => p.vote(flooded)));
    expect(during.map((v) => refusal(v.answer)).filter(Boolean)).toEqual([]);

    // Its socket is closed before its backlog runs; of what it sent, at most one ballot counted (one
    // vote in flight per voter: the rest were refused, none queued behind the others' votes).
    expect((await flooder!.raw.closed).code).toBe(TOO_MANY_OPERATIONS);
    const answered = flooder!.raw.messages.filter((m) => m.id?.startsWith('f') && m.type !== 'complete');
    expect(answered.length).toBeLessThan(100);
    const flooderCounted = answered.filter((m) => refusal(m) === undefined).length;
    expect(flooderCounted).toBeLessThanOrEqual(1);
    expect(answered.map(refusal).filter((code) => code !== undefined && code !== 'RATE_LIMITED' && code !== 'ALREADY_VOTED')).toEqual([]);
    // Its one ballot may have counted without its answer reaching it: the socket closed meanwhile (sent
    // again after reconnecting, it would be answered REPLAYED).
    const tally = await ok('query($id: ID!) { roundTally(roundId: $id) { onlineVoted } }', { id: flooded });
    expect(tally.roundTally.onlineVoted - 100).toBeLessThanOrEqual(1);
    expect(tally.roundTally.onlineVoted - 100).toBeGreaterThanOrEqual(flooderCounted);
    // A bound with room for a busy machine: the flood must not stand between the others and their answers.
    const [before, after] = [p99(alone.map((v) => v.ms)), p99(during.map((v) => v.ms))];
    expect(after, `p99 ${after.toFixed(0)} ms under the flood, ${before.toFixed(0)} ms without`).toBeLessThan(before * 4 + 500);
    for (const p of others) p.raw.socket.close();
  });
});
