import type { HostLiveHealthQuery } from '../../gql/graphql';

// The host's reading of the server's figures: the same limits as the operators' table in
// docs/operations.md ("The figures to watch during a show"), so both name the same trouble.

export type LiveHealth = HostLiveHealthQuery['liveHealth'];
/** ok: green, warn: amber (watch it), bad: red (tell the operators now), unknown: no figure yet. */
export type HealthLevel = 'ok' | 'warn' | 'bad' | 'unknown';
export type LiveSync = 'live' | 'connecting' | 'offline';

/** A figure is amber above `warn` and red above `bad` (seconds, or votes waiting). */
export const HEALTH_THRESHOLDS = {
  /** Acknowledgement p99: ≤ 50 ms calm, under 1 s at a storm's peak; above 1 s the database is the limit. */
  ackP99Seconds: { warn: 0.5, bad: 1 },
  /** Fan-out p99: under 0.5 s normal; above 1 s the worker's CPU is saturated. */
  fanOutP99Seconds: { warn: 0.5, bad: 1 },
  /** Intake queue: a few hundred to a few thousand for a second at a storm's start; more is a database falling behind. */
  intakeQueueDepth: { warn: 2_000, bad: 10_000 },
} as const;

export type HealthFigure = 'sync' | 'database' | 'redis' | 'ackP99' | 'fanOutP99' | 'intakeQueue';

export interface HealthFinding {
  figure: HealthFigure;
  level: HealthLevel;
}

const rank: Record<HealthLevel, number> = { unknown: 0, ok: 1, warn: 2, bad: 3 };
export const worst = (levels: HealthLevel[]): HealthLevel => levels.reduce<HealthLevel>((a, b) => (rank[b] > rank[a] ? b : a), 'unknown');

function byThreshold(value: number | null | undefined, limits: { warn: number; bad: number }): HealthLevel {
  if (value === null || value === undefined) return 'unknown';
  if (value > limits.bad) return 'bad';
  if (value > limits.warn) return 'warn';
  return 'ok';
}

/** Each figure's level, in the order the indicator lists them. */
export function healthFindings(health: LiveHealth | null, sync: LiveSync): HealthFinding[] {
  const syncLevel: HealthLevel = sync === 'live' ? 'ok' : sync === 'connecting' ? 'warn' : 'bad';
  if (!health) return [{ figure: 'sync', level: syncLevel }];
  return [
    { figure: 'sync', level: syncLevel },
    // Without the database votes are refused; without Redis voting goes on, but tallies stay per instance.
    { figure: 'database', level: health.databaseUp ? 'ok' : 'bad' },
    ...(health.redisUp === null ? [] : [{ figure: 'redis' as const, level: health.redisUp ? ('ok' as const) : ('warn' as const) }]),
    { figure: 'ackP99', level: byThreshold(health.ackP99Seconds, HEALTH_THRESHOLDS.ackP99Seconds) },
    { figure: 'fanOutP99', level: byThreshold(health.fanOutP99Seconds, HEALTH_THRESHOLDS.fanOutP99Seconds) },
    // Read at one instant: a short peak as a storm starts is normal, a long queue is the database falling behind.
    { figure: 'intakeQueue', level: byThreshold(health.intakeQueueDepth, HEALTH_THRESHOLDS.intakeQueueDepth) },
  ];
}

/**
 * The indicator's one colour: the worst figure's. Figures not measured yet (no votes in the last
 * minute) count as fine; the figures failing to load is amber (the host cannot see them).
 */
export function overallHealth(findings: HealthFinding[], figuresFailed: boolean): HealthLevel {
  const level = worst(findings.map((f) => (f.level === 'unknown' ? 'ok' : f.level)));
  return figuresFailed ? worst([level, 'warn']) : level;
}
