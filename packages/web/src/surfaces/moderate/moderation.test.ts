import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  applyChange,
  keepSelection,
  rejectReason,
  rejectReasonProblem,
  shortcutFor,
  waitedNow,
  waitParts,
  type ModerationMessage,
} from './moderation';

const message = (id: string, extra: Partial<ModerationMessage> = {}): ModerationMessage => ({
  id,
  sessionId: 's1',
  questionId: null,
  questionTitle: null,
  body: `留言 ${id}`,
  senderName: '网友',
  status: 'PENDING',
  rejectReason: null,
  blockedWords: [],
  pinned: false,
  upvotes: 0,
  createdAt: `2026-12-01T12:00:0${id}.000Z`,
  moderatedAt: null,
  waitedSeconds: 0,
  putToRespondentAt: null,
  ...extra,
});
const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...extra });

describe('the queue of a tab', () => {
  it('keeps pending messages oldest first as new ones arrive', () => {
    const list = [message('1'), message('3')];
    const { list: next, added } = applyChange(list, message('2'), 'PENDING', '');
    expect(next.map((m) => m.id)).toEqual(['1', '2', '3']);
    expect(added).toBe(true);
  });

  it('drops a message once decided, and puts it on its new tab newest first', () => {
    const approved = message('1', { status: 'APPROVED', moderatedAt: '2026-12-01T12:05:00.000Z' });
    expect(applyChange([message('1'), message('2')], approved, 'PENDING', '')).toMatchObject({ removed: true, added: false });
    const older = message('2', { status: 'APPROVED', moderatedAt: '2026-12-01T12:01:00.000Z' });
    expect(applyChange([older], approved, 'APPROVED', '').list.map((m) => m.id)).toEqual(['1', '2']);
  });

  it('updates a message in place (pinned, upvoted) without counting it again', () => {
    const approved = message('1', { status: 'APPROVED' });
    const result = applyChange([approved], { ...approved, pinned: true }, 'APPROVED', '');
    expect(result).toMatchObject({ added: false, removed: false });
    expect(result.list[0]?.pinned).toBe(true);
  });

  it('counts a newer arrival without showing it while the list is not the whole tab, or is full', () => {
    const list = [message('1'), message('2')];
    expect(applyChange(list, message('3'), 'PENDING', '', { complete: false })).toMatchObject({ added: false, beyond: true });
    expect(applyChange(list, message('3'), 'PENDING', '', { complete: true, window: 2 })).toMatchObject({ added: false, beyond: true });
    expect(applyChange(list, message('3'), 'PENDING', '', { complete: true, window: 3 })).toMatchObject({ added: true, beyond: false });
    // An older one, or a change to one shown, still goes in its place.
    const earlier = message('0', { createdAt: '2026-12-01T11:59:00.000Z' });
    expect(applyChange(list, earlier, 'PENDING', '', { complete: false }).list.map((m) => m.id)).toEqual(['0', '1', '2']);
  });

  it('leaves out what the search does not match', () => {
    expect(applyChange([], message('1', { body: '停车难' }), 'PENDING', '物业').list).toEqual([]);
    expect(applyChange([], message('1', { body: '小区物业' }), 'PENDING', '物业').list).toHaveLength(1);
  });
});

describe('how long a message waited', () => {
  it('ticks on while pending, from the server’s count', () => {
    expect(waitedNow(message('1', { waitedSeconds: 30 }), 1_000, 6_500)).toBe(35);
    expect(waitedNow(message('1', { status: 'APPROVED', waitedSeconds: 30 }), 1_000, 60_000)).toBe(30);
  });

  it('is told in seconds, then minutes and seconds', () => {
    expect(waitParts(45)).toEqual({ seconds: 45 });
    expect(waitParts(185)).toEqual({ minutes: 3, seconds: 5 });
  });
});

describe('a rejection’s reason', () => {
  it('is the preset’s words or the free text', () => {
    expect(rejectReason('privacy', '含个人隐私信息', '')).toBe('含个人隐私信息');
    expect(rejectReason('other', '', '  重复刷屏 ')).toBe('重复刷屏');
    expect(rejectReason(null, '', '')).toBe('');
  });

  it('is required and at most 100 characters', () => {
    expect(rejectReasonProblem(' ')).toBe('required');
    expect(rejectReasonProblem('好'.repeat(100))).toBeNull();
    expect(rejectReasonProblem('好'.repeat(101))).toBe('tooLong');
  });
});

describe('keyboard shortcuts', () => {
  it('move with j and k, and act with a, r and p', () => {
    expect(['j', 'k', 'a', 'r', 'p', 'A', 'x'].map((k) => shortcutFor(key(k), null))).toEqual([
      'next',
      'previous',
      'approve',
      'reject',
      'pin',
      'approve',
      null,
    ]);
  });

  it('do nothing while typing, with a modifier, or in a dialog', () => {
    expect(shortcutFor(key('a'), { tagName: 'INPUT' } as unknown as EventTarget)).toBeNull();
    expect(shortcutFor(key('a'), { tagName: 'TEXTAREA' } as unknown as EventTarget)).toBeNull();
    expect(shortcutFor(key('r', { ctrlKey: true }), null)).toBeNull();
    expect(shortcutFor(key('a'), { tagName: 'BUTTON', closest: () => ({}) } as unknown as EventTarget)).toBeNull();
  });
});

describe('what a message allows', () => {
  it('approve and reject while pending, pin once approved', () => {
    expect(allowedActions({ status: 'PENDING' })).toEqual({ approve: true, reject: true, pin: false });
    expect(allowedActions({ status: 'APPROVED' })).toEqual({ approve: false, reject: false, pin: true });
    expect(allowedActions({ status: 'BLOCKED' })).toEqual({ approve: false, reject: false, pin: false });
  });

  it('keeps the selection on the same message, or on the one now in its place', () => {
    expect(keepSelection([{ id: 'a' }, { id: 'b' }], 'b', 0)).toBe('b');
    expect(keepSelection([{ id: 'a' }, { id: 'c' }], 'b', 1)).toBe('c');
    expect(keepSelection([{ id: 'a' }], 'b', 5)).toBe('a');
    expect(keepSelection([], 'b', 0)).toBeNull();
  });
});
