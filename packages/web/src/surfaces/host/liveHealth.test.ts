import { describe, expect, it } from 'vitest';
import { HEALTH_THRESHOLDS, healthFindings, overallHealth, type LiveHealth } from './liveHealth';

const calm: LiveHealth = {
  windowSeconds: 60,
  webSocketClients: 1200,
  workers: [{ worker: '0', clients: 1200 }],
  votesPerSecond: 0,
  ackP50Seconds: 0.004,
  ackP99Seconds: 0.02,
  fanOutP50Seconds: 0.01,
  fanOutP99Seconds: 0.08,
  intakeQueueDepth: 0,
  databaseUp: true,
  redisUp: true,
};

const levelOf = (health: LiveHealth | null, figure: string, sync: 'live' | 'connecting' | 'offline' = 'live') =>
  healthFindings(health, sync).find((f) => f.figure === figure)?.level;

describe('the host’s connection indicator', () => {
  it('is green on a calm show', () => {
    expect(healthFindings(calm, 'live').every((f) => f.level === 'ok')).toBe(true);
    expect(overallHealth(healthFindings(calm, 'live'), false)).toBe('ok');
  });

  it('turns amber above 0.5 s and red above 1 s of acknowledgement or fan-out p99, as docs/operations.md says', () => {
    for (const figure of ['ackP99', 'fanOutP99'] as const) {
      const key = `${figure}Seconds` as const;
      expect(levelOf({ ...calm, [key]: HEALTH_THRESHOLDS[key].warn }, figure)).toBe('ok');
      expect(levelOf({ ...calm, [key]: 0.75 }, figure)).toBe('warn');
      expect(levelOf({ ...calm, [key]: HEALTH_THRESHOLDS[key].bad }, figure)).toBe('warn');
      expect(levelOf({ ...calm, [key]: 1.2 }, figure)).toBe('bad');
      expect(overallHealth(healthFindings({ ...calm, [key]: 1.2 }, 'live'), false)).toBe('bad');
    }
  });

  it('turns amber for a long intake queue and red for one the database is not draining', () => {
    expect(levelOf({ ...calm, intakeQueueDepth: 2_000 }, 'intakeQueue')).toBe('ok');
    expect(levelOf({ ...calm, intakeQueueDepth: 2_001 }, 'intakeQueue')).toBe('warn');
    expect(levelOf({ ...calm, intakeQueueDepth: 10_001 }, 'intakeQueue')).toBe('bad');
  });

  it('is red without the database or the live sync, amber without Redis or while reconnecting', () => {
    expect(overallHealth(healthFindings({ ...calm, databaseUp: false }, 'live'), false)).toBe('bad');
    expect(overallHealth(healthFindings({ ...calm, redisUp: false }, 'live'), false)).toBe('warn');
    expect(overallHealth(healthFindings(calm, 'offline'), false)).toBe('bad');
    expect(overallHealth(healthFindings(calm, 'connecting'), false)).toBe('warn');
  });

  it('lists Redis only where the deployment has it, and counts figures not measured yet as fine', () => {
    expect(healthFindings({ ...calm, redisUp: null }, 'live').map((f) => f.figure)).not.toContain('redis');
    const quiet = { ...calm, windowSeconds: null, ackP99Seconds: null, fanOutP99Seconds: null };
    expect(levelOf(quiet, 'ackP99')).toBe('unknown');
    expect(overallHealth(healthFindings(quiet, 'live'), false)).toBe('ok');
  });

  it('is amber when the figures cannot be read, whatever they last said', () => {
    expect(overallHealth(healthFindings(null, 'live'), true)).toBe('warn');
    expect(overallHealth(healthFindings({ ...calm, databaseUp: false }, 'live'), true)).toBe('bad');
  });
});
