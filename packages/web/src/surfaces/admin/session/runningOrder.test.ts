import { describe, expect, it } from 'vitest';
import {
  canChangePlan,
  canEditQuestion,
  canMove,
  emptyQuestionForm,
  fromQuestion,
  movedCandidates,
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
    ...emptyQuestionForm(),
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
    expect(fromQuestion({ ...filled, clipUrl: null, department: { id: 'd2' } })).toEqual({
      ...filled,
      departmentId: 'd2',
      candidates: expect.any(Array),
    });
    expect(fromQuestion({ ...filled, department: null }).departmentId).toBe('');
  });
});

describe('the item form by subject', () => {
  const base = { ...emptyQuestionForm(), title: ' 审计整改报告 ', body: ' 摘要 ', questioner: '不发送', clipUrl: 'https://x.cn/a.mp4' };

  it('sends a report’s title, body, submitting body and reporter, nothing else', () => {
    const values = { ...base, departmentId: 'd1', respondent: ' 审计局局长 ' };
    expect(validateQuestionForm(values, 'REPORT')).toEqual({});
    expect(toQuestionInput(values, 'REPORT')).toEqual({
      title: '审计整改报告',
      body: '摘要',
      departmentId: 'd1',
      respondent: '审计局局长',
    });
    expect(validateQuestionForm({ ...emptyQuestionForm(), title: '报告' }, 'REPORT')).toEqual({
      departmentId: { key: 'requiredSelect' },
      respondent: { key: 'required' },
    });
  });

  it('sends a representative’s name and constituency, without a department', () => {
    const values = { ...base, departmentId: 'd1', respondent: '王建华', district: ' 城关镇第三选区 ' };
    expect(toQuestionInput(values, 'REPRESENTATIVE')).toEqual({
      title: '审计整改报告',
      body: '摘要',
      respondent: '王建华',
      district: '城关镇第三选区',
      representativeId: null,
    });
    expect(toQuestionInput({ ...values, representativeId: 'r1' }, 'REPRESENTATIVE')).toMatchObject({ representativeId: 'r1' });
    expect(validateQuestionForm({ ...emptyQuestionForm(), title: '述职' }, 'REPRESENTATIVE')).toEqual({
      respondent: { key: 'required' },
      district: { key: 'required' },
    });
  });

  it('sends one project with its lead department, budget and ballot', () => {
    const values = { ...base, ballotType: 'APPROVAL' as const, departmentId: 'd1', budget: 1200.5 };
    expect(validateQuestionForm(values, 'PROJECT')).toEqual({});
    expect(toQuestionInput(values, 'PROJECT')).toEqual({
      title: '审计整改报告',
      body: '摘要',
      ballotType: 'APPROVAL',
      departmentId: 'd1',
      budget: 1200.5,
    });
    expect(validateQuestionForm({ ...values, departmentId: '', budget: -1 }, 'PROJECT')).toEqual({
      departmentId: { key: 'requiredSelect' },
      budget: { key: 'range', min: 0, max: 100_000_000 },
    });
  });

  it('sends a list’s candidates trimmed, blank rows left out, with how many to choose', () => {
    const candidates = [
      { key: 1, label: ' 幼儿园扩容 ', detail: ' 新增学位 600 个 ', departmentId: 'd1' },
      { key: 2, label: '', detail: '', departmentId: '' },
      { key: 3, label: '农贸市场改造', detail: ' ', departmentId: 'd2' },
    ];
    const values = { ...base, ballotType: 'CHOOSE_UP_TO_N' as const, candidates, maxChoices: 1, budget: 5 };
    expect(validateQuestionForm(values, 'PROJECT')).toEqual({});
    expect(toQuestionInput(values, 'PROJECT')).toEqual({
      title: '审计整改报告',
      body: '摘要',
      ballotType: 'CHOOSE_UP_TO_N',
      departmentId: null,
      candidates: [
        { label: '幼儿园扩容', detail: '新增学位 600 个', departmentId: 'd1' },
        { label: '农贸市场改造', detail: null, departmentId: 'd2' },
      ],
      maxChoices: 1,
    });
  });

  it('checks a list as the server does', () => {
    const row = (key: number, label: string, departmentId = 'd1') => ({ key, label, detail: '', departmentId });
    const list = (candidates: ReturnType<typeof row>[], maxChoices: number | null = 1) =>
      validateQuestionForm({ ...base, ballotType: 'CHOOSE_UP_TO_N', candidates, maxChoices }, 'PROJECT');
    expect(list([row(1, '甲')])).toMatchObject({ candidates: { key: 'candidatesTooFew' } });
    expect(list([row(1, '甲'), row(2, '', 'd2')])).toMatchObject({ candidates: { key: 'candidatesTooFew' } });
    expect(list([row(1, '甲'), row(2, ' 甲 ')])).toEqual({ candidates: { key: 'candidatesDuplicate', label: '甲' } });
    expect(list([row(1, '甲'), row(2, '乙', '')])).toEqual({ candidates: { key: 'candidatesDepartment' } });
    expect(list([row(1, '甲'), row(2, '乙')], 3)).toEqual({ maxChoices: { key: 'maxChoicesRange', max: 2 } });
    expect(list([row(1, '甲'), row(2, '乙')], null)).toEqual({ maxChoices: { key: 'maxChoicesRange', max: 2 } });
    expect(list([row(1, '甲'), row(2, '乙')], 2)).toEqual({});
  });

  it('keeps today’s question form when no subject is given (accepting a clue)', () => {
    expect(toQuestionInput({ ...base, departmentId: 'd1', respondent: '局长' })).toEqual({
      title: '审计整改报告',
      body: '摘要',
      questioner: '不发送',
      departmentId: 'd1',
      respondent: '局长',
      clipUrl: 'https://x.cn/a.mp4',
    });
  });

  it('moves candidate rows within the list', () => {
    const rows = [1, 2, 3].map((key) => ({ key, label: String(key), detail: '', departmentId: '' }));
    expect(movedCandidates(rows, 0, 1).map((r) => r.key)).toEqual([2, 1, 3]);
    expect(movedCandidates(rows, 0, -1).map((r) => r.key)).toEqual([1, 2, 3]);
  });

  it('reads a list back into rows', () => {
    const form = fromQuestion({
      ...base,
      department: null,
      ballotType: 'CHOOSE_UP_TO_N',
      candidates: [
        { label: '甲', detail: null, departmentId: 'd1' },
        { label: '乙', detail: '说明', departmentId: null },
      ],
      maxChoices: 1,
    });
    expect(form.candidates.map(({ label, detail, departmentId }) => ({ label, detail, departmentId }))).toEqual([
      { label: '甲', detail: '', departmentId: 'd1' },
      { label: '乙', detail: '说明', departmentId: '' },
    ]);
    expect(form.ballotType).toBe('CHOOSE_UP_TO_N');
  });
});

describe('bySeatNumber', () => {
  it('orders seats by their number', () => {
    const labels = ['10号席', '2号席', '1号席'].map((label) => ({ label }));
    expect(labels.sort(bySeatNumber).map((s) => s.label)).toEqual(['1号席', '2号席', '10号席']);
  });
});
