import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { startTestServer, type TestServer } from '../test/harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('the database schema', () => {
  it('is exactly what the entities declare, built by migrations alone (run `pnpm --filter @wenzheng/server migration:create` after changing an entity)', async () => {
    const pending = await server.orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(pending.trim()).toBe('');
  });

  it('keeps the audit log append-only', async () => {
    const token = await server.login('admin');
    await server.gql('mutation { createDepartment(input: { name: "县司法局", shortName: "司法局" }) { id } }', {}, { token });
    const em = server.orm.em.fork();
    const entry = await em.findOneOrFail(AuditEntry, { action: 'department.create' });
    expect(entry.detail).toEqual({ name: '县司法局' });
    const connection = em.getConnection();
    await expect(connection.execute(`update audit_entry set action = 'tampered' where id = ${entry.id}`)).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(connection.execute(`delete from audit_entry where id = ${entry.id}`)).rejects.toThrow(/cannot be changed/);
  });

  it('enforces that only department accounts have a department', async () => {
    const connection = server.orm.em.fork().getConnection();
    await expect(connection.execute(`update account set department_id = null where username = 'dept'`)).rejects.toThrow(
      /account_department_iff_role/,
    );
  });
});
