import { describe, expect, it } from 'vitest';
import { bestOffset, formatCountdown, roundCountdown, sampleOffset, votingWindow } from './countdown';

const T = Date.parse('2026-06-01T12:00:00Z');
const iso = (ms: number) => new Date(T + ms).toISOString();

describe('clock offset', () => {
  it('assumes the server read its clock halfway through the round trip', () => {
    // Sent at local 1000, back at 1200; the server said 6100, read at local ~1100: 5000 ahead.
    expect(sampleOffset({ sentAt: 1000, receivedAt: 1200, serverTime: 6100 })).toEqual({ offset: 5000, roundTrip: 200 });
    expect(sampleOffset({ sentAt: 1000, receivedAt: 1000, serverTime: 400 }).offset).toBe(-600);
  });

  it('trusts the sample with the shortest round trip', () => {
    const samples = [
      { sentAt: 0, receivedAt: 900, serverTime: 10_000 },
      { sentAt: 1000, receivedAt: 1040, serverTime: 6020 },
      { sentAt: 2000, receivedAt: 2300, serverTime: 2000 },
    ];
    expect(bestOffset(samples)).toBe(5000);
    expect(bestOffset([])).toBeNull();
  });
});

describe('votingWindow', () => {
  it('is upcoming, open, then closed', () => {
    expect(votingWindow(iso(5000), iso(65_000), T)).toEqual({ state: 'upcoming', startsInMs: 5000 });
    expect(votingWindow(iso(0), iso(60_000), T)).toEqual({ state: 'open', remainingMs: 60_000 });
    expect(votingWindow(iso(-60_000), iso(0), T)).toEqual({ state: 'closed' });
  });

  it('follows the server clock, not the local one', () => {
    const localNow = T - 3000; // this device runs three seconds slow
    const offset = 3000;
    expect(votingWindow(iso(-1000), iso(10_000), localNow + offset)).toEqual({ state: 'open', remainingMs: 10_000 });
  });

  it('gives both windows of a round, the online one later by the stream delay', () => {
    const round = { studioOpensAt: iso(-10_000), studioClosesAt: iso(50_000), onlineOpensAt: iso(5000), onlineClosesAt: iso(65_000) };
    expect(roundCountdown(round, T)).toEqual({
      studio: { state: 'open', remainingMs: 50_000 },
      online: { state: 'upcoming', startsInMs: 5000 },
    });
  });
});

describe('formatCountdown', () => {
  it('shows minutes and seconds, rounding up', () => {
    expect(formatCountdown(60_000)).toBe('1:00');
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(59_000)).toBe('0:59');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-500)).toBe('0:00');
    expect(formatCountdown(605_000)).toBe('10:05');
  });
});
