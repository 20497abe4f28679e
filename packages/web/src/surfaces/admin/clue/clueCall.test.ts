import { describe, expect, it } from 'vitest';
import { clueCallPhase, clueCallValues, clueSubmitPath, toClueCallInput, translateClueCallProblems, validateClueCall } from './clueCall';
import { toLocalDateTimeInput } from '../session/sessionSettingsRules';

const at = (iso: string) => new Date(iso).getTime();

describe('clueCallPhase', () => {
  const call = { opensAt: '2026-03-01T00:00:00.000Z', closesAt: '2026-03-10T00:00:00.000Z' };
  it('tells an unset, scheduled, open and closed call apart', () => {
    expect(clueCallPhase(null)).toBe('unset');
    expect(clueCallPhase({ opensAt: null, closesAt: null })).toBe('unset');
    expect(clueCallPhase(call, at('2026-02-28T23:59:59Z'))).toBe('scheduled');
    expect(clueCallPhase(call, at('2026-03-01T00:00:00Z'))).toBe('open');
    expect(clueCallPhase(call, at('2026-03-10T00:00:00Z'))).toBe('closed');
  });
});

describe('the call form', () => {
  const opens = toLocalDateTimeInput('2026-03-01T08:00:00.000Z');
  const closes = toLocalDateTimeInput('2026-03-10T08:00:00.000Z');

  it('shows the window in local time', () => {
    expect(clueCallValues({ opensAt: '2026-03-01T08:00:00.000Z', closesAt: '2026-03-10T08:00:00.000Z' })).toEqual({
      opensAt: opens,
      closesAt: closes,
    });
    expect(clueCallValues(null)).toEqual({ opensAt: '', closesAt: '' });
  });

  it('takes both times or neither, closing after opening', () => {
    expect(validateClueCall({ opensAt: '', closesAt: '' })).toEqual({});
    expect(validateClueCall({ opensAt: opens, closesAt: closes })).toEqual({});
    expect(validateClueCall({ opensAt: opens, closesAt: '' })).toEqual({ closesAt: { key: 'requiredSelect' } });
    expect(validateClueCall({ opensAt: 'soon', closesAt: closes })).toEqual({ opensAt: { key: 'dateTime' } });
    expect(validateClueCall({ opensAt: closes, closesAt: opens })).toEqual({ closesAt: { key: 'closesAfterOpens' } });
    expect(
      translateClueCallProblems({ closesAt: { key: 'closesAfterOpens' }, opensAt: { key: 'requiredSelect' } }, { opensAt: '开始时间' }),
    ).toEqual({
      closesAt: '截止时间必须晚于开始时间',
      opensAt: '请选择开始时间',
    });
  });

  it('sends instants, or nulls to close the call', () => {
    expect(toClueCallInput('s1', { opensAt: opens, closesAt: closes })).toEqual({
      sessionId: 's1',
      opensAt: '2026-03-01T08:00:00.000Z',
      closesAt: '2026-03-10T08:00:00.000Z',
    });
    expect(toClueCallInput('s1', { opensAt: '', closesAt: '' })).toEqual({ sessionId: 's1', opensAt: null, closesAt: null });
  });

  it('links the public submission page of the session', () => {
    expect(clueSubmitPath('7b0c5f7e')).toBe('/clues?session=7b0c5f7e');
  });
});
