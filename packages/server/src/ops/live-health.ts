// The host console's connection indicator: the figures of docs/operations.md, read from the very text
// `GET /metrics` serves (every worker's, through the cluster primary), so the host and the operators'
// dashboard never disagree. Rates and quantiles are taken, as Prometheus would, from the change of
// the counters and histogram buckets between an earlier reading and this one.
import { gatherMetrics } from './metrics-cluster.js';

/** Rates cover about this much: the last minute, like the dashboard's `[1m]`. */
export const WINDOW_MS = 60_000;
/** Readings closer together than this share one gathering (every host console polls). */
const REUSE_MS = 1_000;

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of Prometheus's text format (comments skipped; label values unescaped). */
export function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g))
      labels[key!] = value!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

/** Cumulative bucket counts of a histogram, by upper bound (le), ascending; +Inf last. */
type Buckets = { le: number; count: number }[];

interface Reading {
  at: number;
  votes: number;
  ack: Buckets;
  fanOut: Buckets;
  clients: { worker: string; clients: number }[];
  queue: number;
  database: boolean;
  redis: boolean | null;
}

function read(samples: Sample[], at: number): Reading {
  const named = (name: string) => samples.filter((s) => s.name === name);
  const total = (name: string) => named(name).reduce((sum, s) => sum + s.value, 0);
  const buckets = (name: string): Buckets =>
    named(`${name}_bucket`)
      .map((s) => ({ le: s.labels.le === '+Inf' ? Number.POSITIVE_INFINITY : Number(s.labels.le), count: s.value }))
      .sort((a, b) => a.le - b.le);
  const up = (dependency: string) => named('wenzheng_dependency_up').find((s) => s.labels.dependency === dependency)?.value;
  const redis = up('redis');
  return {
    at,
    votes: total('wenzheng_votes_accepted_total'),
    ack: buckets('wenzheng_vote_ack_seconds'),
    fanOut: buckets('wenzheng_fanout_seconds'),
    clients: named('wenzheng_websocket_clients')
      .map((s) => ({ worker: s.labels.worker ?? '0', clients: s.value }))
      .sort((a, b) => a.worker.localeCompare(b.worker, 'en', { numeric: true })),
    queue: total('wenzheng_vote_intake_queue_depth'),
    database: up('database') === 1,
    redis: redis === undefined ? null : redis === 1,
  };
}

/**
 * The q-quantile of the observations between two readings of a histogram, interpolated within its
 * bucket as PromQL's histogram_quantile does; null without observations. Above the highest finite
 * bound it answers that bound (the histogram cannot say more).
 */
export function quantile(q: number, before: Buckets, after: Buckets): number | null {
  const counts = after.map((bucket) => ({ le: bucket.le, count: bucket.count - (before.find((b) => b.le === bucket.le)?.count ?? 0) }));
  const observed = counts.at(-1)?.count ?? 0;
  if (observed <= 0) return null;
  const rank = q * observed;
  let lower = 0;
  let below = 0;
  for (const { le, count } of counts) {
    if (count >= rank) {
      if (!Number.isFinite(le)) return lower;
      return count === below ? le : lower + ((le - lower) * (rank - below)) / (count - below);
    }
    lower = le;
    below = count;
  }
  return lower;
}

export interface LiveHealthFigures {
  /** The seconds the rates and quantiles cover; null until a second reading exists. */
  windowSeconds: number | null;
  webSocketClients: number;
  workers: { worker: string; clients: number }[];
  votesPerSecond: number | null;
  ackP50Seconds: number | null;
  ackP99Seconds: number | null;
  fanOutP50Seconds: number | null;
  fanOutP99Seconds: number | null;
  intakeQueueDepth: number;
  databaseUp: boolean;
  /** Null when the deployment has no Redis. */
  redisUp: boolean | null;
}

/** Earlier readings of this process, oldest first; the oldest within the window is the base. */
const readings: Reading[] = [];
let latest: { at: number; figures: Promise<LiveHealthFigures> } | undefined;

function figures(now: Reading): LiveHealthFigures {
  // A restarted worker's counters start again from zero: the earlier readings no longer compare.
  if (readings.some((r) => r.votes > now.votes)) readings.length = 0;
  while (readings.length > 1 && readings[1]!.at <= now.at - WINDOW_MS) readings.shift();
  const base = readings[0];
  readings.push(now);
  const seconds = base ? (now.at - base.at) / 1000 : 0;
  const over = <T>(compute: (base: Reading) => T) => (base && seconds > 0 ? compute(base) : null);
  return {
    windowSeconds: over(() => seconds),
    webSocketClients: now.clients.reduce((sum, w) => sum + w.clients, 0),
    workers: now.clients,
    votesPerSecond: over((b) => (now.votes - b.votes) / seconds),
    ackP50Seconds: over((b) => quantile(0.5, b.ack, now.ack)),
    ackP99Seconds: over((b) => quantile(0.99, b.ack, now.ack)),
    fanOutP50Seconds: over((b) => quantile(0.5, b.fanOut, now.fanOut)),
    fanOutP99Seconds: over((b) => quantile(0.99, b.fanOut, now.fanOut)),
    intakeQueueDepth: now.queue,
    databaseUp: now.database,
    redisUp: now.redis,
  };
}

/** The figures now, from the metrics every worker reports (shared by readings within a second). */
export function liveHealth(): Promise<LiveHealthFigures> {
  const at = Date.now();
  if (latest && at - latest.at < REUSE_MS) return latest.figures;
  const pending = gatherMetrics().then((text) => figures(read(parseMetrics(text), Date.now())));
  latest = { at, figures: pending };
  pending.catch(() => {
    if (latest?.figures === pending) latest = undefined;
  });
  return pending;
}

/** For tests: forget the earlier readings. */
export function resetLiveHealth(): void {
  readings.length = 0;
  latest = undefined;
}
