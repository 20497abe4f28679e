import { randomBytes } from 'node:crypto';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';

/** The named secret, created by whichever instance asks first; every instance then reads the same one. */
export async function serverSecret(em: EntityManager, name: string): Promise<Buffer> {
  await em.execute(
    'insert into server_secret (name, value, created_at) values (?, ?, now()) on conflict (name) do nothing',
    [name, randomBytes(32).toString('base64url')],
  );
  // A plain query, not a fork: inside a transaction (the seed) a fork would wait for a second connection.
  const [row] = await em.execute<{ value: string }[]>('select value from server_secret where name = ?', [name]);
  return Buffer.from(row!.value, 'base64url');
}
