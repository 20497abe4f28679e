import { expect, it } from 'vitest';
import en from './stats.en';
import zhCN from './stats.zh-CN';

const keys = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)) : [prefix];

it('has the same statistics messages in both languages', () => {
  expect(keys(en).sort()).toEqual(keys(zhCN).sort());
});
