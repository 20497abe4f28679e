import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { undoUntil } from './clue.undo.js';

// Triage beyond the first decision: why a duplicate is suggested, merging into any clue, undoing a
// rejection or a merge, and the item a referred clue becomes.

const SUBMIT = 'mutation($input: SubmitClueInput!) { submitClue(input: $input) { id trackingCode } }';
const SUPPORT = 'mutation($id: ID!) { supportClue(clueId: $id) { supportCount } }';
const FIELDS = 'id status published supportCount rejectReason mergedInto { id } decidedAt undoUntil followUpId';
const UNDO = `mutation($id: ID!) { undoClueDecision(clueId: $id) { ${FIELDS} } }`;
const MERGE = `mutation($id: ID!, $into: ID!) { mergeClue(clueId: $id, intoId: $into) { ${FIELDS} } }`;
const REJECT = `mutation($input: RejectClueInput!) { rejectClue(input: $input) { ${FIELDS} } }`;
const DUPLICATES = 'query($id: ID!) { clueDuplicates(clueId: $id) { clue { id } similarity samePlace reasons { kind score } } }';

let server: TestServer;
let admin: string;
let host: string;
let departmentId: string;
let n = 0;

async function device(): Promise<string> {
  return (await server.gql<{ registerDevice: string }>('mutation { registerDevice }')).data!.registerDevice;
}

/** Text of its own for each clue: characters picked across the CJK block, so no two are alike. */
const words = (seed: number, length: number) =>
  Array.from({ length }, (_, i) => String.fromCodePoint(0x4e00 + ((seed * 7919 + i * 104_729) % 20_000))).join('');

/** A clue about its own place, so suggestions between tests do not mix. */
async function submitted(input: Record<string, unknown> = {}): Promise<string> {
  n += 1;
  const result = await server.gql<{ submitClue: { id: string } }>(
    SUBMIT,
    {
      input: {
        title: words(n, 8),
        description: words(n + 1000, 24),
        category: 'FACILITIES',
        location: `测试地点${n}号`,
        ...input,
      },
    },
    { device: await device() },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.submitClue.id;
}

async function staff(query: string, variables: Record<string, unknown> = {}) {
  const result = await server.gql(query, variables, { token: admin });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

async function refused(query: string, variables: Record<string, unknown>, token = admin) {
  const result = await server.gql(query, variables, { token });
  expect(result.data ?? null, JSON.stringify(result.data)).toBeNull();
  return result.errors![0]!.extensions as Record<string, unknown>;
}

const publish = (id: string) => staff('mutation($id: ID!) { setCluePublished(clueId: $id, published: true) { id } }', { id });
const clue = async (id: string) => (await staff(`query($id: ID!) { clue(id: $id) { ${FIELDS} } }`, { id })).clue;
const reasonsFor = async (id: string, of: string) =>
  (await staff(DUPLICATES, { id })).clueDuplicates.find((d: { clue: { id: string } }) => d.clue.id === of)?.reasons;

beforeAll(async () => {
  server = await startTestServer({ CLUES_PER_10_MINUTES_PER_ADDRESS: '1000' });
  [admin, host] = await Promise.all([server.login('admin'), server.login('host')]);
  departmentId = (await staff('{ departments(first: 10) { nodes { id shortName } } }')).departments.nodes.find(
    (d: { shortName: string }) => d.shortName === '住建局',
  ).id;
});
afterAll(async () => {
  await server?.stop();
});

describe('why a duplicate is suggested', () => {
  it('names the same place (with the same category beside it) instead of a similarity of 0', async () => {
    const a = await submitted({ location: '云溪县同一小区 5 栋' });
    const b = await submitted({ location: '云溪县同一小区 5 栋' });
    expect(await reasonsFor(b, a)).toEqual([
      { kind: 'SAME_LOCATION', score: null },
      { kind: 'SAME_CATEGORY', score: null },
    ]);
  });

  it('gives the score of a similar title', async () => {
    const a = await submitted({ title: '幸福路菜市场污水横流无人管' });
    const b = await submitted({ title: '幸福路菜市场污水横流', category: 'SANITATION' });
    const reasons = await reasonsFor(b, a);
    expect(reasons[0].kind).toBe('SIMILAR_TITLE');
    expect(reasons[0].score).toBeGreaterThan(0.2);
    expect(reasons.map((r: { kind: string }) => r.kind)).not.toContain('SAME_CATEGORY');
  });

  it('finds the same submitter by phone number without showing it, and not a different number with the same mask', async () => {
    const a = await submitted({ phone: '13912345678' });
    const b = await submitted({ phone: '139 1234 5678' });
    const sameMask = await submitted({ phone: '13900005678' });
    const duplicates = await staff(DUPLICATES, { id: b });
    expect(JSON.stringify(duplicates)).not.toContain('13912345678');
    expect(await reasonsFor(b, a)).toEqual([
      { kind: 'SAME_PHONE', score: null },
      { kind: 'SAME_CATEGORY', score: null },
    ]);
    expect(await reasonsFor(b, sameMask)).toBeUndefined();
  });

  it('never links an anonymous clue by phone (it keeps none)', async () => {
    const a = await submitted({ phone: '13712345678' });
    const b = await submitted({ phone: '13712345678', anonymous: true });
    expect(await reasonsFor(b, a)).toBeUndefined();
  });
});

describe('merging into any clue', () => {
  it('merges into a clue found by the board’s search that was not suggested', async () => {
    const target = await submitted({ title: '搜索可见的目标线索' });
    const source = await submitted();
    expect(await reasonsFor(source, target)).toBeUndefined();
    const found = await staff('query($filter: ClueFilter) { clues(first: 5, filter: $filter) { nodes { id } } }', {
      filter: { search: '搜索可见的目标' },
    });
    expect(found.clues.nodes.map((c: { id: string }) => c.id)).toEqual([target]);
    const merged = await staff(MERGE, { id: source, into: target });
    expect(merged.mergeClue).toMatchObject({ status: 'MERGED', mergedInto: { id: target } });
  });

  it('refuses a merge into itself, into a merged clue, into an unknown clue, and from a decided clue', async () => {
    const a = await submitted();
    const b = await submitted();
    const c = await submitted();
    expect(await refused(MERGE, { id: a, into: a })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'intoId' });
    await staff(MERGE, { id: b, into: c });
    expect(await refused(MERGE, { id: a, into: b })).toMatchObject({ code: 'INVALID_PHASE' });
    expect(await refused(MERGE, { id: a, into: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused(MERGE, { id: b, into: a })).toMatchObject({ code: 'INVALID_PHASE', status: 'MERGED' });
  });
});

describe('undoing a rejection or a merge', () => {
  it('takes a rejection back: new again, published as before, audited, and gone from the public timeline', async () => {
    const id = await submitted();
    await publish(id);
    const rejected = (await staff(REJECT, { input: { clueId: id, reason: 'OUT_OF_SCOPE', note: '不在范围' } })).rejectClue;
    expect(rejected).toMatchObject({ status: 'REJECTED', published: false });
    expect(new Date(rejected.undoUntil).getTime() - new Date(rejected.decidedAt).getTime()).toBe(24 * 3_600_000);

    const undone = (await staff(UNDO, { id })).undoClueDecision;
    expect(undone).toMatchObject({ status: 'SUBMITTED', published: true, rejectReason: null, decidedAt: null, undoUntil: null });
    const [entry] = await server.orm.em.fork().find(AuditEntry, { action: 'clue.undo', subjectId: id });
    expect(entry!.detail).toMatchObject({ undid: 'reject', reason: 'OUT_OF_SCOPE', note: '不在范围' });

    const { trackingCode } = (await staff('query($id: ID!) { clue(id: $id) { trackingCode } }', { id })).clue;
    const tracked = await server.gql<{ trackClue: { status: string; timeline: { action: string }[] } }>(
      'query($code: String!) { trackClue(code: $code) { status timeline { action } } }',
      { code: trackingCode },
    );
    expect(tracked.data!.trackClue.status).toBe('SUBMITTED');
    expect(tracked.data!.trackClue.timeline.map((e) => e.action)).toEqual(['SUBMITTED', 'PUBLISHED']);
    // Decided again, it can be undone again.
    await staff(REJECT, { input: { clueId: id, reason: 'OTHER' } });
    expect((await staff(UNDO, { id })).undoClueDecision.status).toBe('SUBMITTED');
  });

  it('takes a merge back, and the supports the merge copied leave the other clue', async () => {
    const into = await submitted();
    const from = await submitted();
    await Promise.all([publish(into), publish(from)]);
    const [shared, own, other] = await Promise.all([device(), device(), device()]);
    await server.gql(SUPPORT, { id: into }, { device: shared });
    await server.gql(SUPPORT, { id: into }, { device: own });
    await server.gql(SUPPORT, { id: from }, { device: shared });
    await server.gql(SUPPORT, { id: from }, { device: other });

    await staff(MERGE, { id: from, into });
    expect((await clue(into)).supportCount).toBe(3);
    const undone = (await staff(UNDO, { id: from })).undoClueDecision;
    expect(undone).toMatchObject({ status: 'SUBMITTED', mergedInto: null, published: true, supportCount: 2 });
    expect((await clue(into)).supportCount).toBe(2); // the shared device had supported it before the merge
    const [entry] = await server.orm.em.fork().find(AuditEntry, { action: 'clue.undo', subjectId: from });
    expect(entry!.detail).toMatchObject({ undid: 'merge', intoId: into, supportsReturned: 1 });
  });

  it('refuses after the window with UNDO_EXPIRED', async () => {
    const id = await submitted();
    await staff(REJECT, { input: { clueId: id, reason: 'OTHER' } });
    await server.orm.em.fork().getConnection().execute(`update clue set decided_at = now() - interval '25 hours' where id = ?`, [id]);
    expect((await clue(id)).undoUntil).toBeNull();
    expect(await refused(UNDO, { id })).toMatchObject({ code: 'UNDO_EXPIRED', hours: 24 });
    expect((await clue(id)).status).toBe('REJECTED');
  });

  it('refuses with UNDO_UNSAFE when a public reply was given since the rejection', async () => {
    const id = await submitted();
    await staff(REJECT, { input: { clueId: id, reason: 'ALREADY_RESOLVED' } });
    await staff('mutation($input: ReplyToClueInput!) { replyToClue(input: $input) { id } }', {
      input: { clueId: id, reply: '该问题已于上月解决。' },
    });
    expect(await refused(UNDO, { id })).toMatchObject({ code: 'UNDO_UNSAFE', reason: 'REPLIED_SINCE' });
  });

  it('refuses with UNDO_UNSAFE while the clue it was merged into is itself merged', async () => {
    const [a, b, c] = [await submitted(), await submitted(), await submitted()];
    await staff(MERGE, { id: a, into: b });
    await staff(MERGE, { id: b, into: c });
    expect(await refused(UNDO, { id: a })).toMatchObject({ code: 'UNDO_UNSAFE', reason: 'INTO_MERGED', intoId: b });
    await staff(UNDO, { id: b });
    expect((await staff(UNDO, { id: a })).undoClueDecision.status).toBe('SUBMITTED');
  });

  it('refuses a clue that is new, accepted or referred, an unknown clue, and any caller but staff', async () => {
    const fresh = await submitted();
    expect(await refused(UNDO, { id: fresh })).toMatchObject({ code: 'INVALID_PHASE', status: 'SUBMITTED' });
    const referred = await submitted();
    await staff('mutation($input: ReferClueInput!) { referClue(input: $input) { id } }', { input: { clueId: referred, departmentId } });
    expect(await refused(UNDO, { id: referred })).toMatchObject({ code: 'INVALID_PHASE', status: 'REFERRED' });
    expect(await refused(UNDO, { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ code: 'NOT_FOUND' });
    const rejected = await submitted();
    await staff(REJECT, { input: { clueId: rejected, reason: 'OTHER' } });
    expect(await refused(UNDO, { id: rejected }, host)).toMatchObject({ code: 'FORBIDDEN' });
    const anonymous = await server.gql(UNDO, { id: rejected });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('offers no window when undoing is switched off (CLUE_UNDO_HOURS=0) or the decision is final', () => {
    const decidedAt = new Date();
    expect(undoUntil({ status: 'REJECTED', decidedAt }, 0)).toBeNull();
    expect(undoUntil({ status: 'REFERRED', decidedAt }, 24)).toBeNull();
    expect(undoUntil({ status: 'MERGED', decidedAt: null }, 24)).toBeNull();
    expect(undoUntil({ status: 'MERGED', decidedAt }, 1)?.getTime()).toBe(decidedAt.getTime() + 3_600_000);
  });
});

describe('a referred clue becomes a follow-up item', () => {
  it('names the item made from it', async () => {
    const id = await submitted();
    await staff('mutation($input: ReferClueInput!) { referClue(input: $input) { id } }', { input: { clueId: id, departmentId } });
    expect((await clue(id)).followUpId).toBeNull();
    const { createFollowUpFromClue: item } = await staff(
      'mutation($input: FollowUpFromClueInput!) { createFollowUpFromClue(input: $input) { id } }',
      { input: { clueId: id, commitment: '一个月内修复', deadline: new Date(Date.now() + 30 * 86_400_000) } },
    );
    expect((await clue(id)).followUpId).toBe(item.id);
  });
});
