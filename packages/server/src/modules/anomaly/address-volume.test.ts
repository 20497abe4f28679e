import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT_ALL_WARNINGS, startTestServer, type TestServer } from '../../test/harness.js';
import { AudiencePasses, PASS_LIFETIME_MS } from '../session/audience-pass.js';
import type { Foundations } from '../../services.js';
import { AddressVolume } from './address-volume.js';

const JOIN = 'mutation($c: String!) { joinSession(joinCode: $c) { token } }';
const VOLUMES =
  'query($id: ID!) { addressVolumes(sessionId: $id) { joinFlagLevel ballotFlagLevel flaggedCount addresses { address joins ballots topRoundBallots flagged } } }';

let server: TestServer;
let admin: string;
let host: string;

beforeAll(async () => {
  server = await startTestServer({ JOIN_FLAG_LEVEL: '3', BALLOT_FLAG_LEVEL: '2', PASS_WINDOW_MINUTES: '30' });
  admin = await server.login('admin');
  host = await server.login('host');
});
afterAll(async () => {
  await server?.stop();
});

async function publishedSession(scheduledAt = new Date()) {
  const departmentId = (await server.gql('{ departments(first: 1) { nodes { id } } }', {}, { token: admin })).data.departments.nodes[0].id;
  const created = await server.gql(
    'mutation($i: SessionInput!) { createSession(input: $i) { id joinCode } }',
    { i: { title: '刷票检测', theme: '测试', scheduledAt: scheduledAt.toISOString() } },
    { token: admin },
  );
  const session = created.data.createSession as { id: string; joinCode: string };
  const added = await server.gql(
    'mutation($s: ID!, $i: QuestionInput!) { addQuestion(sessionId: $s, input: $i) { questions { id } } }',
    { s: session.id, i: { title: '问题', body: '内容', questioner: '代表', departmentId, respondent: '局长' } },
    { token: admin },
  );
  await server.gql('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: session.id }, { token: admin });
  return { ...session, questionId: added.data.addQuestion.questions[0].id as string };
}

async function openRound(session: { id: string; questionId: string }): Promise<string> {
  await server.gql(
    'mutation($i: StartSessionInput!) { startSession(input: $i) { id } }',
    { i: { sessionId: session.id, acceptWarnings: ACCEPT_ALL_WARNINGS } },
    { token: host },
  );
  for (const verb of ['askQuestion', 'startAnswer', 'openVoting'])
    await server.gql(`mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id: session.questionId }, { token: host });
  return (await server.gql('query($id: ID!) { session(id: $id) { questions { round { id } } } }', { id: session.id }, { token: host })).data
    .session.questions[0].round.id;
}

const vote = (pass: string, roundId: string) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-device-token': pass },
    body: JSON.stringify({
      query: 'mutation($i: CastVoteInput!) { castVote(input: $i) { roundId } }',
      variables: { i: { roundId, choice: 'SATISFIED', ballotId: randomUUID() } },
    }),
  }).then((r) => r.json() as Promise<any>);

async function volumesUntil(sessionId: string, done: (report: any) => boolean) {
  for (let i = 0; i < 60; i++) {
    const report = (await server.gql(VOLUMES, { id: sessionId }, { token: host })).data.addressVolumes;
    if (done(report)) return report;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the volume report did not catch up');
}

describe('volume per address (not only refusals)', () => {
  it('flags an address live when its passes or one round’s counted ballots go over the flag levels', async () => {
    const session = await publishedSession();
    const passes: string[] = [];
    for (let i = 0; i < 4; i++) passes.push((await server.gql(JOIN, { c: session.joinCode })).data.joinSession.token);
    const joined = await volumesUntil(session.id, (r) => r.addresses[0]?.joins === 4);
    expect(joined).toMatchObject({ joinFlagLevel: 3, ballotFlagLevel: 2, flaggedCount: 1 });
    expect(joined.addresses[0]).toMatchObject({ address: expect.stringContaining('127.0.0.1'), joins: 4, ballots: 0, flagged: true });

    const roundId = await openRound(session);
    for (const pass of passes.slice(0, 3)) expect((await vote(pass, roundId)).errors).toBeUndefined();
    expect((await vote(passes[0]!, roundId)).errors[0].extensions.code).toBe('ALREADY_VOTED'); // refused: not counted
    const voted = await volumesUntil(session.id, (r) => r.addresses[0]?.ballots === 3);
    expect(voted.addresses[0]).toMatchObject({ joins: 4, ballots: 3, topRoundBallots: 3, flagged: true });
  });

  it('leaves an address under both levels unflagged', async () => {
    const session = await publishedSession();
    await server.gql(JOIN, { c: session.joinCode });
    const report = await volumesUntil(session.id, (r) => r.addresses[0]?.joins === 1);
    expect(report).toMatchObject({ flaggedCount: 0, addresses: [{ joins: 1, flagged: false }] });
  });

  it('adds up what several instances count for the same addresses, flushing at once, without a deadlock', async () => {
    const session = await publishedSession();
    const roundId = await openRound(session);
    const warnings: unknown[] = [];
    const logger = { warn: (...args: unknown[]) => warnings.push(args) } as unknown as TestServer['logger'];
    const em = server.orm.em as Foundations['em'];
    const instances = [new AddressVolume(em.getKysely(), logger), new AddressVolume(em.getKysely(), logger)];
    const addresses = Array.from({ length: 300 }, (_, i) => `10.0.${Math.floor(i / 250)}.${i % 250}`);
    try {
      for (let flush = 0; flush < 3; flush++) {
        // The instances see the same addresses in opposite orders, as two workers may.
        for (const address of addresses) instances[0]!.countBallot(roundId, address);
        for (const address of addresses.toReversed()) instances[1]!.countBallot(roundId, address);
        await Promise.all(instances.map((volume) => volume.flush()));
      }
    } finally {
      await Promise.all(instances.map((volume) => volume.close()));
    }
    expect(warnings).toEqual([]);
    const counts: { ballots: number }[] = await server.orm.em
      .getConnection()
      .execute('select ballots from address_ballots where round_id = ?', [roundId]);
    expect(counts).toHaveLength(addresses.length);
    expect(counts.every((row) => row.ballots === 6)).toBe(true);
  });

  it('is for admins and hosts only', async () => {
    const session = await publishedSession();
    expect((await server.gql(VOLUMES, { id: session.id })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await server.gql(VOLUMES, { id: session.id }, { token: await server.login('rep') })).errors?.[0]?.extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await server.gql(VOLUMES, { id: session.id }, { token: admin })).data.addressVolumes.flaggedCount).toBe(0);
  });
});

describe('the pass window', () => {
  it('issues no pass before PASS_WINDOW_MINUTES ahead of the show, and says when it opens', async () => {
    const scheduledAt = new Date(Date.now() + 2 * 3_600_000);
    const session = await publishedSession(scheduledAt);
    const early = await server.gql(JOIN, { c: session.joinCode });
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_PHASE',
      opensAt: new Date(scheduledAt.getTime() - 30 * 60_000).toISOString(),
    });
    expect((await server.gql(VOLUMES, { id: session.id }, { token: host })).data.addressVolumes.addresses).toEqual([]);
  });

  it('issues passes inside the window, and at any time once the session is live', async () => {
    const soon = await publishedSession(new Date(Date.now() + 20 * 60_000));
    expect((await server.gql(JOIN, { c: soon.joinCode })).data.joinSession.token).toMatch(/^v1\./);
    const later = await publishedSession(new Date(Date.now() + 5 * 3_600_000));
    await openRound(later); // went live early (a rehearsal, or a changed schedule)
    expect((await server.gql(JOIN, { c: later.joinCode })).data.joinSession.token).toMatch(/^v1\./);
  });

  it('refuses a pass once it has expired, and a pass with no expiry', () => {
    const secret = Buffer.alloc(32, 7);
    const tokens = new AudiencePasses(secret);
    const voter = { sessionId: randomUUID(), channel: 'ONLINE' as const, voterKey: `device:${randomUUID()}` };
    const issuedAt = Date.now();
    const pass = tokens.issue(voter, issuedAt);
    expect(tokens.verify(pass, issuedAt + PASS_LIFETIME_MS - 1)).toEqual(voter);
    expect(tokens.verify(pass, issuedAt + PASS_LIFETIME_MS)).toBeNull();
    // Signed with the right key, but without an expiry (as passes were before they had one).
    const unexpiring = Buffer.from(JSON.stringify({ s: voter.sessionId, c: 'ONLINE', k: voter.voterKey })).toString('base64url');
    expect(tokens.verify(`v1.${unexpiring}.${createHmac('sha256', secret).update(unexpiring).digest('base64url')}`)).toBeNull();
  });
});
