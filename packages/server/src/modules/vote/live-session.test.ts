import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT_ALL_WARNINGS, nextValue, startTestServer, type TestServer } from '../../test/harness.js';

const SESSION_FIELDS =
  'id status joinCode stateVersion currentQuestionId settings { windowSeconds streamDelaySeconds hideResultsUntilClosed } questions { id position title phase round { id status result { composite outcome channels { channel total satisfied } } } }';
const CREATE = `mutation($input: SessionInput!) { createSession(input: $input) { ${SESSION_FIELDS} } }`;
const ADD = `mutation($sessionId: ID!, $input: QuestionInput!) { addQuestion(sessionId: $sessionId, input: $input) { ${SESSION_FIELDS} } }`;
const VOTE = 'mutation($input: CastVoteInput!) { castVote(input: $input) { roundId choice replayed } }';
const JOIN = 'mutation($code: String!) { joinSession(joinCode: $code) { token sessionId channel } }';
const TALLY =
  'query($roundId: ID!) { roundTally(roundId: $roundId) { studioVoted onlineVoted studioElectorate result { composite outcome } } }';
const LIVE = 'query($id: ID!) { liveState(sessionId: $id) { version status question { id phase round { status result { composite } } } } }';

let server: TestServer;
let admin: string;
let host: string;
let departmentId: string;
let repAccountId: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('admin');
  host = await server.login('host');
  departmentId = (await server.gql('{ departments(first: 1) { nodes { id } } }', {}, { token: admin })).data.departments.nodes[0].id;
  repAccountId = (await server.gql('{ accounts(first: 50) { nodes { id username } } }', {}, { token: admin })).data.accounts.nodes.find(
    (a: { username: string }) => a.username === 'rep',
  ).id;
});
afterAll(async () => {
  await server?.stop();
});

async function ok<T = any>(query: string, variables: Record<string, unknown>, auth: { token?: string } = { token: host }): Promise<T> {
  const result = await server.gql(query, variables, auth);
  if (result.errors) throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}
const code = (result: { errors?: { extensions: { code: string } }[] }) => result.errors?.[0]?.extensions.code;

const ROLL = 'mutation($input: AddToRollInput!) { addToRoll(input: $input) { id name accountId seatCode } }';

/** A published session with `n` questions and a studio roll of three (the `rep` account and two others), ready to go live. */
async function plannedSession(n: number, settings: Record<string, unknown> = {}) {
  const input = {
    title: '测试问政',
    theme: '加强物业管理',
    scheduledAt: new Date().toISOString(),
    settings: { windowSeconds: 60, ...settings },
  };
  let session = (await ok(CREATE, { input }, { token: admin })).createSession;
  await ok(
    ROLL,
    { input: { sessionId: session.id, people: [{ accountId: repAccountId }, { name: '代表乙' }, { name: '代表丙' }] } },
    { token: admin },
  );
  for (let i = 1; i <= n; i++) {
    session = (
      await ok(
        ADD,
        { sessionId: session.id, input: { title: `问题${i}`, body: '内容', questioner: '代表', departmentId, respondent: '局长' } },
        { token: admin },
      )
    ).addQuestion;
  }
  await ok('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: session.id }, { token: admin });
  return session as { id: string; joinCode: string; questions: { id: string }[] };
}

const run = (verb: string, id: string, token = host) =>
  server.gql(`mutation($id: ID!) { ${verb}(id: $id) { ${SESSION_FIELDS} } }`, { id }, { token });
const start = (sessionId: string, rehearsal = false) =>
  ok(`mutation($input: StartSessionInput!) { startSession(input: $input) { id status } }`, {
    input: { sessionId, rehearsal, acceptWarnings: ACCEPT_ALL_WARNINGS },
  });
async function toVoting(questionId: string) {
  for (const verb of ['askQuestion', 'startAnswer', 'openVoting']) expect(code(await run(verb, questionId))).toBeUndefined();
  const view = (await run('startAnswer', questionId)).errors; // a repeated step is refused, not applied twice
  expect(view?.[0]?.extensions.code).toBe('INVALID_PHASE');
}
async function roundOf(sessionId: string, questionId: string): Promise<string> {
  const { session } = await ok(`query($id: ID!) { session(id: $id) { ${SESSION_FIELDS} } }`, { id: sessionId });
  return session.questions.find((q: { id: string }) => q.id === questionId).round.id;
}
const join = async (joinCode: string) => (await ok(JOIN, { code: joinCode }, {})).joinSession.token as string;
const vote = (deviceToken: string | undefined, roundId: string, choice = 'SATISFIED', ballotId = randomUUID(), token?: string) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(deviceToken ? { 'x-device-token': deviceToken } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: VOTE, variables: { input: { roundId, choice, ballotId } } }),
  }).then((r) => r.json() as Promise<any>);
async function waitFor<T>(check: () => Promise<T | undefined>, ms = 5_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('planning a session', () => {
  it('refuses weights that do not add up to 100, naming the field', async () => {
    const input = { title: 't', theme: 't', scheduledAt: new Date().toISOString(), settings: { studioWeight: 70, onlineWeight: 40 } };
    expect((await server.gql(CREATE, { input }, { token: admin })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'settings.onlineWeight',
    });
  });

  it('keeps the running order and lets an admin reorder it', async () => {
    const session = await plannedSession(3);
    const [a, b, c] = session.questions.map((q) => q.id);
    const reordered = (
      await ok(
        'mutation($s: ID!, $ids: [ID!]!) { reorderQuestions(sessionId: $s, questionIds: $ids) { questions { id position } } }',
        { s: session.id, ids: [c, a, b] },
        { token: admin },
      )
    ).reorderQuestions;
    expect(reordered.questions.map((q: { id: string }) => q.id)).toEqual([c, a, b]);
    expect(reordered.questions.map((q: { position: number }) => q.position)).toEqual([1, 2, 3]);
    const incomplete = await server.gql(
      'mutation($s: ID!, $ids: [ID!]!) { reorderQuestions(sessionId: $s, questionIds: $ids) { id } }',
      { s: session.id, ids: [a, b] },
      { token: admin },
    );
    expect(incomplete.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questionIds' });
  });

  it('is for admins; hosts run sessions but do not plan them', async () => {
    const input = { title: 't', theme: 't', scheduledAt: new Date().toISOString() };
    expect(code(await server.gql(CREATE, { input }, { token: host }))).toBe('FORBIDDEN');
    expect(code(await server.gql(CREATE, { input }))).toBe('UNAUTHENTICATED');
  });

  it('hides drafts from the public', async () => {
    const draft = (await ok(CREATE, { input: { title: '草稿', theme: 't', scheduledAt: new Date().toISOString() } }, { token: admin }))
      .createSession;
    expect(code(await server.gql('query($id: ID!) { session(id: $id) { id } }', { id: draft.id }))).toBe('NOT_FOUND');
    expect(code(await server.gql(JOIN, { code: draft.joinCode }))).toBe('BAD_USER_INPUT');
  });
});

describe('the run of show', () => {
  it('moves a question through its phases, refuses illegal moves, and undoes before voting', async () => {
    const session = await plannedSession(2);
    const [first, second] = session.questions.map((q) => q.id) as [string, string];
    expect(code(await run('askQuestion', first!))).toBe('INVALID_PHASE'); // not live yet
    await start(session.id);
    expect(code(await run('startAnswer', first))).toBe('INVALID_PHASE');
    expect((await run('askQuestion', first)).data.askQuestion.questions[0].phase).toBe('ASKING');
    expect(code(await run('askQuestion', second))).toBe('INVALID_PHASE'); // one question on air at a time
    expect((await run('startAnswer', first)).data.startAnswer.questions[0].phase).toBe('ANSWERING');
    expect((await run('undoQuestion', first)).data.undoQuestion.questions[0].phase).toBe('ASKING');
    expect((await run('undoQuestion', first)).data.undoQuestion.questions[0].phase).toBe('PENDING');
    await toVoting(first);
    expect(code(await run('undoQuestion', first))).toBe('INVALID_PHASE');
    const update = await server.gql(
      'mutation($id: ID!, $input: SessionInput!) { updateSession(id: $id, input: $input) { id } }',
      { id: session.id, input: { title: 'x', theme: 'y', scheduledAt: new Date().toISOString() } },
      { token: admin },
    );
    expect(code(update)).toBe('INVALID_PHASE'); // settings are frozen once live
    expect(code(await run('askQuestion', first, await server.login('rep')))).toBe('FORBIDDEN');
  });

  it('announces every change to subscribers, with an increasing version', async () => {
    const session = await plannedSession(1);
    const states = server.ws().iterate<any>({
      query: 'subscription($id: ID!) { liveStateChanged(sessionId: $id) { version status question { id phase } } }',
      variables: { id: session.id },
    });
    const initial = await nextValue(states);
    expect(initial.data.liveStateChanged).toMatchObject({ status: 'PUBLISHED', question: null });
    const phone = server.ws({ deviceToken: await join(session.joinCode) });
    // The phone stays connected while it follows the session.
    await nextValue(
      phone.iterate({ query: 'subscription($id: ID!) { liveStateChanged(sessionId: $id) { version } }', variables: { id: session.id } }),
    );
    const presence = await ok('query($id: ID!) { connectedPhones(sessionId: $id) }', { id: session.id });
    expect(presence.connectedPhones).toBe(1); // the phone with a pass, not the anonymous subscriber above
    await start(session.id);
    const live = await nextValue(states);
    expect(live.data.liveStateChanged.status).toBe('LIVE');
    await run('askQuestion', session.questions[0]!.id);
    const asked = await nextValue(states);
    expect(asked.data.liveStateChanged.question).toEqual({ id: session.questions[0]!.id, phase: 'ASKING' });
    expect(asked.data.liveStateChanged.version).toBeGreaterThan(live.data.liveStateChanged.version);
  });
});

describe('voting', () => {
  it('counts one vote per phone, refuses a second, acknowledges a retry, and closes on time', async () => {
    const session = await plannedSession(1, { studioQuorum: 'NONE' }); // one representative of three counts
    const question = session.questions[0]!.id;
    await start(session.id);
    await toVoting(question);
    const roundId = await roundOf(session.id, question);

    const phones = await Promise.all(Array.from({ length: 5 }, () => join(session.joinCode)));
    const choices = ['SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED', 'UNSATISFIED'];
    const receipts = await Promise.all(phones.map((p, i) => vote(p, roundId, choices[i])));
    expect(receipts.map((r) => r.data?.castVote?.replayed)).toEqual([false, false, false, false, false]);

    expect((await vote(phones[0], roundId, 'UNSATISFIED')).errors[0].extensions.code).toBe('ALREADY_VOTED');
    const ballotId = randomUUID();
    const late = await join(session.joinCode);
    expect((await vote(late, roundId, 'SATISFIED', ballotId)).data.castVote.replayed).toBe(false);
    expect((await vote(late, roundId, 'SATISFIED', ballotId)).data.castVote.replayed).toBe(true); // a retry of the same ballot
    expect((await vote(late, roundId, 'UNSATISFIED', ballotId)).errors[0].extensions.code).toBe('ALREADY_VOTED'); // not the same ballot
    expect((await vote(undefined, roundId)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await vote('v1.forged.token', roundId)).errors[0].extensions.code).toBe('UNAUTHENTICATED');

    // A representative votes in the studio channel by signing in.
    expect((await vote(undefined, roundId, 'SATISFIED', randomUUID(), await server.login('rep'))).data.castVote.roundId).toBe(roundId);
    const tally = (await ok(TALLY, { roundId }, {})).roundTally;
    expect(tally).toMatchObject({ studioVoted: 1, onlineVoted: 6, studioElectorate: 3 });

    await run('closeVoting', question);
    const closed = await waitFor(async () => {
      const { liveState } = await ok(LIVE, { id: session.id }, {});
      return liveState.question.phase === 'CLOSED' ? liveState : undefined;
    });
    expect(closed.question.round).toEqual({ status: 'CLOSED', result: null }); // not on air until revealed
    const publicView = await ok(`query($id: ID!) { session(id: $id) { ${SESSION_FIELDS} } }`, { id: session.id }, {});
    expect(publicView.session.questions[0].round.result).toBeNull();
    const hostView = await ok(`query($id: ID!) { session(id: $id) { ${SESSION_FIELDS} } }`, { id: session.id });
    expect(hostView.session.questions[0].round.result.outcome).toBe('SATISFIED');
    expect((await vote(await join(session.joinCode), roundId)).errors[0].extensions.code).toBe('VOTING_CLOSED');

    await run('revealResult', question);
    const { liveState } = await ok(LIVE, { id: session.id }, {});
    // studio 1/1 satisfied = 100 %, online 4/6 = 66.7 %: 0.6 × 100 + 0.4 × 66.7
    expect(liveState.question.round).toEqual({ status: 'PUBLISHED', result: { composite: 86.7 } });
  });

  it('opens the online window later by the stream delay', async () => {
    const session = await plannedSession(1, { streamDelaySeconds: 30 });
    await start(session.id);
    await toVoting(session.questions[0]!.id);
    const roundId = await roundOf(session.id, session.questions[0]!.id);
    expect((await vote(await join(session.joinCode), roundId)).errors[0].extensions.code).toBe('VOTING_CLOSED');
    expect((await vote(undefined, roundId, 'SATISFIED', randomUUID(), await server.login('rep'))).data.castVote).toBeTruthy();
  });

  it('lets a printed seat code be claimed once and votes in the studio channel', async () => {
    const session = await plannedSession(1);
    const seats = (
      await ok(
        'mutation($input: IssueSeatCodesInput!) { issueSeatCodes(input: $input) { code } }',
        { input: { sessionId: session.id, count: 2 } },
        { token: admin },
      )
    ).issueSeatCodes;
    const claim = (seatCode: string) =>
      server.gql('mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { token channel } }', {
        input: { joinCode: session.joinCode, seatCode },
      });
    const first = await claim(seats[0].code);
    expect(first.data.claimSeat.channel).toBe('STUDIO');
    expect((await claim(seats[0].code)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'seatCode' });
    expect((await claim('ZZZZZZ')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'seatCode' });
    await start(session.id);
    await toVoting(session.questions[0]!.id);
    const roundId = await roundOf(session.id, session.questions[0]!.id);
    expect((await vote(first.data.claimSeat.token, roundId)).data.castVote).toBeTruthy();
    expect((await ok(TALLY, { roundId }, {})).roundTally).toMatchObject({ studioVoted: 1, onlineVoted: 0 });
  });

  it('withholds live results from the public while hidden, but not from the host', async () => {
    const session = await plannedSession(1, { hideResultsUntilClosed: true });
    await start(session.id);
    await toVoting(session.questions[0]!.id);
    const roundId = await roundOf(session.id, session.questions[0]!.id);
    await vote(await join(session.joinCode), roundId);
    expect((await ok(TALLY, { roundId }, {})).roundTally).toMatchObject({ onlineVoted: 1, result: null });
    expect((await ok(TALLY, { roundId }, { token: host })).roundTally.result.composite).toBe(100);
    await run('closeVoting', session.questions[0]!.id);
    await waitFor(async () => ((await ok(LIVE, { id: session.id }, {})).liveState.question.phase === 'CLOSED' ? true : undefined));
    expect((await ok(TALLY, { roundId }, {})).roundTally.result).toBeNull(); // closed, not yet on air
    await run('revealResult', session.questions[0]!.id);
    await waitFor(async () => ((await ok(TALLY, { roundId }, {})).roundTally.result?.composite === 100 ? true : undefined));
  });

  it('streams tallies to subscribers and keeps them equal to the database under concurrent votes', async () => {
    const session = await plannedSession(1);
    await start(session.id);
    await toVoting(session.questions[0]!.id);
    const roundId = await roundOf(session.id, session.questions[0]!.id);
    const tallies = server.ws({ token: host }).iterate<any>({
      query: 'subscription($r: ID!) { roundTallyChanged(roundId: $r) { onlineVoted sequence } }',
      variables: { r: roundId },
    });
    expect((await nextValue(tallies)).data.roundTallyChanged.onlineVoted).toBe(0);

    const phones = await Promise.all(Array.from({ length: 200 }, () => join(session.joinCode)));
    // Every phone votes, and a quarter of them twice at once: exactly one of each pair counts.
    const attempts = [...phones, ...phones.slice(0, 50)].map((p, i) => vote(p, roundId, i % 3 === 0 ? 'UNSATISFIED' : 'SATISFIED'));
    const answers = await Promise.all(attempts);
    const acknowledged = answers.filter((a) => a.data?.castVote).length;
    expect(acknowledged).toBe(200);
    expect(answers.filter((a) => a.errors?.[0]?.extensions.code === 'ALREADY_VOTED').length).toBe(50);

    let latest = 0;
    while (latest < 200) latest = (await nextValue(tallies)).data.roundTallyChanged.onlineVoted;
    expect(latest).toBe(200);
    const [row] = await server.orm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>('select count(*) as n from ballot where round_id = ?', [roundId]);
    expect(Number(row!.n)).toBe(200);
  });

  it('keeps a tally exact when the screen starts watching in the middle of a storm', async () => {
    const session = await plannedSession(1);
    await start(session.id);
    await toVoting(session.questions[0]!.id);
    const roundId = await roundOf(session.id, session.questions[0]!.id);
    const phones = await Promise.all(Array.from({ length: 300 }, () => join(session.joinCode)));
    const storm = Promise.all(phones.map((p) => vote(p, roundId)));
    await new Promise((r) => setTimeout(r, 20));
    const tallies = server
      .ws({ token: host })
      .iterate<any>({ query: 'subscription($r: ID!) { roundTallyChanged(roundId: $r) { onlineVoted } }', variables: { r: roundId } });
    await storm;
    let shown = (await nextValue(tallies)).data.roundTallyChanged.onlineVoted;
    while (shown < 300) shown = (await nextValue(tallies, 3_000)).data.roundTallyChanged.onlineVoted;
    expect(shown).toBe(300); // neither a batch lost between loading and listening, nor one counted twice
  });

  it('votes over the WebSocket with the pass in the connection parameters', async () => {
    const session = await plannedSession(1);
    await start(session.id);
    await toVoting(session.questions[0]!.id);
    const roundId = await roundOf(session.id, session.questions[0]!.id);
    const phone = server.ws({ deviceToken: await join(session.joinCode) });
    const receipt = await nextValue(
      phone.iterate<any>({ query: VOTE, variables: { input: { roundId, choice: 'BASICALLY_SATISFIED', ballotId: randomUUID() } } }),
    );
    expect(receipt.data.castVote).toMatchObject({ roundId, choice: 'BASICALLY_SATISFIED' });
    const again = await nextValue(
      phone.iterate<any>({ query: VOTE, variables: { input: { roundId, choice: 'SATISFIED', ballotId: randomUUID() } } }),
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('ALREADY_VOTED');
  });
});

describe('the studio roll and the quorum', () => {
  const RESULT =
    'query($id: ID!) { session(id: $id) { questions { round { result { composite outcome studioWeight onlineWeight quorum { studioElectorate studioRule studioRequired studioMissed onlineMissed fallback } } } } } }';
  const claim = (joinCode: string, seatCode: string) =>
    ok<any>('mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { token channel } }', { input: { joinCode, seatCode } }, {});
  async function closedResult(session: { id: string; questions: { id: string }[] }) {
    await run('closeVoting', session.questions[0]!.id);
    await waitFor(async () => ((await ok(LIVE, { id: session.id }, {})).liveState.question.phase === 'CLOSED' ? true : undefined));
    return (await ok(RESULT, { id: session.id })).session.questions[0].round.result;
  }

  it('counts a person on the roll once, whether they vote with their seat code or by signing in', async () => {
    const session = await plannedSession(1);
    const roll = (
      await ok('query($id: ID!) { studioRoll(sessionId: $id) { id name accountId seatLabel seatCode seatClaimed } }', { id: session.id })
    ).studioRoll;
    expect(roll.map((m: { name: string }) => m.name)).toEqual(['测试代表', '代表乙', '代表丙']);
    const repSeat = roll.find((m: { accountId: string | null }) => m.accountId === repAccountId).seatCode;
    const seatPass = (await claim(session.joinCode, repSeat)).claimSeat.token;
    await start(session.id);
    await toVoting(session.questions[0]!.id);
    const roundId = await roundOf(session.id, session.questions[0]!.id);
    const rep = await server.login('rep');
    expect((await vote(seatPass, roundId, 'UNSATISFIED')).data.castVote).toBeTruthy();
    expect((await vote(undefined, roundId, 'SATISFIED', randomUUID(), rep)).errors[0].extensions.code).toBe('ALREADY_VOTED');
    expect((await ok(TALLY, { roundId }, {})).roundTally).toMatchObject({ studioVoted: 1, studioElectorate: 3 });
  });

  it('refuses a representative who is not on the roll, and freezes the roll once live', async () => {
    await ok(
      'mutation($input: CreateAccountInput!) { createAccount(input: $input) { initialPassword } }',
      { input: { username: 'rep.off.roll', displayName: '名册外代表', role: 'REPRESENTATIVE' } },
      { token: await server.login('security') },
    ).then(async ({ createAccount }) => {
      const session = await plannedSession(1);
      await start(session.id);
      await toVoting(session.questions[0]!.id);
      const roundId = await roundOf(session.id, session.questions[0]!.id);
      const outsider = await server.firstSignIn('rep.off.roll', createAccount.initialPassword);
      const refused = (await vote(undefined, roundId, 'SATISFIED', randomUUID(), outsider)).errors[0].extensions;
      expect(refused).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ON_ROLL' });
      const late = await server.gql(ROLL, { input: { sessionId: session.id, people: [{ name: '迟到代表' }] } }, { token: admin });
      expect(code(late)).toBe('INVALID_PHASE');
      expect((await ok(TALLY, { roundId }, {})).roundTally).toMatchObject({ studioVoted: 0, studioElectorate: 3 });
    });
  });

  it('numbers new seats after the highest one, so a removal never repeats a seat', async () => {
    const session = await plannedSession(1);
    const roll = (await ok('query($id: ID!) { studioRoll(sessionId: $id) { id seatLabel } }', { id: session.id })).studioRoll;
    await ok('mutation($id: ID!) { removeFromRoll(id: $id) }', { id: roll[1].id }, { token: admin });
    const added = (await ok(ROLL, { input: { sessionId: session.id, people: [{ name: '新代表' }] } }, { token: admin })).addToRoll;
    const labels = (await ok('query($id: ID!) { studioRoll(sessionId: $id) { seatLabel } }', { id: session.id })).studioRoll.map(
      (m: { seatLabel: string }) => m.seatLabel,
    );
    expect(labels).toEqual(['1号席', '3号席', '4号席']);
    expect(added[0].name).toBe('新代表');
    expect((await ok('query($id: ID!) { session(id: $id) { studioElectorate } }', { id: session.id })).session.studioElectorate).toBe(3);
  });

  it('refuses to put anyone but a representative on the roll, or the same account twice, storing nothing', async () => {
    const session = await plannedSession(1);
    const hostId = (await ok('{ accounts(first: 50) { nodes { id username } } }', {}, { token: admin })).accounts.nodes.find(
      (a: { username: string }) => a.username === 'host',
    ).id;
    const wrong = await server.gql(
      ROLL,
      { input: { sessionId: session.id, people: [{ name: '新代表' }, { accountId: hostId }] } },
      { token: admin },
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'people.1.accountId' });
    const twice = await server.gql(ROLL, { input: { sessionId: session.id, people: [{ accountId: repAccountId }] } }, { token: admin });
    expect(code(twice)).toBe('CONFLICT');
    expect((await ok('query($id: ID!) { studioRoll(sessionId: $id) { id } }', { id: session.id })).studioRoll).toHaveLength(3);
  });

  it('passes the studio’s weight to the online vote when fewer than half the roll voted (过半数), and says so', async () => {
    const session = await plannedSession(1);
    const [seat] = (await ok('query($id: ID!) { seatCodes(sessionId: $id) { code } }', { id: session.id }, { token: admin })).seatCodes;
    const seatPass = (await claim(session.joinCode, seat.code)).claimSeat.token;
    await start(session.id);
    await toVoting(session.questions[0]!.id);
    const roundId = await roundOf(session.id, session.questions[0]!.id);
    await vote(seatPass, roundId, 'UNSATISFIED');
    for (let i = 0; i < 2; i++) await vote(await join(session.joinCode), roundId, 'SATISFIED');
    expect(await closedResult(session)).toEqual({
      composite: 100,
      outcome: 'SATISFIED',
      studioWeight: 0,
      onlineWeight: 100,
      quorum: {
        studioElectorate: 3,
        studioRule: 'MAJORITY',
        studioRequired: 2,
        studioMissed: true,
        onlineMissed: false,
        fallback: 'OTHER_CHANNEL',
      },
    });
  });

  it('has no valid result when a channel misses its minimum under the NO_RESULT rule', async () => {
    const session = await plannedSession(1, { minOnlineBallots: 3, quorumFallback: 'NO_RESULT' });
    await start(session.id);
    await toVoting(session.questions[0]!.id);
    const roundId = await roundOf(session.id, session.questions[0]!.id);
    const rep = await server.login('rep');
    expect((await vote(undefined, roundId, 'SATISFIED', randomUUID(), rep)).data.castVote).toBeTruthy();
    const seats = (await ok('query($id: ID!) { studioRoll(sessionId: $id) { seatCode accountId } }', { id: session.id })).studioRoll.filter(
      (m: { accountId: string | null }) => !m.accountId,
    );
    await vote((await claim(session.joinCode, seats[0].seatCode)).claimSeat.token, roundId, 'SATISFIED'); // 2 of 3: the studio counts
    for (let i = 0; i < 2; i++) await vote(await join(session.joinCode), roundId, 'SATISFIED'); // 2 of the 3 online ballots needed
    expect(await closedResult(session)).toMatchObject({
      composite: null,
      outcome: 'NO_VOTES',
      quorum: { studioMissed: false, onlineMissed: true, fallback: 'NO_RESULT' },
    });
  });
});

describe('the pre-live check', () => {
  const CHECK = 'query($id: ID!) { preLiveCheck(sessionId: $id) { code blocker message } }';
  const startWith = (sessionId: string, acceptWarnings: string[], rehearsal = false) =>
    server.gql(
      'mutation($input: StartSessionInput!) { startSession(input: $input) { status } }',
      { input: { sessionId, rehearsal, acceptWarnings } },
      { token: host },
    );

  it('lists what the host should know: no stream, no public address, no rehearsal, a quorum nobody can reach yet', async () => {
    const session = await plannedSession(1);
    const findings = (await ok(CHECK, { id: session.id })).preLiveCheck;
    expect(findings.map((f: { code: string }) => f.code)).toEqual(['QUORUM_UNREACHABLE', 'NO_STREAM_URL', 'NO_PUBLIC_URL', 'NO_REHEARSAL']);
    expect(findings.every((f: { blocker: boolean }) => !f.blocker)).toBe(true);
    // 1 of 3 can vote now (the account); 过半数 needs 2.
    expect(findings[0].message).toContain('Only 1 of the 3 people on the roll');
  });

  it('refuses to go on air until every warning is accepted by name, and audits the accepted ones', async () => {
    const session = await plannedSession(1);
    const refused = await startWith(session.id, ['NO_STREAM_URL']);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'PRE_LIVE_CHECK',
      blockers: [],
      warnings: ['QUORUM_UNREACHABLE', 'NO_PUBLIC_URL', 'NO_REHEARSAL'],
    });
    expect((await ok(`query($id: ID!) { session(id: $id) { status } }`, { id: session.id })).session.status).toBe('PUBLISHED');
    const accepted = ['QUORUM_UNREACHABLE', 'NO_STREAM_URL', 'NO_PUBLIC_URL', 'NO_REHEARSAL'];
    expect((await startWith(session.id, accepted)).data.startSession.status).toBe('LIVE');
    const [entry] = await server.orm.em
      .fork()
      .getConnection()
      .execute<{ detail: unknown }[]>(`select detail from audit_entry where action = 'session.start' and subject_id = ?`, [session.id]);
    expect(typeof entry!.detail === 'string' ? JSON.parse(entry!.detail) : entry!.detail).toEqual({
      rehearsal: false,
      acceptedWarnings: accepted,
    });
  });

  it('starts a rehearsal without the confirmation, but never with a blocker, and counts the reset rehearsal', async () => {
    const empty = (await ok(CREATE, { input: { title: '空场次', theme: '测试', scheduledAt: new Date().toISOString() } }, { token: admin }))
      .createSession;
    await ok('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: empty.id }, { token: admin });
    expect((await startWith(empty.id, [], true)).errors?.[0]?.extensions).toMatchObject({
      code: 'PRE_LIVE_CHECK',
      blockers: ['NO_QUESTIONS'],
    });

    const session = await plannedSession(1);
    expect((await startWith(session.id, [], true)).data.startSession.status).toBe('LIVE');
    await run('resetRehearsal', session.id);
    expect((await ok(CHECK, { id: session.id })).preLiveCheck.map((f: { code: string }) => f.code)).not.toContain('NO_REHEARSAL');
  });

  it('warns of a stream address phones cannot show: not https, or a player page of a host STREAM_HOSTS does not name', async () => {
    const codesWith = async (streamUrl: string) => {
      const session = (
        await ok(
          CREATE,
          { input: { title: '直播地址', theme: '测试', scheduledAt: new Date().toISOString(), streamUrl } },
          { token: admin },
        )
      ).createSession;
      return (await ok(CHECK, { id: session.id })).preLiveCheck.map((f: { code: string }) => f.code) as string[];
    };
    expect(await codesWith('https://live.example.cn/room/8')).toContain('STREAM_NOT_SHOWN');
    expect(await codesWith('http://player.bilibili.com/player.html?room=1')).toContain('STREAM_NOT_SHOWN');
    expect(await codesWith('https://player.bilibili.com/player.html?room=1')).not.toContain('STREAM_NOT_SHOWN');
    expect(await codesWith('https://live.example.cn/hls/show.m3u8')).not.toContain('STREAM_NOT_SHOWN');
  });

  it('warns of an empty studio roll', async () => {
    const session = (
      await ok(CREATE, { input: { title: '无名册', theme: '测试', scheduledAt: new Date().toISOString() } }, { token: admin })
    ).createSession;
    expect((await ok(CHECK, { id: session.id })).preLiveCheck.map((f: { code: string }) => f.code)).toEqual([
      'NO_QUESTIONS',
      'ROLL_EMPTY',
      'NO_STREAM_URL',
      'NO_PUBLIC_URL',
      'NO_REHEARSAL',
    ]);
  });
});

describe('rehearsal', () => {
  it('can be reset to the state before air, and only a rehearsal can', async () => {
    const session = await plannedSession(1);
    await start(session.id, true);
    await toVoting(session.questions[0]!.id);
    const roundId = await roundOf(session.id, session.questions[0]!.id);
    await vote(await join(session.joinCode), roundId);
    const reset = (await run('resetRehearsal', session.id)).data.resetRehearsal;
    expect(reset).toMatchObject({ status: 'PUBLISHED', currentQuestionId: null });
    expect(reset.questions[0]).toMatchObject({ phase: 'PENDING', round: null });
    await start(session.id, false);
    expect(code(await run('resetRehearsal', session.id))).toBe('INVALID_PHASE');
  });
});
