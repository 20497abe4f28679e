import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import {
  checkDeadline,
  dayFromNow,
  editValuesOf,
  emptyPart,
  fromLocalDateInput,
  toEditInput,
  toLocalDateInput,
  toLookBackInput,
  toSplitInput,
  translateFollowUpProblems,
  validateEdit,
  validateLookBack,
  validateProgress,
  validateReason,
  validateReassign,
  validateSplit,
} from './followUpForms';

afterEach(() => {
  i18n.global.locale.value = 'zh-CN';
});

const now = new Date(2026, 4, 10, 9, 0); // 10 May 2026, local time

describe('deadline days', () => {
  it('turn a day into the end of that local day and back', () => {
    const iso = fromLocalDateInput('2026-06-30')!;
    const date = new Date(iso);
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]).toEqual([2026, 5, 30, 23, 59]);
    expect(toLocalDateInput(iso)).toBe('2026-06-30');
  });

  it('refuse days that do not exist, and days before today', () => {
    expect(fromLocalDateInput('2026-02-31')).toBeNull();
    expect(fromLocalDateInput('30/06/2026')).toBeNull();
    expect(checkDeadline('', now)).toEqual({ key: 'requiredSelect' });
    expect(checkDeadline('2026-02-31', now)).toEqual({ key: 'date' });
    expect(checkDeadline('2026-05-09', now)).toEqual({ key: 'past' });
    expect(checkDeadline('2026-05-10', now)).toBeNull();
    expect(dayFromNow(30, now)).toBe('2026-06-09');
  });
});

describe('completing an item', () => {
  const item = {
    title: '加装电梯',
    commitment: '',
    deadline: new Date(2026, 5, 9, 23, 59).toISOString(),
    department: { id: 'd1' },
    coDepartments: [{ id: 'd2' }],
  };

  it('starts from the item and asks for a commitment', () => {
    const values = editValuesOf(item);
    expect(values).toEqual({ title: '加装电梯', commitment: '', deadline: '2026-06-09', departmentId: 'd1', coDepartmentIds: ['d2'] });
    expect(validateEdit(values, now)).toEqual({ commitment: { key: 'required' } });
  });

  it('keeps the lead department out of the co-handling ones', () => {
    expect(validateEdit({ ...editValuesOf(item), commitment: '三个月内完成', coDepartmentIds: ['d1'] }, now)).toEqual({
      coDepartmentIds: { key: 'sameDepartment' },
    });
  });

  it('sends trimmed text and the deadline as an instant', () => {
    const input = toEditInput('i1', { ...editValuesOf(item), title: ' 加装电梯 ', commitment: ' 三个月内完成 ' });
    expect(input).toMatchObject({ id: 'i1', title: '加装电梯', commitment: '三个月内完成', departmentId: 'd1', coDepartmentIds: ['d2'] });
    expect(toLocalDateInput(input.deadline)).toBe('2026-06-09');
  });

  it('words its problems in both languages', () => {
    const problems = validateEdit({ ...editValuesOf(item), deadline: '2026-05-01', coDepartmentIds: ['d1'] }, now);
    const labels = { commitment: '整改承诺', deadline: '办理期限' };
    expect(translateFollowUpProblems(problems, labels)).toEqual({
      commitment: '请填写整改承诺',
      deadline: '办理期限不能早于今天',
      coDepartmentIds: '主办部门不能同时是协办部门',
    });
    i18n.global.locale.value = 'en';
    expect(translateFollowUpProblems(problems, { commitment: 'Commitment', deadline: 'Deadline' }).deadline).toBe(
      'Deadline cannot be before today',
    );
  });
});

describe('splitting an item', () => {
  it('needs two parts, each complete, with a weight from 1 to 100', () => {
    expect(validateSplit([{ ...emptyPart('2026-06-01'), title: '选址', departmentId: 'd1' }], now)).toEqual({
      parts: { key: 'minParts', min: 2 },
    });
    const problems = validateSplit(
      [
        { ...emptyPart('2026-06-01'), title: '选址', departmentId: 'd1' },
        { title: '', departmentId: '', deadline: '2026-06-01', weight: 0 },
      ],
      now,
    );
    expect(problems).toEqual({
      'parts.1.title': { key: 'required' },
      'parts.1.departmentId': { key: 'requiredSelect' },
      'parts.1.weight': { key: 'range', min: 1, max: 100 },
    });
  });

  it('sends each part with its deadline as an instant', () => {
    const input = toSplitInput('i1', [{ title: ' 选址 ', departmentId: 'd1', deadline: '2026-06-01', weight: 3 }]);
    expect(input.parts[0]).toMatchObject({ title: '选址', departmentId: 'd1', weight: 3 });
  });
});

describe('reasons, reassignment, look-back and updates', () => {
  it('requires a reason only where the server does', () => {
    expect(validateReason({ reason: '  ' }, true)).toEqual({ reason: { key: 'required' } });
    expect(validateReason({ reason: '' }, false)).toEqual({});
  });

  it('reassigns only to another department', () => {
    expect(validateReassign({ departmentId: 'd1', note: '' }, 'd1')).toEqual({ departmentId: { key: 'requiredSelect' } });
    expect(validateReassign({ departmentId: 'd2', note: '' }, 'd1')).toEqual({});
  });

  it('opens a look-back now unless a time is given', () => {
    expect(validateLookBack({ title: '', scheduledAt: 'soon' })).toEqual({ scheduledAt: { key: 'date' } });
    expect(toLookBackInput(['a'], { title: ' ', scheduledAt: '' })).toEqual({ followUpIds: ['a'], title: null, scheduledAt: null });
  });

  it('asks a progress update for a note and a percent from 0 to 100, and a report for a note', () => {
    expect(validateProgress({ note: '', percent: 101 }, false)).toEqual({
      note: { key: 'required' },
      percent: { key: 'range', min: 0, max: 100 },
    });
    expect(validateProgress({ note: '已完成选址', percent: 40 }, false)).toEqual({});
    expect(validateProgress({ note: '整改完成', percent: null }, true)).toEqual({});
  });
});
