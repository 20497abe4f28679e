import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clue } from '../../modules/clue/clue.entity.js';
import { Question } from '../../modules/question/question.entity.js';
import { Session } from '../../modules/session/session.entity.js';
import { startTestServer, type TestServer } from '../../test/harness.js';

let server: TestServer;
beforeAll(async () => { server = await startTestServer({ SEED: 'demo' }); });
afterAll(async () => { await server?.stop(); });

describe('the demo seed', () => {
  it('creates one account per role with a password that signs in', async () => {
    const roles = new Set(server.seededCredentials.map((c) => c.role));
    expect([...roles].sort()).toEqual(['ADMIN', 'DEPARTMENT', 'HOST', 'REPRESENTATIVE']);
    for (const credential of server.seededCredentials.slice(0, 2)) {
      expect(await server.login(credential.username, credential.password)).toBeTypeOf('string');
    }
  });

  it('creates a session on 加强物业管理 with questions and clues in every state', async () => {
    const em = server.orm.em.fork();
    const session = await em.findOneOrFail(Session, { theme: '加强物业管理' });
    expect(session.scheduledAt.getTime()).toBeGreaterThan(Date.now());
    expect(await em.count(Question, { session })).toBeGreaterThanOrEqual(4);
    const clues = await em.find(Clue, { session });
    expect(clues.length).toBeGreaterThanOrEqual(24);
    expect(new Set(clues.map((c) => c.status))).toEqual(new Set(['SUBMITTED', 'ACCEPTED', 'MERGED', 'REJECTED', 'REFERRED']));
    expect(clues.filter((c) => c.status === 'ACCEPTED').every((c) => c.question)).toBe(true);
  });

  it('seeds only an empty database', async () => {
    const { seedIfEmpty } = await import('./seed.js');
    expect(await seedIfEmpty(server.orm.em.fork(), 'demo')).toEqual([]);
  });
});
