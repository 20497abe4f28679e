import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../../config.js';
import { Account } from '../../modules/account/account.entity.js';
import { DemoSeeder, type SeededCredential } from './demo.seeder.js';
import { TestSeeder } from './test.seeder.js';

/** Seeds an empty database (no accounts yet) and returns the passwords it created, to print once. */
export async function seedIfEmpty(em: EntityManager, kind: Config['seed']): Promise<SeededCredential[]> {
  if (kind === 'none' || (await em.count(Account)) > 0) return [];
  const context = { credentials: [] as SeededCredential[] };
  await em.transactional((tx) => (kind === 'demo' ? new DemoSeeder().run(tx, context) : new TestSeeder().run(tx)));
  return context.credentials;
}
