import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { staffMessagesIn } from '../i18n/staffMessages';
import { canPublish, canTriage, categoryName, CLUE_STATUSES, CLUE_STATUS_TAG, clueCategoryName, REJECT_REASONS } from './clueLabels';

const zhCN = staffMessagesIn('zh-CN');
const en = staffMessagesIn('en');

/** The values of an enum of the GraphQL contract, read from schema.graphql. */
function schemaEnum(name: string): string[] {
  const schema = readFileSync(new URL('../../../../schema.graphql', import.meta.url), 'utf8');
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1];
  if (!body) throw new Error(`enum ${name} is not in schema.graphql`);
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[A-Z_]+$/.test(line));
}

describe('clue enum lists', () => {
  it('hold exactly the values of the schema', () => {
    expect([...CLUE_STATUSES].sort()).toEqual(schemaEnum('ClueStatus').sort());
    expect([...REJECT_REASONS].sort()).toEqual(schemaEnum('RejectReason').sort());
    expect(Object.keys(CLUE_STATUS_TAG).sort()).toEqual([...CLUE_STATUSES].sort());
  });

  it('label every value in Chinese and in English', () => {
    for (const messages of [zhCN, en]) {
      for (const status of CLUE_STATUSES) expect(messages.clue.status[status]).toBeTruthy();
      for (const reason of REJECT_REASONS) expect(messages.clue.rejectReason[reason]).toBeTruthy();
    }
    expect(zhCN.clue.status.REJECTED).toBe('不予采纳');
    expect(en.clue.rejectReason.OTHER).toBe('Other');
  });
});

describe('category names', () => {
  it('follow the page’s language', () => {
    const category = { name: '物业服务', nameEn: 'Property services' };
    expect(categoryName(category, 'zh-CN')).toBe('物业服务');
    expect(categoryName(category, 'en')).toBe('Property services');
    const clue = { categoryName: '停车管理', categoryNameEn: 'Parking' };
    expect(clueCategoryName(clue, 'zh-CN')).toBe('停车管理');
    expect(clueCategoryName(clue, 'en')).toBe('Parking');
  });

  it('are no longer an enum of the schema', () => {
    expect(() => schemaEnum('ClueCategory')).toThrow();
  });
});

describe('what a clue allows', () => {
  it('triages only a new clue', () => {
    expect(CLUE_STATUSES.filter(canTriage)).toEqual(['SUBMITTED']);
  });

  it('keeps rejected and merged clues off the public list', () => {
    expect(CLUE_STATUSES.filter((status) => !canPublish(status))).toEqual(['MERGED', 'REJECTED']);
  });
});
