import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { QuestionPhase, RoundStatus, SessionStatus } from '../../gql/graphql';
import { hostLabels } from '../../labels/host';
import {
  actionLabel,
  awaitingReveal,
  CONFIRMED_ACTIONS,
  focusQuestion,
  hostActions,
  isCounting,
  leftUnrevealed,
  nextQuestion,
  onAirQuestion,
  preLiveGate,
  preLiveRefusal,
  sameAction,
  type ConsoleQuestion,
  type ConsoleState,
  type HostAction,
} from './hostActions';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const at = (seconds: number) => new Date(NOW + seconds * 1000).toISOString();

function question(
  id: string,
  position: number,
  phase: QuestionPhase,
  round?: { status: RoundStatus; studioIn?: number; onlineIn?: number },
): ConsoleQuestion {
  return {
    id,
    position,
    phase,
    round: round
      ? { status: round.status, studioClosesAt: at(round.studioIn ?? 30), onlineClosesAt: at(round.onlineIn ?? round.studioIn ?? 30) }
      : null,
  };
}

function state(
  status: SessionStatus,
  questions: ConsoleQuestion[],
  rehearsal = false,
  currentQuestionId: string | null = null,
): ConsoleState {
  return { status, rehearsal, currentQuestionId, questions };
}

const kinds = (actions: HostAction[]) =>
  actions.map((a) =>
    'seconds' in a ? `${a.kind}+${a.seconds}:${a.questionId}` : 'questionId' in a ? `${a.kind}:${a.questionId}` : a.kind,
  );

describe('hostActions', () => {
  it('offers nothing for a draft', () => {
    expect(hostActions(state('DRAFT', [question('q1', 1, 'PENDING')]), NOW)).toEqual([]);
  });

  it('offers going on air or rehearsing once published', () => {
    expect(kinds(hostActions(state('PUBLISHED', [question('q1', 1, 'PENDING')]), NOW))).toEqual(['startLive', 'startRehearsal']);
    expect(kinds(hostActions(state('PUBLISHED', []), NOW))).toEqual(['startLive', 'startRehearsal']);
  });

  it('asks any pending question, in running order, when nothing is on air', () => {
    const live = state('LIVE', [
      question('q2', 2, 'PENDING'),
      question('q1', 1, 'CLOSED', { status: 'PUBLISHED' }),
      question('q3', 3, 'PENDING'),
    ]);
    expect(kinds(hostActions(live, NOW))).toEqual(['ask:q2', 'ask:q3', 'endSession']);
  });

  it('moves an asked question on, or takes it back', () => {
    expect(kinds(hostActions(state('LIVE', [question('q1', 1, 'ASKING'), question('q2', 2, 'PENDING')]), NOW))).toEqual([
      'startAnswer:q1',
      'undo:q1',
      'endSession',
    ]);
    expect(kinds(hostActions(state('LIVE', [question('q1', 1, 'ANSWERING'), question('q2', 2, 'PENDING')]), NOW))).toEqual([
      'openVoting:q1',
      'undo:q1',
      'endSession',
    ]);
  });

  it('closes early only while the studio votes, and extends until the last window ends', () => {
    const voting = (studioIn: number, onlineIn: number) =>
      state('LIVE', [question('q1', 1, 'VOTING', { status: 'OPEN', studioIn, onlineIn })]);
    expect(kinds(hostActions(voting(30, 35), NOW))).toEqual(['closeVoting:q1', 'extend+15:q1', 'extend+30:q1', 'endSession']);
    expect(kinds(hostActions(voting(0, 5), NOW))).toEqual(['extend+15:q1', 'extend+30:q1', 'endSession']);
    expect(kinds(hostActions(voting(-5, 0), NOW))).toEqual(['endSession']);
  });

  it('reveals closed results, also of earlier questions and after the broadcast', () => {
    const closed = question('q1', 1, 'CLOSED', { status: 'CLOSED', studioIn: -10 });
    expect(kinds(hostActions(state('LIVE', [closed, question('q2', 2, 'PENDING')]), NOW))).toEqual(['ask:q2', 'reveal:q1', 'endSession']);
    expect(kinds(hostActions(state('LIVE', [closed, question('q2', 2, 'ASKING')]), NOW))).toEqual([
      'startAnswer:q2',
      'undo:q2',
      'reveal:q1',
      'endSession',
    ]);
    expect(kinds(hostActions(state('ENDED', [closed]), NOW))).toEqual(['reveal:q1']);
  });

  it('resets only rehearsal runs, live or ended', () => {
    expect(kinds(hostActions(state('LIVE', [], true), NOW))).toEqual(['endSession', 'resetRehearsal']);
    expect(kinds(hostActions(state('ENDED', [], true), NOW))).toEqual(['resetRehearsal']);
    expect(kinds(hostActions(state('ENDED', [], false), NOW))).toEqual([]);
  });

  // Every combination of session status, rehearsal, question phase, round status and time, against
  // the rules the server applies to each action.
  it('never offers an action the server would refuse', () => {
    const statuses: SessionStatus[] = ['DRAFT', 'PUBLISHED', 'LIVE', 'ENDED'];
    const phases: QuestionPhase[] = ['PENDING', 'ASKING', 'ANSWERING', 'VOTING', 'CLOSED'];
    const rounds: (RoundStatus | null)[] = [null, 'SCHEDULED', 'OPEN', 'CLOSED', 'PUBLISHED'];
    const times: [number, number][] = [
      [30, 30],
      [30, 40],
      [0, 10],
      [-10, 0],
      [-20, -10],
    ];
    let combinations = 0;

    for (const status of statuses)
      for (const rehearsal of [false, true])
        for (const phase of phases)
          for (const roundStatus of rounds)
            for (const [studioIn, onlineIn] of times)
              for (const other of ['PENDING', 'CLOSED'] as const) {
                const main = question('a', 1, phase, roundStatus ? { status: roundStatus, studioIn, onlineIn } : undefined);
                const s = state(
                  status,
                  [main, question('b', 2, other, other === 'CLOSED' ? { status: 'PUBLISHED', studioIn: -60 } : undefined)],
                  rehearsal,
                );
                const actions = hostActions(s, NOW);
                combinations++;

                const onAir = onAirQuestion(s);
                for (const action of actions) {
                  const target = 'questionId' in action ? s.questions.find((q) => q.id === action.questionId) : undefined;
                  switch (action.kind) {
                    case 'startLive':
                    case 'startRehearsal':
                      expect(status).toBe('PUBLISHED');
                      break;
                    case 'endSession':
                      expect(status).toBe('LIVE');
                      break;
                    case 'resetRehearsal':
                      expect(rehearsal && (status === 'LIVE' || status === 'ENDED')).toBe(true);
                      break;
                    case 'ask':
                      expect(status).toBe('LIVE');
                      expect(onAir).toBeNull();
                      expect(target?.phase).toBe('PENDING');
                      break;
                    case 'startAnswer':
                      expect([status, target?.phase]).toEqual(['LIVE', 'ASKING']);
                      break;
                    case 'undo':
                      expect(status).toBe('LIVE');
                      expect(['ASKING', 'ANSWERING']).toContain(target?.phase);
                      break;
                    case 'openVoting':
                      expect([status, target?.phase]).toEqual(['LIVE', 'ANSWERING']);
                      break;
                    case 'closeVoting':
                      expect([status, target?.phase, target?.round?.status]).toEqual(['LIVE', 'VOTING', 'OPEN']);
                      expect(Date.parse(target!.round!.studioClosesAt)).toBeGreaterThan(NOW);
                      break;
                    case 'extend':
                      expect([status, target?.phase, target?.round?.status]).toEqual(['LIVE', 'VOTING', 'OPEN']);
                      expect(Date.parse(target!.round!.onlineClosesAt)).toBeGreaterThan(NOW);
                      break;
                    case 'reveal':
                      expect(target?.round?.status).toBe('CLOSED');
                      break;
                  }
                }
                // Each action once.
                expect(actions.every((a, i) => actions.findIndex((b) => sameAction(a, b)) === i)).toBe(true);
                // A live session can always be ended; a rehearsal that has run can always be reset.
                if (status === 'LIVE') expect(actions.some((a) => a.kind === 'endSession')).toBe(true);
                if (rehearsal && status !== 'DRAFT' && status !== 'PUBLISHED')
                  expect(actions.some((a) => a.kind === 'resetRehearsal')).toBe(true);
              }
    expect(combinations).toBe(4 * 2 * 5 * 5 * 5 * 2);
  });

  it('confirms the actions that hurt when clicked by mistake', () => {
    expect([...CONFIRMED_ACTIONS].sort()).toEqual(['closeVoting', 'endSession', 'resetRehearsal', 'startLive']);
  });
});

describe('question helpers', () => {
  const questions = [question('q3', 3, 'PENDING'), question('q1', 1, 'CLOSED', { status: 'PUBLISHED' }), question('q2', 2, 'PENDING')];

  it('finds the next question in running order', () => {
    expect(nextQuestion(state('LIVE', questions))?.id).toBe('q2');
    expect(nextQuestion(state('LIVE', [question('q1', 1, 'CLOSED')]))).toBeNull();
  });

  it('focuses on the question on air, else on the one on screen', () => {
    expect(focusQuestion(state('LIVE', questions, false, 'q1'))?.id).toBe('q1');
    expect(focusQuestion(state('LIVE', [...questions.slice(0, 2), question('q2', 2, 'VOTING')], false, 'q1'))?.id).toBe('q2');
    expect(focusQuestion(state('LIVE', questions, false, null))).toBeNull();
  });

  it('tells when time is up but the round is not closed yet', () => {
    const voting = (studioIn: number, onlineIn: number) =>
      state('LIVE', [question('q1', 1, 'VOTING', { status: 'OPEN', studioIn, onlineIn })]);
    expect(isCounting(voting(10, 10), NOW)).toBe(false);
    expect(isCounting(voting(-1, 5), NOW)).toBe(false);
    expect(isCounting(voting(-1, 0), NOW)).toBe(true);
    expect(isCounting(state('LIVE', [question('q1', 1, 'CLOSED', { status: 'CLOSED', studioIn: -5 })]), NOW)).toBe(false);
  });
});

describe('reveal discipline', () => {
  const closed = question('q1', 1, 'CLOSED', { status: 'CLOSED', studioIn: -10 });
  const revealed = question('q0', 0, 'CLOSED', { status: 'PUBLISHED', studioIn: -60 });
  const pending = question('q2', 2, 'PENDING');

  it('waits for the reveal of the round that just closed', () => {
    expect(awaitingReveal(state('LIVE', [closed, pending], false, 'q1'))?.id).toBe('q1');
    expect(awaitingReveal(state('ENDED', [closed], false, 'q1'))?.id).toBe('q1');
    expect(awaitingReveal(state('LIVE', [revealed, pending], false, 'q0'))).toBeNull();
    // Once the next question is on air, the console is about that one.
    expect(awaitingReveal(state('LIVE', [closed, question('q2', 2, 'ASKING')], false, 'q2'))).toBeNull();
  });

  it('asks before moving on from a closed result nobody revealed', () => {
    const s = state('LIVE', [closed, pending], false, 'q1');
    expect(leftUnrevealed(s, { kind: 'ask', questionId: 'q2' }).map((q) => q.id)).toEqual(['q1']);
    expect(leftUnrevealed(state('LIVE', [revealed, pending], false, 'q0'), { kind: 'ask', questionId: 'q2' })).toEqual([]);
    // An older result the host chose not to reveal is not asked about at every step.
    expect(leftUnrevealed(state('LIVE', [closed, revealed, pending], false, 'q0'), { kind: 'ask', questionId: 'q2' })).toEqual([]);
  });

  it('asks before ending with any closed result unrevealed', () => {
    const s = state('LIVE', [pending, closed, revealed, question('q3', 3, 'CLOSED', { status: 'CLOSED', studioIn: -90 })], false, 'q0');
    expect(leftUnrevealed(s, { kind: 'endSession' }).map((q) => q.id)).toEqual(['q1', 'q3']);
    expect(leftUnrevealed(state('LIVE', [revealed, pending]), { kind: 'endSession' })).toEqual([]);
    expect(leftUnrevealed(s, { kind: 'reveal', questionId: 'q1' })).toEqual([]);
  });
});

describe('pre-live check', () => {
  it('splits blockers from warnings', () => {
    expect(
      preLiveGate([
        { code: 'NO_QUESTIONS', blocker: true },
        { code: 'NO_STREAM_URL', blocker: false },
        { code: 'NO_REHEARSAL', blocker: false },
      ]),
    ).toEqual({ blockers: ['NO_QUESTIONS'], warnings: ['NO_STREAM_URL', 'NO_REHEARSAL'] });
    expect(preLiveGate(null)).toEqual({ blockers: [], warnings: [] });
  });

  it('reads the codes of a start refused by the pre-live check', () => {
    const refused = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Confirm the warnings before going live', {
          extensions: { code: 'PRE_LIVE_CHECK', blockers: [], warnings: ['ROLL_EMPTY'] },
        }),
      ],
    });
    expect(preLiveRefusal(refused)).toEqual({ blockers: [], warnings: ['ROLL_EMPTY'] });
    const other = new CombinedError({ graphQLErrors: [new GraphQLError('no', { extensions: { code: 'INVALID_PHASE' } })] });
    expect(preLiveRefusal(other)).toBeNull();
    expect(preLiveRefusal(new Error('network'))).toBeNull();
    expect(preLiveRefusal(null)).toBeNull();
  });
});

describe('actionLabel', () => {
  const text = (key: string) =>
    key
      .split('.')
      .slice(1)
      .reduce<unknown>((table, part) => (table as Record<string, unknown>)?.[part], hostLabels['zh-CN']);

  it('names the steps of a question-and-answer session as before', () => {
    expect(actionLabel({ kind: 'openVoting', questionId: 'q1' }, 'TV_QUESTIONING').key).toBe('host.actions.openVoting');
    expect(text(actionLabel({ kind: 'ask', questionId: 'q1' }, 'SPECIAL_INQUIRY').key)).toBe('提问下一题');
    expect(actionLabel({ kind: 'extend', questionId: 'q1', seconds: 30 }, 'PROJECT_VOTE')).toEqual({
      key: 'host.actions.extend',
      params: { seconds: 30 },
    });
  });

  it('names them in the words of the other kinds: 开始票决 for a project vote, 开始测评 for reports and representatives', () => {
    expect(text(actionLabel({ kind: 'openVoting', questionId: 'q1' }, 'PROJECT_VOTE').key)).toBe('开始票决');
    expect(text(actionLabel({ kind: 'openVoting', questionId: 'q1' }, 'REPORT_ASSESSMENT').key)).toBe('开始测评');
    expect(text(actionLabel({ kind: 'startAnswer', questionId: 'q1' }, 'REPRESENTATIVE_REVIEW').key)).toBe('开始述职');
    for (const kind of ['REPORT_ASSESSMENT', 'PROJECT_VOTE', 'REPRESENTATIVE_REVIEW'] as const) {
      for (const step of ['ask', 'startAnswer', 'openVoting'] as const) {
        expect(typeof text(actionLabel({ kind: step, questionId: 'q1' }, kind).key), `${kind}.${step}`).toBe('string');
      }
    }
  });
});
