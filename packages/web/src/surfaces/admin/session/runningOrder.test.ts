import { describe, expect, it } from 'vitest';
import {
  canChangePlan,
  canEditQuestion,
  canMove,
  emptyQuestionForm,
  fromQuestion,
  movedOrder,
  toQuestionInput,
  validateQuestionForm,
} from './runningOrder';
import { bySeatNumber } from './seatCodeOrder';

const q = (id: string, phase: 'PENDING' | 'ASKING' | 'CLOSED' = 'PENDING') => ({ id, phase });

describe('moving questions', () => {
  it('swaps a question with its neighbour', () => {
    expect(movedOrder([q('a'), q('b'), q('c')], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(movedOrder([q('a'), q('b'), q('c')], 1, 1)).toEqual(['a', 'c', 'b']);
  });

  it('does not move past either end', () => {
    expect(movedOrder([q('a'), q('b')], 0, -1)).toBeNull();
    expect(movedOrder([q('a'), q('b')], 1, 1)).toBeNull();
    expect(canMove('DRAFT', [q('a'), q('b')], 0, -1)).toBe(false);
    expect(canMove('DRAFT', [q('a'), q('b')], 1, 1)).toBe(false);
  });

  it('keeps asked questions in place, and everything once the session has ended', () => {
    const questions = [q('a', 'CLOSED'), q('b'), q('c')];
    expect(canMove('LIVE', questions, 1, -1)).toBe(false);
    expect(canMove('LIVE', questions, 1, 1)).toBe(true);
    expect(canMove('ENDED', questions, 1, 1)).toBe(false);
    expect(canMove('PUBLISHED', [q('a'), q('b')], 0, 1)).toBe(true);
  });

  it('allows adding and removing until the session goes on air, editing until a question is asked', () => {
    expect(['DRAFT', 'PUBLISHED', 'LIVE', 'ENDED'].map((s) => canChangePlan(s as never))).toEqual([true, true, false, false]);
    expect(canEditQuestion('LIVE', q('a'))).toBe(true);
    expect(canEditQuestion('LIVE', q('a', 'ASKING'))).toBe(false);
    expect(canEditQuestion('ENDED', q('a'))).toBe(false);
  });
});

describe('question form', () => {
  const filled = {
    title: '加装电梯进展缓慢',
    body: '为什么两年还没有装好？',
    questioner: '县人大代表 王建华',
    departmentId: 'd1',
    respondent: '局长 李明',
    clipUrl: '',
  };

  it('asks for every field but the clip', () => {
    expect(validateQuestionForm(filled)).toEqual({});
    expect(validateQuestionForm(emptyQuestionForm())).toEqual({
      title: { key: 'required' },
      body: { key: 'required' },
      questioner: { key: 'required' },
      departmentId: { key: 'requiredSelect' },
      respondent: { key: 'required' },
    });
  });

  it('checks lengths and the clip address', () => {
    expect(validateQuestionForm({ ...filled, questioner: '代'.repeat(61), clipUrl: 'clip.mp4' })).toEqual({
      questioner: { key: 'tooLong', max: 60 },
      clipUrl: { key: 'url' },
    });
  });

  it('converts to and from the API', () => {
    expect(toQuestionInput({ ...filled, title: ' 标题 ', clipUrl: ' ' })).toMatchObject({
      title: '标题',
      clipUrl: null,
      departmentId: 'd1',
    });
    expect(fromQuestion({ ...filled, clipUrl: null, department: { id: 'd2' } })).toEqual({ ...filled, departmentId: 'd2' });
  });
});

describe('bySeatNumber', () => {
  it('orders seats by their number', () => {
    const labels = ['10号席', '2号席', '1号席'].map((label) => ({ label }));
    expect(labels.sort(bySeatNumber).map((s) => s.label)).toEqual(['1号席', '2号席', '10号席']);
  });
});
