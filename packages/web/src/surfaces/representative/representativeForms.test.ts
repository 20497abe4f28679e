import { describe, expect, it } from 'vitest';
import {
  clueActions,
  dayPeriod,
  emptyDispatch,
  myScore,
  proposableSessions,
  publicPageUrl,
  toDispatchInput,
  toProposalInput,
  validateComment,
  validateDispatch,
  validateForward,
  validateProposal,
  validateReply,
  validateScore,
  yearPeriod,
} from './representativeForms';

const now = new Date(2026, 5, 15, 10, 0);

describe('the inbox forms', () => {
  it('wants a reply of 1 to 2,000 characters, and a note of at most 500', () => {
    expect(validateReply('  ')).toEqual({ reply: 'reply.required' });
    expect(validateReply('已向住建局了解情况。')).toEqual({});
    expect(validateReply('字'.repeat(2001))).toEqual({ reply: 'reply.tooLong' });
    expect(validateForward('')).toEqual({});
    expect(validateForward('字'.repeat(501))).toEqual({ note: 'forward.tooLong' });
  });

  it('wants a department, what is to be done and a deadline not before today', () => {
    const start = emptyDispatch(now);
    expect(start.deadline).toBe('2026-07-15');
    expect(validateDispatch(start, now)).toEqual({
      departmentId: 'dispatch.departmentRequired',
      commitment: 'dispatch.commitmentRequired',
    });
    const ready = { departmentId: 'd1', commitment: ' 一个月内修好路灯 ', deadline: '2026-06-15' };
    expect(validateDispatch(ready, now)).toEqual({});
    expect(validateDispatch({ ...ready, deadline: '2026-06-14' }, now)).toEqual({ deadline: 'dispatch.deadlinePast' });
    expect(validateDispatch({ ...ready, deadline: '2026-02-31' }, now)).toEqual({ deadline: 'dispatch.deadlineRequired' });
    expect(validateDispatch({ ...ready, commitment: '字'.repeat(2001) }, now)).toEqual({ commitment: 'dispatch.commitmentTooLong' });

    const input = toDispatchInput('c1', ready);
    expect(input).toMatchObject({ clueId: 'c1', departmentId: 'd1', commitment: '一个月内修好路灯' });
    // Due at the end of the chosen local day.
    expect(new Date(input.deadline).getDate()).toBe(15);
    expect(new Date(input.deadline).getHours()).toBe(23);
  });

  it('offers forward and dispatch only while nobody has handled the clue', () => {
    expect(clueActions({ status: 'SUBMITTED' })).toEqual({ reply: true, forward: true, dispatch: true });
    expect(clueActions({ status: 'SUBMITTED', forwardedAt: '2026-06-01T00:00:00Z' })).toEqual({
      reply: true,
      forward: false,
      dispatch: false,
    });
    expect(clueActions({ status: 'REFERRED', followUpId: 'f1' })).toEqual({ reply: true, forward: false, dispatch: false });
    expect(clueActions({ status: 'ACCEPTED' }).forward).toBe(false);
  });
});

describe('the supervised item forms', () => {
  it('wants a comment, a score, and short notes', () => {
    expect(validateComment(' ')).toEqual({ note: 'item.comment.required' });
    expect(validateComment('请补充照片')).toEqual({});
    expect(validateScore({ score: '', note: '' })).toEqual({ score: 'item.score.required' });
    expect(validateScore({ score: 'SATISFIED', note: '字'.repeat(501) })).toEqual({ note: 'item.score.noteTooLong' });
    expect(validateScore({ score: 'UNSATISFIED', note: '' })).toEqual({});
  });

  it('finds my score of the current handling round', () => {
    const scores = [
      { representativeName: '王芳', handlingRound: 1, score: 'UNSATISFIED' },
      { representativeName: '李强', handlingRound: 2, score: 'SATISFIED' },
      { representativeName: '王芳', handlingRound: 2, score: 'BASICALLY_SATISFIED' },
    ];
    expect(myScore(scores, '王芳', 2)?.score).toBe('BASICALLY_SATISFIED');
    expect(myScore(scores, '王芳', 3)).toBeNull();
    expect(myScore(scores, undefined, 2)).toBeNull();
  });
});

describe('proposals', () => {
  it('offers published sessions that ask departments, soonest first', () => {
    const sessions = [
      { id: 'a', status: 'PUBLISHED', kind: 'TV_QUESTIONING' as const, scheduledAt: '2026-08-01T00:00:00Z' },
      { id: 'b', status: 'LIVE', kind: 'TV_QUESTIONING' as const, scheduledAt: '2026-06-01T00:00:00Z' },
      { id: 'c', status: 'PUBLISHED', kind: 'PROJECT_VOTE' as const, scheduledAt: '2026-06-01T00:00:00Z' },
      { id: 'd', status: 'PUBLISHED', kind: 'SPECIAL_INQUIRY' as const, scheduledAt: '2026-07-01T00:00:00Z' },
      { id: 'e', status: 'DRAFT', kind: 'TV_QUESTIONING' as const, scheduledAt: '2026-07-01T00:00:00Z' },
    ];
    expect(proposableSessions(sessions).map((s) => s.id)).toEqual(['d', 'a']);
  });

  it('checks and sends a question', () => {
    const values = { sessionId: '', title: '路灯', body: '太短', respondent: '', departmentId: '' };
    expect(validateProposal(values)).toEqual({
      sessionId: 'proposals.sessionRequired',
      title: 'proposals.titleRequired',
      body: 'proposals.bodyRequired',
      departmentId: 'proposals.departmentRequired',
    });
    const ready = {
      sessionId: 's1',
      title: ' 城东路灯长期不亮 ',
      body: '城东新区多条道路路灯长期不亮，群众夜间出行不便。',
      respondent: ' ',
      departmentId: 'd1',
    };
    expect(validateProposal(ready)).toEqual({});
    expect(toProposalInput(ready)).toEqual({
      sessionId: 's1',
      title: '城东路灯长期不亮',
      body: '城东新区多条道路路灯长期不亮，群众夜间出行不便。',
      respondent: null,
      departmentId: 'd1',
    });
  });
});

describe('figures and the public page', () => {
  it('asks for whole local days and years', () => {
    const year = yearPeriod(2026);
    expect(new Date(year.from).getFullYear()).toBe(2026);
    expect(new Date(year.to).getFullYear()).toBe(2027);
    const days = dayPeriod('2026-03-01', '2026-03-31')!;
    expect(new Date(days.from).getDate()).toBe(1);
    expect(new Date(days.to).getMonth()).toBe(3);
    expect(new Date(days.to).getDate()).toBe(1);
    expect(dayPeriod('2026-04-01', '2026-03-01')).toBeNull();
    expect(dayPeriod('', '2026-03-01')).toBeNull();
  });

  it('links the code to its page', () => {
    expect(publicPageUrl('https://wz.example.cn', 'K7M3Q9PA')).toBe('https://wz.example.cn/r/K7M3Q9PA');
  });
});
