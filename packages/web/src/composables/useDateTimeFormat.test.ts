import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { useDateTimeFormat } from './useDateTimeFormat';

afterEach(() => {
  i18n.global.locale.value = 'zh-CN';
});

describe('useDateTimeFormat', () => {
  it('formats in the current language and leaves unreadable values as they are', () => {
    const format = useDateTimeFormat();
    expect(format('2026-11-21T08:30:00Z')).toMatch(/2026年11月21日/);
    i18n.global.locale.value = 'en';
    expect(format('2026-11-21T08:30:00Z')).toMatch(/Nov 21, 2026/);
    expect(format('not a date')).toBe('not a date');
  });
});
