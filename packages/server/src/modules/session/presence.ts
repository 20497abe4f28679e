import { randomUUID } from 'node:crypto';
import type { PresenceReport, PubSub } from '../../graphql/pubsub.js';

/** Instances report their phone counts this often; a report older than three periods is dropped. */
const REPORT_MS = 2_000;

/** How many phones are connected with a pass for each session, summed over every instance through pub/sub. */
export class Presence {
  private readonly instanceId = randomUUID();
  private readonly local = new Map<string, number>();
  private readonly reports = new Map<string, PresenceReport>();
  private readonly timer: NodeJS.Timeout;
  private readonly stopListening: () => void;

  constructor(private readonly pubsub: PubSub) {
    this.timer = setInterval(() => this.report(), REPORT_MS).unref();
    const reports = pubsub.subscribe('PRESENCE');
    void (async () => {
      for await (const report of reports) this.reports.set(report.instanceId, report);
    })();
    this.stopListening = () => void reports.return?.();
  }

  enter(sessionId: string): void {
    this.local.set(sessionId, (this.local.get(sessionId) ?? 0) + 1);
  }

  leave(sessionId: string): void {
    const n = (this.local.get(sessionId) ?? 1) - 1;
    if (n > 0) this.local.set(sessionId, n);
    else this.local.delete(sessionId);
  }

  connected(sessionId: string): number {
    const fresh = Date.now() - 3 * REPORT_MS;
    let total = this.local.get(sessionId) ?? 0;
    for (const report of this.reports.values()) {
      if (report.instanceId !== this.instanceId && report.at >= fresh) total += report.sessions[sessionId] ?? 0;
    }
    return total;
  }

  close(): void {
    clearInterval(this.timer);
    this.stopListening();
  }

  private report(): void {
    this.pubsub.publish('PRESENCE', { instanceId: this.instanceId, at: Date.now(), sessions: Object.fromEntries(this.local) });
  }
}
