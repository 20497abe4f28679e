// The figures operators watch during a show (see docs/operations.md), in Prometheus form. One set
// per process: a worker's metrics are its own, and the cluster primary sums them (metrics-cluster.ts).
import cluster from 'node:cluster';
import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Channel } from '../modules/vote/choice.js';

/**
 * What a running server tells the metrics about itself, read when Prometheus scrapes. A process
 * normally runs one server; tests run several, whose figures then add up.
 */
export interface MetricSource {
  /** Open WebSocket connections (phones, screens, consoles). */
  webSockets(): number;
  /** Votes waiting for their batch to be written. */
  intakeQueue(): number;
  /** Resolve when the dependency answers; absent: not configured. */
  pingDatabase(): Promise<unknown>;
  pingRedis: (() => Promise<unknown>) | undefined;
}

/** A dependency that has not answered within this is reported down: a scrape must not hang on it. */
const PING_TIMEOUT_MS = 2_000;

const sources = new Set<MetricSource>();

/** Adds a running server's figures; the returned function takes them away (on stop). */
export function addMetricSource(source: MetricSource): () => void {
  sources.add(source);
  return () => sources.delete(source);
}

/**
 * Workers answer the primary's request for their metrics only once an AggregatorRegistry exists in
 * them (prom-client installs its message listener then): this registry is one, in every process.
 */
export const registry = new AggregatorRegistry();
AggregatorRegistry.setRegistries([registry]);
collectDefaultMetrics({ register: registry as Registry, prefix: 'wenzheng_' });

/** Which worker a per-worker figure comes from: the cluster's worker id, or 0 for a single process. */
const workerLabel = String(cluster.worker?.id ?? 0);

const sum = <T>(pick: (source: MetricSource) => T & number) => [...sources].reduce((total, source) => total + pick(source), 0);

export const votesAccepted = new Counter({
  name: 'wenzheng_votes_accepted_total',
  help: 'Ballots counted (stored), by channel; rate() of it is votes per second.',
  labelNames: ['channel'] as const,
  registers: [registry],
});

export const voteAckSeconds = new Histogram({
  name: 'wenzheng_vote_ack_seconds',
  help: 'Time from a vote reaching the intake to its answer (after its batch committed).',
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const fanOutSeconds = new Histogram({
  name: 'wenzheng_fanout_seconds',
  help: 'Time a shared subscription result (live state, tallies) takes to reach every follower on this worker.',
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

new Gauge({
  name: 'wenzheng_websocket_clients',
  help: 'Open WebSocket connections, per worker process.',
  labelNames: ['worker'] as const,
  registers: [registry],
  collect() {
    this.set(
      { worker: workerLabel },
      sum((s) => s.webSockets()),
    );
  },
});

new Gauge({
  name: 'wenzheng_vote_intake_queue_depth',
  help: 'Votes waiting for their batch to be written (summed over workers).',
  registers: [registry],
  collect() {
    this.set(sum((s) => s.intakeQueue()));
  },
});

/** True when the probe answered within PING_TIMEOUT_MS (an answer of `false` counts as down, as isConnected() says it). */
async function ping(probe: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      probe().then(
        (answer) => answer !== false,
        () => false,
      ),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

// Up only when every worker reaches it (min): one worker cut off from the database fails its phones.
new Gauge({
  name: 'wenzheng_dependency_up',
  help: 'Whether the database and Redis answered a ping at this scrape (1) or not (0); Redis only when configured.',
  labelNames: ['dependency'] as const,
  aggregator: 'min',
  registers: [registry],
  async collect() {
    this.reset();
    const all = [...sources];
    if (all.length === 0) return;
    const database = await Promise.all(all.map((s) => ping(s.pingDatabase)));
    this.set({ dependency: 'database' }, database.every(Boolean) ? 1 : 0);
    const redis = all.flatMap((s) => (s.pingRedis ? [s.pingRedis] : []));
    if (redis.length > 0) this.set({ dependency: 'redis' }, (await Promise.all(redis.map(ping))).every(Boolean) ? 1 : 0);
  },
});

/** For the vote intake: a batch committed; `startedAt` are its votes' arrival times (performance.now()). */
export function recordVoteBatch(startedAt: number[], counted: readonly { channel: Channel }[]): void {
  const now = performance.now();
  for (const at of startedAt) voteAckSeconds.observe((now - at) / 1000);
  let studio = 0;
  for (const vote of counted) if (vote.channel === 'STUDIO') studio++;
  if (studio > 0) votesAccepted.inc({ channel: 'STUDIO' }, studio);
  if (counted.length > studio) votesAccepted.inc({ channel: 'ONLINE' }, counted.length - studio);
}
