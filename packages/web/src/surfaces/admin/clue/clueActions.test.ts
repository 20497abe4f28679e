import { describe, expect, it } from 'vitest';
import {
  acceptSubjectOf,
  initialAccept,
  questionFromClue,
  toAcceptInput,
  toFollowUpInput,
  validateAccept,
  validateFollowUp,
  validateMerge,
  validateRefer,
  validateReject,
  validateReply,
  withAcceptSubject,
} from './clueActions';

const clue = {
  title: '小区电梯经常故障',
  description: '阳光花园 3 号楼电梯每周停运，物业不维修。',
  location: '阳光花园 3 号楼',
  session: { id: 'session-1' },
  department: null,
};

describe('the triage forms', () => {
  it('require a reason to reject, and keep the note short', () => {
    expect(validateReject({ reason: '', note: '' })).toEqual({ reason: { key: 'requiredSelect' } });
    expect(validateReject({ reason: 'ALREADY_RESOLVED', note: '' })).toEqual({});
    expect(validateReject({ reason: 'OTHER', note: '字'.repeat(501) })).toEqual({ note: { key: 'tooLong', max: 500 } });
  });

  it('require a department to refer to', () => {
    expect(validateRefer({ departmentId: '', note: '' })).toEqual({ departmentId: { key: 'requiredSelect' } });
    expect(validateRefer({ departmentId: 'd1', note: '请核查' })).toEqual({});
  });

  it('require a written reply of at most 2,000 characters', () => {
    expect(validateReply({ reply: '   ' })).toEqual({ reply: { key: 'required' } });
    expect(validateReply({ reply: '已督促物业维修。' })).toEqual({});
    expect(validateReply({ reply: '答'.repeat(2001) })).toEqual({ reply: { key: 'tooLong', max: 2000 } });
  });

  it('require a clue to merge into', () => {
    expect(validateMerge({ intoId: '' })).toEqual({ intoId: { key: 'requiredSelect' } });
    expect(validateMerge({ intoId: 'c2' })).toEqual({});
  });
});

describe('accepting a clue', () => {
  it('drafts a new question from the clue, in its own session', () => {
    const values = initialAccept(clue);
    expect(values.mode).toBe('new');
    expect(values.sessionId).toBe('session-1');
    expect(values.subject).toBe('ANSWER');
    expect(values.question).toMatchObject({
      title: '小区电梯经常故障',
      body: '阳光花园 3 号楼电梯每周停运，物业不维修。\n（阳光花园 3 号楼）',
      questioner: '',
      departmentId: '',
      respondent: '',
      clipUrl: '',
    });
    expect(questionFromClue({ ...clue, location: null, department: { id: 'd1' } })).toMatchObject({
      body: clue.description,
      departmentId: 'd1',
    });
    expect(initialAccept({ ...clue, session: null }).sessionId).toBe('');
  });

  it('asks for who asks, who answers and the department of a new question, and for a session', () => {
    const values = initialAccept({ ...clue, session: null });
    expect(Object.keys(validateAccept(values)).sort()).toEqual(['departmentId', 'questioner', 'respondent', 'sessionId']);
    const complete = {
      ...values,
      sessionId: 's1',
      question: { ...values.question, questioner: '县人大代表 王建华', respondent: '住建局局长 李明', departmentId: 'd1' },
    };
    expect(validateAccept(complete)).toEqual({});
  });

  it('asks for the question when joining an existing one', () => {
    const values = { ...initialAccept(clue), mode: 'existing' as const };
    expect(validateAccept(values)).toEqual({ questionId: { key: 'requiredSelect' } });
    expect(validateAccept({ ...values, questionId: 'q1' })).toEqual({});
  });

  it('sends either the question or the new question with its session', () => {
    const values = initialAccept(clue);
    expect(toAcceptInput('c1', { ...values, mode: 'existing', questionId: 'q1' })).toEqual({ clueId: 'c1', questionId: 'q1' });
    const question = { ...values.question, questioner: ' 王建华 ', respondent: '李明', departmentId: 'd1' };
    expect(toAcceptInput('c1', { ...values, question })).toEqual({
      clueId: 'c1',
      sessionId: 'session-1',
      newQuestion: {
        title: clue.title,
        body: values.question.body,
        questioner: '王建华',
        respondent: '李明',
        departmentId: 'd1',
        clipUrl: null,
      },
    });
  });

  it('makes a clue accepted into a 票决 a candidate project with its lead department, and takes none into reports or reviews', () => {
    expect(
      ['TV_QUESTIONING', 'SPECIAL_INQUIRY', 'PROJECT_VOTE', 'REPORT_ASSESSMENT', 'REPRESENTATIVE_REVIEW', 'LOOK_BACK'].map((k) =>
        acceptSubjectOf(k as never),
      ),
    ).toEqual(['ANSWER', 'ANSWER', 'PROJECT', null, null, 'ANSWER']);
    const values = initialAccept(clue);
    withAcceptSubject(values, 'PROJECT');
    expect(Object.keys(validateAccept(values))).toEqual(['departmentId']); // no one asks or answers a project
    values.question.departmentId = 'd1';
    expect(toAcceptInput('c1', values)).toEqual({
      clueId: 'c1',
      sessionId: 'session-1',
      newQuestion: { title: clue.title, body: values.question.body, ballotType: 'APPROVAL', departmentId: 'd1', budget: null },
    });
  });
});

describe('a follow-up item from a referred clue', () => {
  const now = new Date(2026, 11, 2, 10, 0);
  it('needs what is to be done; the deadline may stay empty for the default handling time', () => {
    expect(validateFollowUp({ commitment: '  ', deadline: '' }, now)).toEqual({ commitment: { key: 'required' } });
    expect(validateFollowUp({ commitment: '一个月内修好', deadline: '' }, now)).toEqual({});
    expect(toFollowUpInput('c1', { commitment: ' 一个月内修好 ', deadline: '' })).toEqual({
      clueId: 'c1',
      commitment: '一个月内修好',
      deadline: null,
    });
  });

  it('refuses a deadline in the past or not a real day, and sends a chosen day as the end of that day', () => {
    expect(validateFollowUp({ commitment: '修', deadline: '2026-12-01' }, now)).toEqual({ deadline: { key: 'past' } });
    expect(validateFollowUp({ commitment: '修', deadline: '2026-02-31' }, now)).toEqual({ deadline: { key: 'date' } });
    const input = toFollowUpInput('c1', { commitment: '修', deadline: '2026-12-31' });
    expect(new Date(input.deadline!).getDate()).toBe(31);
    expect(new Date(input.deadline!).getHours()).toBe(23);
  });
});
