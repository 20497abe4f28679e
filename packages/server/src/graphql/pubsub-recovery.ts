import type { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import type { AppServices } from './context.js';

/**
 * Calls `resync` each time the subscribing Redis connection is back after it was lost, once the
 * channels are subscribed again (a PING sent after ioredis's re-SUBSCRIBE is answered after it), so
 * that nothing published from then on is missed.
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

/**
 * What was published while Redis was away never arrived: live tallies are counted again from the
 * database, and every live session announces its state again (to every instance, through Redis).
 */
export async function resyncAfterOutage(services: AppServices): Promise<void> {
  await services.tallies.resyncAll();
  // Loaded here, not at the top: this module is imported before the schema's decorators are set up.
  const { announceLiveState } = await import('../modules/session/session.service.js');
  const em = services.em.fork();
  const live = await em.execute<{ id: string }[]>(`select id from session where status = 'LIVE'`);
  for (const { id } of live) await announceLiveState({ em, services }, id);
}
