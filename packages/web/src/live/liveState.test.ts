import { describe, expect, it } from 'vitest';
import { acceptLiveState, channelWindow, phoneStage, screenStage, secondsLeft, type LiveState } from './liveState';

const T0 = Date.parse('2026-05-01T12:00:00Z');
const iso = (offsetSeconds: number) => new Date(T0 + offsetSeconds * 1000).toISOString();

const result = {
  ballotType: 'SATISFACTION' as const,
  options: [],
  rule: null,
  note: null,
  satisfiedGrade: 80,
  passingBase: null,
  channels: [],
  composite: 80,
  outcome: 'SATISFIED' as const,
  studioWeight: 60,
  onlineWeight: 40,
  threshold: 60,
  quorum: null,
};

function state(overrides: Partial<LiveState> = {}, question: Partial<NonNullable<LiveState['question']>> | null = null): LiveState {
  return {
    sessionId: 's1',
    version: 5,
    status: 'LIVE',
    title: '问政',
    theme: '加强物业管理',
    streamUrl: null,
    rehearsal: false,
    serverTime: iso(0),
    questionCount: 2,
    messagesEnabled: false,
    settings: {
      windowSeconds: 60,
      streamDelaySeconds: 10,
      hideResultsUntilClosed: false,
      studioWeight: 60,
      onlineWeight: 40,
      satisfiedThreshold: 60,
      satisfiedGrade: 80,
      passingShare: 50,
      onlineIdentity: 'DEVICE',
    },
    question: question && {
      id: 'q1',
      position: 1,
      title: '小区停车难',
      body: '',
      questioner: '代表',
      respondent: '局长',
      subject: 'ANSWER',
      district: null,
      budget: null,
      candidates: [],
      department: { shortName: '住建局', name: '县住房和城乡建设局' },
      phase: 'VOTING',
      clipUrl: null,
      round: {
        id: 'r1',
        status: 'OPEN',
        studioOpensAt: iso(0),
        studioClosesAt: iso(60),
        onlineOpensAt: iso(10),
        onlineClosesAt: iso(70),
        resultsHidden: false,
        ballotType: 'SATISFACTION',
        candidates: [],
        maxChoices: 1,
        result: null,
      },
      ...question,
    },
    ...overrides,
  };
}

describe('acceptLiveState', () => {
  it('takes the first state and newer ones', () => {
    const first = state({ version: 3 });
    expect(acceptLiveState(null, first)).toBe(first);
    const newer = state({ version: 4 });
    expect(acceptLiveState(first, newer)).toBe(newer);
  });

  it('drops a state older than the one on show', () => {
    const shown = state({ version: 7 });
    expect(acceptLiveState(shown, state({ version: 6 }))).toBe(shown);
  });

  it('takes the same version again (a resubscription resends the current state)', () => {
    const shown = state({ version: 7 });
    const again = state({ version: 7, title: '问政（重发）' });
    expect(acceptLiveState(shown, again)).toBe(again);
  });
});

describe('channelWindow', () => {
  it('gives studio seats the studio window and phones the delayed online window', () => {
    const round = state({}, {}).question!.round!;
    expect(channelWindow(round, 'STUDIO')).toEqual({ opensAt: T0, closesAt: T0 + 60_000 });
    expect(channelWindow(round, 'ONLINE')).toEqual({ opensAt: T0 + 10_000, closesAt: T0 + 70_000 });
  });
});

describe('phoneStage', () => {
  it('covers the session around the questions', () => {
    expect(phoneStage(null, 'ONLINE', T0)).toEqual({ kind: 'loading' });
    expect(phoneStage(state({ status: 'PUBLISHED' }), 'ONLINE', T0)).toEqual({ kind: 'notStarted' });
    expect(phoneStage(state({ status: 'ENDED' }, {}), 'ONLINE', T0)).toEqual({ kind: 'ended' });
    expect(phoneStage(state(), 'ONLINE', T0)).toEqual({ kind: 'waiting' });
    expect(phoneStage(state({}, { phase: 'PENDING', round: null }), 'ONLINE', T0)).toEqual({ kind: 'waiting' });
    expect(phoneStage(state({}, { phase: 'ASKING', round: null }), 'ONLINE', T0)).toEqual({ kind: 'asking' });
    expect(phoneStage(state({}, { phase: 'ANSWERING', round: null }), 'ONLINE', T0)).toEqual({ kind: 'answering' });
  });

  it('opens a phone only in the online window, a studio seat in the studio window', () => {
    const voting = state({}, {});
    expect(phoneStage(voting, 'STUDIO', T0 + 1000)).toEqual({ kind: 'open', roundId: 'r1', closesAt: T0 + 60_000 });
    expect(phoneStage(voting, 'ONLINE', T0 + 1000)).toEqual({ kind: 'opensSoon', roundId: 'r1', opensAt: T0 + 10_000 });
    expect(phoneStage(voting, 'ONLINE', T0 + 10_000)).toEqual({ kind: 'open', roundId: 'r1', closesAt: T0 + 70_000 });
    expect(phoneStage(voting, 'STUDIO', T0 + 60_000)).toEqual({ kind: 'closed', roundId: 'r1' });
    expect(phoneStage(voting, 'ONLINE', T0 + 65_000)).toEqual({ kind: 'open', roundId: 'r1', closesAt: T0 + 70_000 });
    expect(phoneStage(voting, 'ONLINE', T0 + 70_000)).toEqual({ kind: 'closed', roundId: 'r1' });
  });

  it('shows closed once the round has closed, whatever the clock says, and the result once revealed', () => {
    const closed = state({}, { phase: 'CLOSED', round: { ...state({}, {}).question!.round!, status: 'CLOSED' } });
    expect(phoneStage(closed, 'ONLINE', T0 + 20_000)).toEqual({ kind: 'closed', roundId: 'r1' });
    const revealed = state({}, { phase: 'CLOSED', round: { ...state({}, {}).question!.round!, status: 'PUBLISHED', result } });
    expect(phoneStage(revealed, 'ONLINE', T0 + 80_000)).toEqual({ kind: 'revealed', roundId: 'r1', result });
  });
});

describe('screenStage', () => {
  it('counts down the studio window and then waits for the reveal', () => {
    const voting = state({}, {});
    const stage = screenStage(voting, T0 + 5_000);
    expect(stage.kind).toBe('voting');
    expect(stage.kind === 'voting' && stage.closesAt).toBe(T0 + 60_000);
    expect(screenStage(voting, T0 + 61_000).kind).toBe('closed');
    const revealed = state({}, { phase: 'CLOSED', round: { ...voting.question!.round!, status: 'PUBLISHED', result } });
    expect(screenStage(revealed, T0 + 90_000)).toMatchObject({ kind: 'revealed', result });
  });

  it('shows the question while it is asked and answered, and the summary once ended', () => {
    expect(screenStage(state({}, { phase: 'ASKING', round: null }), T0)).toEqual({ kind: 'question', phase: 'ASKING' });
    expect(screenStage(state({}, { phase: 'ANSWERING', round: null }), T0)).toEqual({ kind: 'question', phase: 'ANSWERING' });
    expect(screenStage(state({ status: 'ENDED' }), T0)).toEqual({ kind: 'ended' });
    expect(screenStage(state({ status: 'PUBLISHED' }), T0)).toEqual({ kind: 'notStarted' });
  });
});

describe('secondsLeft', () => {
  it('rounds up and never goes below zero', () => {
    expect(secondsLeft(T0 + 10_000, T0)).toBe(10);
    expect(secondsLeft(T0 + 10_000, T0 + 9_001)).toBe(1);
    expect(secondsLeft(T0 + 10_000, T0 + 10_000)).toBe(0);
    expect(secondsLeft(T0 + 10_000, T0 + 12_000)).toBe(0);
  });
});
