import { randomBytes } from 'node:crypto';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { ServerSecret } from './server-secret.entity.js';

/** The named secret, created by whichever instance asks first; every instance then reads the same one. */
export async function serverSecret(em: EntityManager, name: string): Promise<Buffer> {
  await em.execute(
    'insert into server_secret (name, value, created_at) values (?, ?, now()) on conflict (name) do nothing',
    [name, randomBytes(32).toString('base64url')],
  );
  const row = await em.fork().findOneOrFail(ServerSecret, { name });
  return Buffer.from(row.value, 'base64url');
}
