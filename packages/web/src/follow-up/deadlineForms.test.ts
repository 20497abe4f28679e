import { describe, expect, it } from 'vitest';
import { validateDeadlineChange, validateExtension, validateLadder, validateNote } from './deadlineForms';

const words = (iso: string) => iso.slice(0, 10);
const now = new Date(2026, 11, 2, 10);
const deadline = new Date(2026, 11, 10, 23, 59).toISOString();

describe('the 延期 form', () => {
  it('asks for a real day after the current deadline, not in the past, and a reason', () => {
    expect(validateExtension({ proposedDeadline: '', reason: '' }, deadline, words, now)).toEqual({
      proposedDeadline: { key: 'requiredSelect' },
      reason: { key: 'required' },
    });
    expect(validateExtension({ proposedDeadline: '2026-02-31', reason: '雨季' }, deadline, words, now).proposedDeadline).toEqual({
      key: 'date',
    });
    expect(validateExtension({ proposedDeadline: '2026-12-01', reason: '雨季' }, deadline, words, now).proposedDeadline).toEqual({
      key: 'past',
    });
    expect(validateExtension({ proposedDeadline: '2026-12-10', reason: '雨季' }, deadline, words, now).proposedDeadline?.key).toBe(
      'afterDeadline',
    );
    expect(validateExtension({ proposedDeadline: '2026-12-11', reason: '雨季' }, deadline, words, now)).toEqual({});
  });
});

describe('staff’s change of a deadline', () => {
  it('takes any day from today except the current one, with a reason', () => {
    expect(validateDeadlineChange({ proposedDeadline: '2026-12-05', reason: '改派后重新计算' }, deadline, now)).toEqual({});
    expect(validateDeadlineChange({ proposedDeadline: '2026-12-10', reason: '改派' }, deadline, now).proposedDeadline).toEqual({
      key: 'same',
    });
    expect(validateDeadlineChange({ proposedDeadline: '2026-11-30', reason: '' }, deadline, now)).toEqual({
      proposedDeadline: { key: 'past' },
      reason: { key: 'required' },
    });
  });
});

describe('the 催办 and refusal notes', () => {
  it('must be written', () => {
    expect(validateNote({ note: '  ' })).toEqual({ note: { key: 'required' } });
    expect(validateNote({ note: '请尽快签收' })).toEqual({});
  });
});

describe('the escalation ladder form', () => {
  it('finds the rung that overlaps the one before, and a level used twice', () => {
    expect(
      validateLadder([
        { days: 3, level: 'URGE' },
        { days: 10, level: 'COMMITTEE' },
        { days: 20, level: 'DIRECTORS_MEETING' },
      ]),
    ).toEqual({});
    expect(
      validateLadder([
        { days: 3, level: 'URGE' },
        { days: 3, level: 'COMMITTEE' },
        { days: null, level: 'COMMITTEE' },
      ]),
    ).toEqual({ 'steps.1.days': 'order', 'steps.2.days': 'days', 'steps.2.level': 'level' });
  });
});
