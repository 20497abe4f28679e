// With WORKERS > 1 a scrape reaches one worker (the kernel picks it), yet must report them all: the
// worker asks the primary, which gathers every worker's metrics through prom-client's cluster
// messages and sums them (per-worker figures keep their `worker` label).
import cluster from 'node:cluster';
import { randomUUID } from 'node:crypto';
import { AggregatorRegistry } from 'prom-client';
import { registry } from './metrics.js';

const REQUEST = 'wz:metrics-request';
const ANSWER = 'wz:metrics-answer';
/** prom-client gives up on a silent worker after 5 s; this waits a little longer for its answer. */
const ANSWER_WITHIN_MS = 6_000;

interface MetricsRequest {
  type: typeof REQUEST;
  id: string;
}
interface MetricsAnswer {
  type: typeof ANSWER;
  id: string;
  text?: string;
  error?: string;
}

/** The text a scrape answers: this process's metrics, or every worker's when this is a worker. */
export function gatherMetrics(): Promise<string> {
  if (!cluster.isWorker) return registry.metrics();
  return new Promise((resolve, reject) => {
    const id = randomUUID();
    const timer = setTimeout(() => done(new Error('the primary process did not answer with the workers’ metrics')), ANSWER_WITHIN_MS);
    const onMessage = (message: MetricsAnswer) => {
      if (message?.type !== ANSWER || message.id !== id) return;
      done(message.error === undefined ? undefined : new Error(message.error), message.text);
    };
    const done = (error?: Error, text?: string) => {
      clearTimeout(timer);
      process.off('message', onMessage);
      if (error) reject(error);
      else resolve(text ?? '');
    };
    process.on('message', onMessage);
    process.send!({ type: REQUEST, id } satisfies MetricsRequest);
  });
}

/** In the cluster primary: answers a worker's request with every worker's metrics, summed. */
export function answerMetricsRequests(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: MetricsRequest) => {
    if (message?.type !== REQUEST) return;
    const reply = (answer: Omit<MetricsAnswer, 'type' | 'id'>) => {
      if (worker.isConnected()) worker.send({ type: ANSWER, id: message.id, ...answer } satisfies MetricsAnswer);
    };
    aggregator.clusterMetrics().then(
      (text) => reply({ text }),
      (error: Error) => reply({ error: error.message }),
    );
  });
}

export const metricsContentType = registry.contentType;
