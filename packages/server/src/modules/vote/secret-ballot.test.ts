import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.js';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.stop(); });

const columnsOf = async (table: string) =>
  (await server.orm.em.getConnection().execute<{ column_name: string }[]>(
    'select column_name from information_schema.columns where table_schema = current_schema() and table_name = ? order by column_name',
    [table],
  )).map((c: { column_name: string }) => c.column_name);

describe('the secret ballot', () => {
  it('keeps who voted apart from how: the register holds no choice, a ballot no voter and no time', async () => {
    expect(await columnsOf('vote_register')).toEqual(['at', 'ballot_key', 'channel', 'round_id', 'voter_key']);
    expect(await columnsOf('ballot')).toEqual(['channel', 'choice', 'id', 'round_id']);
  });
});
