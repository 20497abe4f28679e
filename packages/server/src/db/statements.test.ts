import type { SqlEntityManager } from '@mikro-orm/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onPostgres, startTestServer, type TestServer } from '../test/harness.js';
import { hotStatements } from './statements.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('hot statements', () => {
  // A statement that lists the statements prepared on its own connection, itself included once prepared.
  const listPrepared = { name: 'wz_test_prepared', sql: 'select $1::int as n, array(select name from pg_prepared_statements) as names' };

  it(`are ${onPostgres ? 'prepared once per connection on PostgreSQL' : 'run as plain statements on the embedded database'}, with their parameters`, async () => {
    const run = hotStatements(server.orm.em as SqlEntityManager);
    for (const n of [1, 2]) {
      const [row] = await run<{ n: number; names: string[] }>(listPrepared, [n]);
      expect(row!.n).toBe(n);
      expect(row!.names.includes(listPrepared.name)).toBe(onPostgres);
    }
  });

  it('report the database’s error', async () => {
    const run = hotStatements(server.orm.em as SqlEntityManager);
    await expect(run({ name: 'wz_test_broken', sql: 'select * from no_such_table' }, [])).rejects.toThrow(/no_such_table/);
  });
});
