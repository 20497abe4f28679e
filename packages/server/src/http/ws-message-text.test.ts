import { describe, expect, it } from 'vitest';
import { SharedTexts } from './ws-message-text.js';

describe('SharedTexts', () => {
  it('hands every text back intact, shared or not: beyond its table, below its length, and not ASCII', () => {
    const texts = new SharedTexts(2, 10);
    const messages = [
      '{"type":"subscribe"}',
      '{"type":"subscribe"}',
      'the second',
      'the third',
      '第四条消息 ✓ 第四条',
      '{"type":"subscribe"}',
      'short',
    ];
    expect(messages.map((m) => texts.share(m))).toEqual(messages);
  });

  it('keeps at most its table of texts, starting over when it is full', () => {
    const texts = new SharedTexts(2, 1);
    for (const text of ['a', 'b', 'c', 'a', 'b']) texts.share(text);
    expect((texts as unknown as { texts: Map<string, string> }).texts.size).toBeLessThanOrEqual(2);
  });
});
