import { describe, expect, it } from 'vitest';
import { statsSection } from './statsSection';

const period = { from: null, to: null };

describe('a part of the statistics page', () => {
  it('goes loading → ready, keeping the last figures while the next period loads', async () => {
    let answer = 1;
    const section = statsSection(async () => answer);
    expect(section.status.value).toBe('loading');
    await section.load(period);
    expect([section.status.value, section.data.value]).toEqual(['ready', 1]);
    answer = 2;
    const next = section.load(period);
    expect([section.status.value, section.data.value]).toEqual(['loading', 1]);
    await next;
    expect(section.data.value).toBe(2);
  });

  it('shows an error, and recovers on retry', async () => {
    let fail = true;
    const section = statsSection(async () => {
      if (fail) throw new Error('offline');
      return 'ok';
    });
    await section.load(period);
    expect(section.status.value).toBe('error');
    expect((section.error.value as Error).message).toBe('offline');
    fail = false;
    await section.load(period);
    expect([section.status.value, section.error.value, section.data.value]).toEqual(['ready', null, 'ok']);
  });

  it('drops an answer to an older request', async () => {
    const resolvers: ((value: string) => void)[] = [];
    const section = statsSection(() => new Promise<string>((resolve) => resolvers.push(resolve)));
    const first = section.load(period);
    const second = section.load(period);
    resolvers[1]!('new');
    await second;
    resolvers[0]!('old');
    await first;
    expect(section.data.value).toBe('new');
  });
});
