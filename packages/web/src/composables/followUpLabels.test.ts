import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { staffMessagesIn } from '../i18n/staffMessages';
import disclosureEn from '../surfaces/disclosure/messages.en';
import { disclosureMessages } from '../surfaces/disclosure/messages';
import {
  actionKey,
  BOARD_TABS,
  daysOverdue,
  departmentActions,
  FOLLOW_UP_ACTIONS,
  FOLLOW_UP_STATUS_TAG,
  FOLLOW_UP_STATUSES,
  NOTIFICATION_KINDS,
  staffActions,
  stepTone,
} from './followUpLabels';

const zhCN = staffMessagesIn('zh-CN');
const en = staffMessagesIn('en');

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** The values of an enum of the GraphQL contract, read from schema.graphql. */
function schemaEnum(name: string): string[] {
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(read('../../../../schema.graphql'))?.[1];
  if (!body) throw new Error(`enum ${name} is not in schema.graphql`);
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[A-Z_]+$/.test(line));
}

/** Every timeline action and notice kind the server writes, read from the server's typed lists of them. */
function serverStrings() {
  const timeline = read('../../../server/src/modules/follow-up/follow-up-timeline.ts');
  const notices = read('../../../server/src/modules/follow-up/notices.ts');
  const actionList = /export const FollowUpAction = \{([^}]*)\}/.exec(timeline)?.[1] ?? '';
  const actions = new Set([...actionList.matchAll(/: '([A-Z_]+)'/g)].map((m) => m[1]!));
  const kindList = /export type NoticeKind = ([^;]*);/.exec(notices)?.[1] ?? '';
  const kinds = new Set([...kindList.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!));
  return { actions, kinds };
}

describe('follow-up value lists', () => {
  it('hold exactly the statuses of the schema', () => {
    expect([...FOLLOW_UP_STATUSES].sort()).toEqual(schemaEnum('FollowUpStatus').sort());
    expect(Object.keys(FOLLOW_UP_STATUS_TAG).sort()).toEqual([...FOLLOW_UP_STATUSES].sort());
  });

  it('know every timeline action and notice kind the server writes', () => {
    const { actions, kinds } = serverStrings();
    expect(actions.size).toBeGreaterThan(10);
    for (const action of actions) expect(FOLLOW_UP_ACTIONS).toContain(action);
    for (const kind of kinds) expect(NOTIFICATION_KINDS).toContain(kind);
    expect(actionKey('SOMETHING_NEW')).toBe('unknown');
  });

  it('label every status, action and notice in Chinese and in English, on the staff pages and the public page', () => {
    for (const messages of [zhCN, en]) {
      for (const status of FOLLOW_UP_STATUSES) expect(messages.followUp.status[status]).toBeTruthy();
      for (const action of [...FOLLOW_UP_ACTIONS, 'unknown'] as const) expect(messages.followUp.action[action]).toBeTruthy();
      for (const kind of [...NOTIFICATION_KINDS, 'unknown'] as const) expect(messages.followUp.notificationKind[kind]).toBeTruthy();
    }
    // The public page's own words (a light page without vue-i18n); Chinese is its default.
    const disclosureZh = disclosureMessages.useMessages().value;
    for (const messages of [disclosureZh, disclosureEn]) {
      for (const status of FOLLOW_UP_STATUSES) expect(messages.status[status]).toBeTruthy();
      for (const action of FOLLOW_UP_ACTIONS) expect((messages.action as Record<string, string>)[action]).toBeTruthy();
    }
    expect(zhCN.followUp.status.REOPENED).toBe('二次办理');
    expect(zhCN.followUp.action.NOTICE).toBe('情况通报');
    expect(disclosureZh.action.NOTICE).toBe('情况通报');
    expect(en.followUp.status.REOPENED).toBe('Second handling');
  });

  it('put every status in exactly one board tab besides “all”', () => {
    const tabbed = Object.entries(BOARD_TABS)
      .filter(([name]) => name !== 'all')
      .flatMap(([, statuses]) => statuses);
    expect([...tabbed].sort()).toEqual([...FOLLOW_UP_STATUSES].sort());
  });
});

describe('what an item allows', () => {
  it('offers staff the verbs the server accepts in each status', () => {
    expect(staffActions({ status: 'DRAFT', parentId: null, children: [] })).toEqual(['edit', 'split', 'dispatch']);
    expect(staffActions({ status: 'DRAFT', parentId: 'p', children: [] })).toEqual(['edit', 'dispatch']);
    expect(staffActions({ status: 'DRAFT', parentId: null, children: [{}] })).toEqual(['edit', 'dispatch']);
    expect(staffActions({ status: 'RETURNED' })).toEqual(['reassign', 'insist']);
    expect(staffActions({ status: 'REPORTED' })).toEqual(['approve', 'sendBack']);
    expect(staffActions({ status: 'APPROVED' })).toEqual(['lookBack', 'close']);
    for (const status of ['DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'SENT_BACK', 'EVALUATING', 'CLOSED', 'REOPENED'] as const)
      expect(staffActions({ status })).toEqual([]);
  });

  it('lets the lead department accept, return and report, and a co-handling one only post progress', () => {
    const item = (status: (typeof FOLLOW_UP_STATUSES)[number]) => ({ status, department: { id: 'lead' } });
    expect(departmentActions(item('DISPATCHED'), 'lead')).toEqual(['accept', 'return']);
    expect(departmentActions(item('REOPENED'), 'lead')).toEqual(['accept', 'return']);
    expect(departmentActions(item('DISPATCHED'), 'helper')).toEqual([]);
    expect(departmentActions(item('SENT_BACK'), 'lead')).toEqual(['progress', 'report']);
    expect(departmentActions(item('IN_PROGRESS'), 'helper')).toEqual(['progress']);
    expect(departmentActions(item('REPORTED'), 'lead')).toEqual([]);
    expect(departmentActions(item('ACCEPTED'), null)).toEqual(['progress']);
  });

  it('sets the notice apart from the other steps', () => {
    expect(stepTone('NOTICE')).toBe('notice');
    expect(stepTone('REOPENED')).toBe('alert');
    expect(stepTone('APPROVED')).toBe('done');
    expect(stepTone('PROGRESS')).toBe('plain');
  });

  it('counts whole days overdue, at least one', () => {
    const now = new Date('2026-05-10T12:00:00Z');
    expect(daysOverdue('2026-05-10T11:00:00Z', now)).toBe(1);
    expect(daysOverdue('2026-05-07T11:00:00Z', now)).toBe(3);
    expect(daysOverdue('2026-05-11T11:00:00Z', now)).toBe(0);
  });
});
