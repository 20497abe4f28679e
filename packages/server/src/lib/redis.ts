import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../logger.js';

/** The two connections an instance keeps: one for commands and publishing, one that only subscribes. */
export interface RedisClients {
  main: Redis;
  subscriber: Redis;
}

export function connectRedis(url: string, logger: Logger): RedisClients {
  const make = (options: RedisOptions) => {
    const client = new Redis(url, { maxRetriesPerRequest: 3, ...options });
    client.on('error', (error) => logger.warn({ err: error }, 'redis connection error'));
    return client;
  };
  // A subscribing connection may only send subscriber commands, so it skips the INFO ready check; its
  // (un)subscribe commands wait for Redis to come back rather than fail.
  return { main: make({}), subscriber: make({ enableReadyCheck: false, maxRetriesPerRequest: null }) };
}

/**
 * Limits counted before Redis answers would be counted per process (the insurance limiter): wait for
 * it a little, then start without it rather than not at all.
 */
export async function whenReady(redis: RedisClients, withinMs = 5_000): Promise<void> {
  if (redis.main.status === 'ready') return;
  await Promise.race([
    new Promise((resolve) => redis.main.once('ready', resolve)),
    new Promise((resolve) => setTimeout(resolve, withinMs).unref()),
  ]);
}

/** While Redis is away QUIT cannot be sent; the connection is simply dropped then. */
export async function disconnectRedis(redis: RedisClients): Promise<void> {
  await Promise.all(
    [redis.main, redis.subscriber].map((client) =>
      client.status === 'ready' ? client.quit().catch(() => client.disconnect()) : client.disconnect(),
    ),
  );
}
