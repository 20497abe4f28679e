import { describe, expect, it } from 'vitest';
import {
  acceptWall,
  featuredMessage,
  messageLength,
  messageProblem,
  readUpvoted,
  rememberUpvote,
  sendRefusal,
  senderLabel,
  tickerMessages,
  withUpvotes,
  type MessageWall,
  type WallMessage,
} from './wall';

const message = (id: string, extra: Partial<WallMessage> = {}): WallMessage => ({
  id,
  body: `留言 ${id}`,
  senderName: '网友',
  pinned: false,
  upvotes: 0,
  putToRespondentAt: null,
  ...extra,
});
const wall = (messages: WallMessage[], enabled = true): MessageWall => ({
  sessionId: 's1',
  enabled,
  approvedCount: messages.length,
  messages,
});

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

describe('a message’s length', () => {
  it('counts characters as people do, trimmed', () => {
    expect(messageLength('  你好 ')).toBe(2);
    expect(messageLength('👍👍')).toBe(2);
  });

  it('refuses an empty message and one over 140 characters', () => {
    expect(messageProblem('   ')).toBe('empty');
    expect(messageProblem('好'.repeat(140))).toBeNull();
    expect(messageProblem('好'.repeat(141))).toBe('tooLong');
  });
});

describe('what the screen features', () => {
  it('is the pinned message, else the top of the wall', () => {
    expect(featuredMessage(wall([message('a'), message('b', { pinned: true })]))?.id).toBe('b');
    expect(featuredMessage(wall([message('a'), message('b')]))?.id).toBe('a');
  });

  it('is nothing when the wall is empty or messages are off', () => {
    expect(featuredMessage(wall([]))).toBeNull();
    expect(featuredMessage(wall([message('a')], false))).toBeNull();
    expect(featuredMessage(null)).toBeNull();
    expect(tickerMessages(wall([message('a')], false))).toEqual([]);
  });

  it('runs the ticker through the first messages in wall order', () => {
    const many = Array.from({ length: 20 }, (_, i) => message(String(i)));
    expect(tickerMessages(wall(many), 5).map((m) => m.id)).toEqual(['0', '1', '2', '3', '4']);
  });

  it('names the sender as stored, or 网友', () => {
    expect(senderLabel(message('a', { senderName: '网友 138****5678' }), '网友')).toBe('网友 138****5678');
    expect(senderLabel(message('a', { senderName: ' ' }), 'Viewer')).toBe('Viewer');
  });
});

describe('the wall on show', () => {
  it('takes a new wall of its session only', () => {
    const current = wall([message('a')]);
    expect(acceptWall(current, { ...wall([]), sessionId: 'other' }, 's1')).toBe(current);
    expect(acceptWall(current, wall([]), 's1')?.messages).toEqual([]);
  });

  it('shows the upvotes the server answered', () => {
    expect(withUpvotes(wall([message('a'), message('b')]), 'b', 3).messages.map((m) => m.upvotes)).toEqual([0, 3]);
  });
});

describe('upvotes remembered on the phone', () => {
  it('are kept per session', () => {
    const storage = memoryStorage();
    rememberUpvote(storage, 's1', 'a');
    rememberUpvote(storage, 's1', 'a');
    rememberUpvote(storage, 's1', 'b');
    expect([...readUpvoted(storage, 's1')]).toEqual(['a', 'b']);
    expect(readUpvoted(storage, 's2').size).toBe(0);
  });

  it('survive broken or missing storage', () => {
    expect(readUpvoted({ getItem: () => '{not json', setItem: () => undefined }, 's1').size).toBe(0);
    expect(rememberUpvote(undefined, 's1', 'a').has('a')).toBe(true);
  });
});

describe('a refused message', () => {
  it('is told by its code', () => {
    expect(sendRefusal('MESSAGES_CLOSED')).toBe('closed');
    expect(sendRefusal('BLOCKED_WORDS')).toBe('blocked');
    expect(sendRefusal('RATE_LIMITED')).toBe('rateLimited');
    expect(sendRefusal('BAD_USER_INPUT')).toBe('badInput');
    expect(sendRefusal('DEVICE_REQUIRED')).toBe('pass');
    expect(sendRefusal('network')).toBe('network');
    expect(sendRefusal('INTERNAL_SERVER_ERROR')).toBe('unknown');
  });
});
