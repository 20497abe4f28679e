import type { Redis } from 'ioredis';
import type { Logger } from '../logger.js';

/**
 * Calls `resync` each time the subscribing Redis connection is back after it was lost, once the
 * channels are subscribed again (a PING sent after ioredis's re-SUBSCRIBE is answered after it), so
 * that nothing published from then on is missed. What to resync is the composition root's to say
 * (see resyncAfterOutage in services.ts).
 */
export function whenReconnected(subscriber: Redis, logger: Logger, resync: () => Promise<void>): void {
  let lost = false;
  subscriber.on('close', () => {
    lost = true;
  });
  subscriber.on('ready', () => {
    if (!lost) return;
    lost = false;
    subscriber
      .ping()
      .then(resync)
      .then(
        () => logger.info('redis is back; live tallies and states resynchronised'),
        (error: unknown) => logger.warn({ err: error }, 'resynchronising after a redis outage failed'),
      );
  });
}
