// Randomised histories of a live session (fast-check): rounds opened and closed, phones and a
// representative voting, retrying with the same ballot, voting twice, voting in closed rounds, and
// bursts of concurrent votes. Checked against a model after every step: at most one ballot per voter
// and round, the answers a phone gets, the live tally (`roundTally`, and a screen's subscription)
// and the stored result equal the database's counts.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT_ALL_WARNINGS, nextValue, startTestServer, type TestServer } from '../test/harness.js';
import { report, waitUntil } from './kit.js';

const RUNS = Number(process.env.FAULTS_HISTORY_RUNS ?? 40);
const QUESTIONS = 3;
const PHONES = 4;
const CHOICES = ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'] as const;
type Choice = (typeof CHOICES)[number];
const VOTE = 'mutation($input: CastVoteInput!) { castVote(input: $input) { roundId choice replayed } }';
const TALLY =
  'query($r: ID!) { roundTally(roundId: $r) { studioVoted onlineVoted result { channels { channel satisfied basicallySatisfied unsatisfied total } } } }';

let server: TestServer;
let admin: string;
let host: string;
let rep: string;
let repAccountId: string;
let departmentId: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('admin');
  host = await server.login('host');
  rep = await server.login('rep');
  repAccountId = (await server.gql('{ accounts(first: 50) { nodes { id username } } }', {}, { token: admin })).data.accounts.nodes.find(
    (a: { username: string }) => a.username === 'rep',
  ).id;
  departmentId = (await server.gql('{ departments(first: 1) { nodes { id } } }', {}, { token: admin })).data.departments.nodes[0].id;
});
afterAll(async () => {
  await server?.stop();
});

type Command =
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'vote'; voter: number; slot: number; choice: Choice; earlier: boolean }
  | { kind: 'burst'; votes: { voter: number; slot: number; choice: Choice; twice: boolean }[] };

const voter = fc.integer({ min: 0, max: PHONES }); // PHONES: the representative, in the studio
const choice = fc.constantFrom(...CHOICES);
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ kind: 'open' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'close' as const }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('vote' as const),
      voter,
      slot: fc.integer({ min: 0, max: 1 }),
      choice,
      earlier: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('burst' as const),
      votes: fc.uniqueArray(fc.record({ voter, slot: fc.integer({ min: 0, max: 1 }), choice, twice: fc.boolean() }), {
        minLength: 2,
        maxLength: PHONES + 1,
        selector: (v) => v.voter,
      }),
    }),
  },
);

interface Figures {
  runs: number;
  steps: number;
  rounds: number;
  votes: number;
  bursts: number;
  checks: number;
}

interface Round {
  id: string;
  questionId: string;
  open: boolean;
  /** The ballot each voter has stored in this round. */
  ballots: Map<number, { ballotId: string; choice: Choice }>;
  screen: AsyncIterator<any>;
  shown: { studioVoted: number; onlineVoted: number } | undefined;
}

const ok = async (query: string, variables: Record<string, unknown>, token?: string) => {
  const result = await server.gql(query, variables, { token });
  if (result.errors) throw new Error(`${query.slice(0, 50)}: ${JSON.stringify(result.errors)}`);
  return result.data;
};

/** Runs one history against a new session and checks it against the model after every step. */
async function runHistory(commands: Command[], figures: Figures): Promise<void> {
  const session = (
    await ok(
      'mutation($i: SessionInput!) { createSession(input: $i) { id joinCode } }',
      { i: { title: '随机历史', theme: '测试', scheduledAt: new Date().toISOString(), settings: { windowSeconds: 600 } } },
      admin,
    )
  ).createSession;
  await ok(
    'mutation($i: AddToRollInput!) { addToRoll(input: $i) { id } }',
    { i: { sessionId: session.id, people: [{ accountId: repAccountId }] } },
    admin,
  );
  let questionIds: string[] = [];
  for (let i = 0; i < QUESTIONS; i++) {
    questionIds = (
      await ok(
        'mutation($s: ID!, $i: QuestionInput!) { addQuestion(sessionId: $s, input: $i) { questions { id } } }',
        { s: session.id, i: { title: `问${i}`, body: 'b', questioner: 'q', departmentId, respondent: 'r' } },
        admin,
      )
    ).addQuestion.questions.map((q: { id: string }) => q.id);
  }
  await ok('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: session.id }, admin);
  await ok(
    'mutation($i: StartSessionInput!) { startSession(input: $i) { id } }',
    { i: { sessionId: session.id, acceptWarnings: ACCEPT_ALL_WARNINGS } },
    host,
  );
  const phones: string[] = [];
  for (let i = 0; i < PHONES; i++)
    phones.push((await ok('mutation($c: String!) { joinSession(joinCode: $c) { token } }', { c: session.joinCode })).joinSession.token);
  const runId = session.id.slice(0, 8);
  const rounds: Round[] = [];
  const current = () => rounds.find((r) => r.open);
  const screens = server.ws({ token: host });

  const cast = async (round: Round, v: number, slot: number, c: Choice) => {
    const ballotId = `${runId}-${v}-${slot}`;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      ...(v === PHONES ? { authorization: `Bearer ${rep}` } : { 'x-device-token': phones[v]! }),
    };
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: VOTE, variables: { input: { roundId: round.id, choice: c, ballotId } } }),
    });
    const body = (await response.json()) as any;
    figures.votes++;
    return {
      ballotId,
      answer: body.data?.castVote
        ? { replayed: body.data.castVote.replayed as boolean, choice: body.data.castVote.choice as string }
        : (body.errors[0].extensions.code as string),
    };
  };
  /** What the model says the answer must be (before this vote is applied). */
  const expected = (round: Round, v: number, ballotId: string, c: Choice) => {
    const stored = round.ballots.get(v);
    if (stored && stored.ballotId === ballotId && stored.choice === c) return { replayed: true, choice: c };
    if (!round.open) return 'VOTING_CLOSED';
    if (stored) return 'ALREADY_VOTED';
    return { replayed: false, choice: c };
  };

  const check = async () => {
    for (const round of rounds) {
      const [register] = await server.orm.em
        .fork()
        .getConnection()
        .execute<{ n: string; voters: string }[]>(
          'select count(*) as n, count(distinct voter_key) as voters from vote_register where round_id = ?',
          [round.id],
        );
      const ballots: { channel: string; choice: Choice; n: string }[] = await server.orm.em
        .fork()
        .getConnection()
        .execute('select channel, choice, count(*) as n from ballot where round_id = ? group by channel, choice', [round.id]);
      const db = (channel: string, c: Choice) => Number(ballots.find((b) => b.channel === channel && b.choice === c)?.n ?? 0);
      const model = (channel: string, c: Choice) =>
        [...round.ballots].filter(([v, b]) => (v === PHONES ? 'STUDIO' : 'ONLINE') === channel && b.choice === c).length;
      // One ballot per voter, and the database holds exactly the model's ballots.
      expect(Number(register!.n)).toBe(Number(register!.voters));
      expect(Number(register!.n)).toBe(round.ballots.size);
      for (const channel of ['STUDIO', 'ONLINE']) for (const c of CHOICES) expect(db(channel, c)).toBe(model(channel, c));
      // The live tally equals the database's counts.
      const tally = (await ok(TALLY, { r: round.id }, host)).roundTally;
      expect(tally.studioVoted + tally.onlineVoted).toBe(round.ballots.size);
      for (const channel of tally.result.channels) {
        expect([channel.satisfied, channel.basicallySatisfied, channel.unsatisfied]).toEqual(CHOICES.map((c) => db(channel.channel, c)));
      }
      // A closed round's stored result counts the same ballots.
      if (!round.open) {
        const { session: s } = await ok(
          'query($id: ID!) { session(id: $id) { questions { id round { status result { channels { channel satisfied basicallySatisfied unsatisfied } } } } } }',
          { id: session.id },
          host,
        );
        const stored = s.questions.find((q: { id: string }) => q.id === round.questionId).round;
        expect(stored.status).toBe('CLOSED');
        for (const channel of stored.result.channels)
          expect([channel.satisfied, channel.basicallySatisfied, channel.unsatisfied]).toEqual(CHOICES.map((c) => db(channel.channel, c)));
      }
    }
    figures.checks++;
  };

  try {
    for (const step of commands) {
      if (step.kind === 'open') {
        if (current() || rounds.length === QUESTIONS) continue;
        const questionId = questionIds[rounds.length]!;
        for (const verb of ['askQuestion', 'startAnswer', 'openVoting'])
          await ok(`mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id: questionId }, host);
        const { session: s } = await ok('query($id: ID!) { session(id: $id) { questions { id round { id } } } }', { id: session.id }, host);
        const id = s.questions.find((q: { id: string }) => q.id === questionId).round.id as string;
        // A screen watches the round, so the server keeps its tally live from the vote batches.
        const screen = screens.iterate<any>({
          query: 'subscription($r: ID!) { roundTallyChanged(roundId: $r) { studioVoted onlineVoted } }',
          variables: { r: id },
        });
        const round: Round = {
          id,
          questionId,
          open: true,
          ballots: new Map(),
          screen,
          shown: (await nextValue(screen)).data.roundTallyChanged,
        };
        rounds.push(round);
        figures.rounds++;
      } else if (step.kind === 'close') {
        const round = current();
        if (!round) continue;
        await ok('mutation($id: ID!) { closeVoting(id: $id) { id } }', { id: round.questionId }, host);
        const status = async () =>
          (
            await server.orm.em
              .fork()
              .getConnection()
              .execute<{ status: string }[]>('select status from vote_round where id = ?', [round.id])
          )[0]!.status;
        await waitUntil(async () => (await status()) === 'CLOSED', 'the round closes', 5_000, 20);
        round.open = false;
      } else if (step.kind === 'vote') {
        const round = step.earlier ? (rounds.find((r) => !r.open) ?? current()) : current();
        if (!round) continue;
        const { ballotId, answer } = await cast(round, step.voter, step.slot, step.choice);
        expect(answer).toEqual(expected(round, step.voter, ballotId, step.choice));
        if (typeof answer !== 'string' && !answer.replayed) round.ballots.set(step.voter, { ballotId, choice: step.choice });
      } else {
        const round = current();
        if (!round) continue;
        // Distinct voters at once, some sending their ballot twice at the same moment.
        const sends = step.votes.flatMap((v) => (v.twice ? [v, v] : [v]));
        const before = new Map(round.ballots);
        const answers = await Promise.all(sends.map((v) => cast(round, v.voter, v.slot, v.choice)));
        for (const v of step.votes) {
          const mine = answers.filter((_, i) => sends[i] === v);
          const ballotId = mine[0]!.ballotId;
          const first = expected({ ...round, ballots: before }, v.voter, ballotId, v.choice);
          if (typeof first !== 'string' && !first.replayed) {
            // A new ballot sent twice: one is the vote, the other its replay.
            expect(
              mine
                .map((m) => m.answer)
                .sort((x, y) => Number((x as { replayed: boolean }).replayed) - Number((y as { replayed: boolean }).replayed)),
            ).toEqual(
              v.twice
                ? [
                    { replayed: false, choice: v.choice },
                    { replayed: true, choice: v.choice },
                  ]
                : [{ replayed: false, choice: v.choice }],
            );
            round.ballots.set(v.voter, { ballotId, choice: v.choice });
          } else {
            for (const m of mine) expect(m.answer).toEqual(first);
          }
        }
        figures.bursts++;
      }
      await check();
    }
    // Every screen ends up showing the database's count.
    for (const round of rounds) {
      let shown = round.shown!;
      while (shown.studioVoted + shown.onlineVoted !== round.ballots.size)
        shown = (await nextValue(round.screen, 3_000)).data.roundTallyChanged;
    }
  } finally {
    for (const round of rounds) await round.screen.return?.();
    await screens.dispose();
  }
}

describe('randomised histories of open, close, vote and retry', () => {
  it(`keep one ballot per voter and round, and tallies equal to the database (${RUNS} runs)`, async () => {
    const figures: Figures = { runs: 0, steps: 0, rounds: 0, votes: 0, bursts: 0, checks: 0 };
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 5, maxLength: 25 }), async (commands) => {
        figures.runs++;
        figures.steps += commands.length;
        await runHistory([{ kind: 'open' }, ...commands], figures);
      }),
      { numRuns: RUNS, endOnFailure: true, seed: process.env.FAST_CHECK_SEED ? Number(process.env.FAST_CHECK_SEED) : undefined },
    );
    report('random histories', { ...figures, durationMs: Date.now() - started });
  }, 300_000);
});
