import { describe, expect, it } from 'vitest';
import { parseWords, wordsProblem } from './sensitiveWords';

describe('a paste of sensitive words', () => {
  it('takes one word a line, trimmed, each once', () => {
    expect(parseWords(' 赌博 \r\n\n代开发票\n赌博\n  ')).toEqual(['赌博', '代开发票']);
  });

  it('needs at least one word, at most 500, each at most 30 characters', () => {
    expect(wordsProblem([])).toEqual({ kind: 'empty' });
    expect(wordsProblem(Array.from({ length: 501 }, (_, i) => `词${i}`))).toEqual({ kind: 'tooMany' });
    expect(wordsProblem(['好'.repeat(31)])).toEqual({ kind: 'tooLong', word: '好'.repeat(31) });
    expect(wordsProblem(['好'.repeat(30)])).toBeNull();
  });
});
