import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Every leaf of a table with its key path, e.g. `['status.DRAFT', '草稿']`. */
const leaves = (value: unknown, prefix = ''): [string, unknown][] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
    : [[prefix, value]];

const tables = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts', '!./defineLabels.ts', '!./surfaceMessages.ts'], {
  eager: true,
});

describe('the label tables', () => {
  it('are all checked here', () => {
    const files = readdirSync(new URL('.', import.meta.url)).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
    const checked = Object.keys(tables).map((path) => path.slice(2));
    expect(checked.sort()).toEqual(files.filter((file) => file !== 'defineLabels.ts' && file !== 'surfaceMessages.ts').sort());
  });

  it('have the same keys in Chinese and in English, each with some text (vue-i18n takes only strings)', () => {
    for (const [file, module] of Object.entries(tables)) {
      for (const labels of Object.values(module) as Record<string, unknown>[]) {
        const zhCN = leaves(labels['zh-CN']);
        const en = leaves(labels.en);
        expect(en.map(([key]) => key).sort(), file).toEqual(zhCN.map(([key]) => key).sort());
        for (const [key, text] of [...zhCN, ...en]) expect(typeof text === 'string' && text !== '', `${file}: ${key}`).toBe(true);
      }
    }
  });
});
