// The sensitive-word list's rules (the server checks them too): what a paste of many lines adds.

export const WORD_MAX_LENGTH = 30;
export const WORDS_PER_CALL = 500;

/** The words of a paste, one a line: trimmed, blank lines left out, each once. */
export function parseWords(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
}

export type WordsProblem = { kind: 'empty' } | { kind: 'tooMany' } | { kind: 'tooLong'; word: string };

export function wordsProblem(words: readonly string[]): WordsProblem | null {
  if (words.length === 0) return { kind: 'empty' };
  if (words.length > WORDS_PER_CALL) return { kind: 'tooMany' };
  const long = words.find((word) => [...word].length > WORD_MAX_LENGTH);
  return long ? { kind: 'tooLong', word: long } : null;
}
