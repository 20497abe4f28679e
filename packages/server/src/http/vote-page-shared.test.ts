import { describe, expect, it } from 'vitest';
import type { VotePageState } from './vote-page.js';
import { sharedForAMoment } from './vote-page-shared.js';

// The QR link's page, read once for every phone asking for the same code within a moment.
function reader() {
  const reads: string[] = [];
  let clock = 0;
  let failing = false;
  const read = sharedForAMoment(
    async (joinCode) => {
      reads.push(joinCode);
      if (failing) throw new Error('database unreachable');
      return { joinCode, data: { read: reads.length }, markup: null } satisfies VotePageState;
    },
    1_000,
    () => clock,
  );
  return {
    read: (code: string) => read(code, '127.0.0.1'),
    reads,
    at: (ms: number) => (clock = ms),
    fail: (on: boolean) => (failing = on),
  };
}

describe('a session’s page, shared for a moment', () => {
  it('is read once for every phone asking within the moment, and again after it', async () => {
    const { read, reads, at } = reader();
    const burst = await Promise.all(Array.from({ length: 50 }, () => read('123456')));
    expect(new Set(burst).size).toBe(1);
    at(999);
    expect(await read('123456')).toBe(burst[0]);
    expect(reads).toEqual(['123456']);
    at(1_000);
    expect(await read('123456')).toMatchObject({ data: { read: 2 } });
    expect(reads).toEqual(['123456', '123456']);
  });

  it('reads each code apart', async () => {
    const { read, reads } = reader();
    await Promise.all([read('111111'), read('222222'), read('111111')]);
    expect(reads).toEqual(['111111', '222222']);
  });

  it('does not hand a failed read to the next phone', async () => {
    const { read, reads, fail } = reader();
    fail(true);
    await expect(read('123456')).rejects.toThrow('database unreachable');
    fail(false);
    expect(await read('123456')).toMatchObject({ data: { read: 2 } });
    expect(reads).toHaveLength(2);
  });

  it('keeps at most a thousand codes, then reads for each phone', async () => {
    const { read, reads } = reader();
    const codes = Array.from({ length: 1_001 }, (_, i) => String(i).padStart(6, '0'));
    for (const code of codes) await read(code);
    await read(codes[1_000]!);
    await read(codes[0]!);
    // The thousand-and-first was not kept; the first still is.
    expect(reads).toHaveLength(1_002);
  });
});
