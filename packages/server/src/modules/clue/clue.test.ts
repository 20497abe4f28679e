import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { nextValue, startTestServer, type TestServer } from '../../test/harness.js';
import { Clue, CluePhoto } from './clue.entity.js';
import { FileStore } from '../../storage/file-store.js';
import { PhotoSweeper } from './photo-sweeper.js';

const SUBMIT = 'mutation($input: SubmitClueInput!) { submitClue(input: $input) { id trackingCode } }';
const TRACK = `query($code: String!) { trackClue(code: $code) {
  trackingCode title status published supportCount publicReply rejectReason rejectNote departmentName
  session { title } mergedInto { title status } question { title phase departmentName result { outcome } }
  timeline { action at note } } }`;
const CLUE_FIELDS =
  'id trackingCode title status published phoneMasked submitterName anonymous supportCount questionId questionTitle department { shortName } mergedInto { id } rejectReason publicReply photos { id url width height } session { id }';
const BOARD = `query($first: Int, $after: String, $filter: ClueFilter) { clues(first: $first, after: $after, filter: $filter) { totalCount pageInfo { endCursor hasNextPage } nodes { ${CLUE_FIELDS} } } }`;
const PUBLIC =
  'query($search: String, $orderBy: PublicClueOrder, $sessionId: ID) { publicClues(search: $search, orderBy: $orderBy, sessionId: $sessionId) { totalCount nodes { id title supportCount supportedByMe status photos { url } } } }';
const SUPPORT = 'mutation($id: ID!) { supportClue(clueId: $id) { clueId supportCount } }';
const CALL = 'mutation($input: ClueCallInput!) { setClueCall(input: $input) { open opensAt closesAt session { id } } }';

const uploadDir = mkdtempSync(path.join(os.tmpdir(), 'wz-clue-photos-'));
let server: TestServer;
let admin: string;
let host: string;
let sessionId: string;
let departmentId: string;

const hour = 3_600_000;
const base = {
  title: '小区路灯长期不亮',
  description: '阳光花园 3 栋附近的路灯坏了三个月，晚上出行很不方便。',
  category: 'FACILITIES',
  location: '云溪县阳光花园',
};

async function device(): Promise<string> {
  const result = await server.gql<{ registerDevice: string }>('mutation { registerDevice }');
  return result.data!.registerDevice;
}

async function submit(input: Record<string, unknown>, deviceToken?: string) {
  return server.gql(SUBMIT, { input: { ...base, ...input } }, { device: deviceToken ?? (await device()) });
}

async function submitted(input: Record<string, unknown> = {}, deviceToken?: string): Promise<{ id: string; trackingCode: string }> {
  const result = await submit(input, deviceToken);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.submitClue;
}

async function staff(query: string, variables: Record<string, unknown> = {}) {
  const result = await server.gql(query, variables, { token: admin });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const rows = async (entity: typeof Clue | typeof CluePhoto | typeof AuditEntry) => server.orm.em.fork().count(entity as never, {});

async function uploadPhoto(bytes: Buffer, deviceToken?: string, type = 'image/jpeg') {
  const form = new FormData();
  form.append('photo', new Blob([new Uint8Array(bytes)], { type }), 'photo.jpg');
  const headers: Record<string, string> = deviceToken ? { 'x-public-device': deviceToken } : {};
  const response = await fetch(`${server.url}/uploads/clue-photos`, { method: 'POST', body: form, headers });
  return { status: response.status, body: (await response.json()) as any };
}

const photoWithGps = () =>
  sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#4a7' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneMaker', Model: 'Secret Model' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 10/1 0/1' } })
    .toBuffer();

beforeAll(async () => {
  server = await startTestServer({ CLUES_PER_10_MINUTES_PER_ADDRESS: '1000', UPLOAD_DIR: uploadDir });
  [admin, host] = await Promise.all([server.login('admin'), server.login('host')]);
  const created = await staff(
    'mutation { createSession(input: { title: "第一期", theme: "加强物业管理", scheduledAt: "2030-01-01T11:30:00Z" }) { id } }',
  );
  sessionId = created.createSession.id;
  await staff('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: sessionId });
  await staff(CALL, { input: { sessionId, opensAt: new Date(Date.now() - hour), closesAt: new Date(Date.now() + hour) } });
  departmentId = (await staff('{ departments(first: 10) { nodes { id shortName } } }')).departments.nodes.find(
    (d: { shortName: string }) => d.shortName === '住建局',
  ).id;
});
afterAll(async () => {
  await server?.stop();
});

describe('submitting a clue (the public, no account)', () => {
  it('accepts a general submission and answers with a tracking code', async () => {
    const clue = await submitted();
    expect(clue.trackingCode).toMatch(/^WZ[2-9A-HJ-NP-Z]{8}$/);
    const [row] = await server.orm.em.fork().find(Clue, { id: clue.id });
    expect(row).toMatchObject({ status: 'SUBMITTED', published: false, session: null });
  });

  it('accepts a submission to a session whose call is open', async () => {
    const clue = await submitted({ sessionId });
    const data = await staff('query($id: ID!) { clue(id: $id) { session { id } } }', { id: clue.id });
    expect(data.clue.session.id).toBe(sessionId);
  });

  it('refuses a submission without a device pass', async () => {
    const result = await server.gql(SUBMIT, { input: base });
    expect(result.errors?.[0]?.extensions.code).toBe('DEVICE_REQUIRED');
  });

  it('names the field of bad input and stores nothing', async () => {
    const before = await Promise.all([rows(Clue), rows(AuditEntry)]);
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '短' }, 'title'],
      [{ title: '          ' }, 'title'],
      [{ description: '太短了' }, 'description'],
      [{ description: '很长'.repeat(2000) }, 'description'],
      [{ phone: '12345' }, 'phone'],
      [{ latitude: 91, longitude: 120 }, 'latitude'],
      [{ latitude: 30 }, 'longitude'],
      [{ photoIds: ['00000000-0000-4000-8000-000000000000'] }, 'photoIds'],
      [{ photoIds: ['a', 'b', 'c', 'd'] }, 'photoIds'],
      [{ sessionId: 'not-a-session' }, 'sessionId'],
    ];
    for (const [input, field] of cases) {
      const result = await submit(input);
      expect(result.errors?.[0]?.extensions, JSON.stringify(input).slice(0, 80)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const category = await submit({ category: 'NOT_A_CATEGORY' });
    expect(category.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'category' });
    expect(await Promise.all([rows(Clue), rows(AuditEntry)])).toEqual(before);
  });

  it('says COLLECTION_CLOSED outside the call’s window, and before it opens', async () => {
    const other = (
      await staff('mutation { createSession(input: { title: "第二期", theme: "城市管理", scheduledAt: "2030-02-01T11:30:00Z" }) { id } }')
    ).createSession.id;
    await staff('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: other });
    const before = await rows(Clue);
    const none = await submit({ sessionId: other });
    expect(none.errors?.[0]).toMatchObject({ extensions: { code: 'COLLECTION_CLOSED' } });
    expect(none.errors?.[0]?.message).toMatch(/general submission/);
    await staff(CALL, { input: { sessionId: other, opensAt: new Date(Date.now() + hour), closesAt: new Date(Date.now() + 2 * hour) } });
    expect((await submit({ sessionId: other })).errors?.[0]?.extensions.code).toBe('COLLECTION_CLOSED');
    await staff(CALL, { input: { sessionId: other, opensAt: new Date(Date.now() - 2 * hour), closesAt: new Date(Date.now() - hour) } });
    expect((await submit({ sessionId: other })).errors?.[0]?.extensions.code).toBe('COLLECTION_CLOSED');
    expect(await rows(Clue)).toBe(before);
  });

  it('limits each device to a few clues in ten minutes (RATE_LIMITED), without storing the refused one', async () => {
    const token = await device();
    for (let i = 0; i < 5; i++) await submitted({ title: `限流测试第${i}条线索` }, token);
    const before = await rows(Clue);
    const refused = await submit({}, token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.errors?.[0]?.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(await rows(Clue)).toBe(before);
    expect((await submit({})).errors).toBeUndefined(); // another device on the same network still can
  });

  it('limits one network address loosely (RATE_LIMITED once the configured number is reached)', async () => {
    const small = await startTestServer({ CLUES_PER_10_MINUTES_PER_ADDRESS: '3' });
    try {
      const send = async () => {
        const token = (await small.gql('mutation { registerDevice }')).data.registerDevice;
        return small.gql(SUBMIT, { input: base }, { device: token });
      };
      for (let i = 0; i < 3; i++) expect((await send()).errors).toBeUndefined();
      expect((await send()).errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    } finally {
      await small.stop();
    }
  });

  it('keeps no name or phone for an anonymous clue, and masks a given phone number', async () => {
    const anonymous = await submitted({ anonymous: true, name: '张三', phone: '13812345678' });
    const named = await submitted({ name: '李四', phone: '138 1234 5678' });
    const em = server.orm.em.fork();
    const [a, n] = await Promise.all([em.findOneOrFail(Clue, anonymous.id), em.findOneOrFail(Clue, named.id)]);
    expect(a).toMatchObject({ submitterName: null, phoneMasked: null, phoneSealed: null });
    expect(n).toMatchObject({ submitterName: '李四', phoneMasked: '138****5678' });
    expect(n.phoneSealed).not.toContain('5678');
  });
});

describe('photos', () => {
  it('re-encodes an uploaded photo without its metadata (no GPS) and attaches it to the clue', async () => {
    const token = await device();
    const upload = await uploadPhoto(await photoWithGps(), token);
    expect(upload.status).toBe(201);
    expect(Math.max(upload.body.width, upload.body.height)).toBe(2048);
    const clue = await submitted({ photoIds: [upload.body.id] }, token);
    const data = await staff('query($id: ID!) { clue(id: $id) { photos { id url } } }', { id: clue.id });
    expect(data.clue.photos).toEqual([{ id: upload.body.id, url: `/uploads/clue-photos/${upload.body.id}` }]);
    const served = await fetch(server.url + data.clue.photos[0].url, { headers: { authorization: `Bearer ${admin}` } });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-security-policy')).toContain("default-src 'none'");
    const metadata = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect(metadata.exif).toBeUndefined();
  });

  it('refuses what is not a photo, an oversize file and an upload without a device pass', async () => {
    const token = await device();
    const before = await rows(CluePhoto);
    const text = await uploadPhoto(Buffer.from('<svg onload="alert(1)"></svg>'), token, 'image/jpeg');
    expect(text).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'photo' } }] } });
    const huge = await uploadPhoto(Buffer.alloc(11 * 1024 * 1024, 1), token);
    expect(huge.status).toBe(413);
    const anonymous = await uploadPhoto(await photoWithGps());
    expect(anonymous.body.errors[0].extensions.code).toBe('DEVICE_REQUIRED');
    expect(await rows(CluePhoto)).toBe(before);
  });

  it('lets only the uploading device attach a photo, and only once', async () => {
    const owner = await device();
    const { body } = await uploadPhoto(await photoWithGps(), owner);
    const stolen = await submit({ photoIds: [body.id] }, await device());
    expect(stolen.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'photoIds' });
    await submitted({ photoIds: [body.id] }, owner);
    const again = await submit({ photoIds: [body.id] }, owner);
    expect(again.errors?.[0]?.extensions.field).toBe('photoIds');
  });

  it('serves an unpublished clue’s photo to staff only, a published one to everyone', async () => {
    const token = await device();
    const { body } = await uploadPhoto(await photoWithGps(), token);
    const clue = await submitted({ photoIds: [body.id] }, token);
    const url = `${server.url}/uploads/clue-photos/${body.id}`;
    expect((await fetch(url)).status).toBe(404);
    await staff('mutation($id: ID!) { setCluePublished(clueId: $id, published: true) { id } }', { id: clue.id });
    expect((await fetch(url)).status).toBe(200);
  });

  it('sweeps photos never sent with a clue, rows and files', async () => {
    const { body } = await uploadPhoto(await photoWithGps(), await device());
    const store = new FileStore(uploadDir);
    expect(existsSync(store.pathOf(body.id))).toBe(true);
    const sweeper = new PhotoSweeper({ em: server.orm.em as never, files: store, logger: server.logger });
    sweeper.close();
    expect(await sweeper.sweep(60_000)).toBe(0); // younger than the age given: kept
    expect(await sweeper.sweep(0)).toBeGreaterThanOrEqual(1);
    expect(await server.orm.em.fork().findOne(CluePhoto, { id: body.id })).toBeNull();
    expect(existsSync(store.pathOf(body.id))).toBe(false);
  });
});

describe('tracking a clue by its code', () => {
  it('shows the status and public timeline, never personal data', async () => {
    const clue = await submitted({ name: '王五', phone: '13900001111', sessionId });
    const result = await server.gql(TRACK, { code: clue.trackingCode.toLowerCase() });
    expect(result.data.trackClue).toMatchObject({ trackingCode: clue.trackingCode, status: 'SUBMITTED', session: { title: '第一期' } });
    expect(result.data.trackClue.timeline.map((e: { action: string }) => e.action)).toEqual(['SUBMITTED']);
    expect(JSON.stringify(result.data)).not.toMatch(/王五|1111|13900001111/);
  });

  it('answers NOT_FOUND for an unknown code', async () => {
    const result = await server.gql(TRACK, { code: 'WZ22222222' });
    expect(result.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('triage (staff)', () => {
  it('lists clues newest first with masked phones, filtered and searchable (Chinese), page by page', async () => {
    const a = await submitted({ title: '垃圾分类设施不足', category: 'SANITATION', phone: '13711112222', sessionId });
    const data = await staff(BOARD, { first: 5, filter: { search: '分类设施', statuses: ['SUBMITTED'] } });
    expect(data.clues.nodes.map((n: { id: string }) => n.id)).toEqual([a.id]);
    expect(data.clues.nodes[0].phoneMasked).toBe('137****2222');
    const bySession = await staff(BOARD, { first: 200, filter: { sessionId, category: 'SANITATION' } });
    expect(bySession.clues.nodes.every((n: { session: { id: string } }) => n.session.id === sessionId)).toBe(true);
    const seen = new Set<string>();
    let after: string | undefined;
    let total = 0;
    do {
      const page = await staff(BOARD, { first: 3, after });
      total = page.clues.totalCount;
      page.clues.nodes.forEach((n: { id: string }) => seen.add(n.id));
      after = page.clues.pageInfo.hasNextPage ? page.clues.pageInfo.endCursor : undefined;
    } while (after);
    expect(seen.size).toBe(total);
  });

  it('refuses the board to other roles and to anonymous callers', async () => {
    expect((await server.gql(BOARD, {}, { token: host })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await server.gql(BOARD, {})).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const clue = await submitted();
    const reject = await server.gql(
      'mutation($id: ID!) { rejectClue(input: { clueId: $id, reason: OTHER }) { id } }',
      { id: clue.id },
      { token: host },
    );
    expect(reject.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('accepts a clue as a new question appended to the running order, and shows it on the tracking page', async () => {
    const clue = await submitted({ sessionId });
    const data = await staff(`mutation($input: AcceptClueInput!) { acceptClue(input: $input) { ${CLUE_FIELDS} } }`, {
      input: {
        clueId: clue.id,
        newQuestion: {
          title: '路灯何时修好？',
          body: '多处路灯长期不亮。',
          questioner: '县人大代表 王建华',
          departmentId,
          respondent: '县住建局局长',
        },
      },
    });
    expect(data.acceptClue).toMatchObject({ status: 'ACCEPTED', questionTitle: '路灯何时修好？', department: { shortName: '住建局' } });
    const session = await staff('query($id: ID!) { session(id: $id) { questions { id title } } }', { id: sessionId });
    expect(session.session.questions.map((q: { id: string }) => q.id)).toContain(data.acceptClue.questionId);
    const tracked = (await server.gql(TRACK, { code: clue.trackingCode })).data.trackClue;
    expect(tracked).toMatchObject({
      status: 'ACCEPTED',
      question: { title: '路灯何时修好？', phase: 'PENDING', departmentName: '县住房和城乡建设局' },
    });
    expect(tracked.timeline.map((e: { action: string; note: string }) => [e.action, e.note])).toEqual([
      ['SUBMITTED', null],
      ['ACCEPTED', '路灯何时修好？'],
    ]);
  });

  it('accepts a clue into an existing question; a general submission joins that question’s session', async () => {
    const questions = await staff('query($id: ID!) { session(id: $id) { questions { id } } }', { id: sessionId });
    const clue = await submitted();
    const data = await staff(`mutation($input: AcceptClueInput!) { acceptClue(input: $input) { ${CLUE_FIELDS} } }`, {
      input: { clueId: clue.id, questionId: questions.session.questions[0].id },
    });
    expect(data.acceptClue).toMatchObject({ status: 'ACCEPTED', session: { id: sessionId } });
  });

  it('refuses a second decision on the same clue with INVALID_PHASE', async () => {
    const clue = await submitted();
    await staff('mutation($id: ID!) { rejectClue(input: { clueId: $id, reason: ALREADY_RESOLVED, note: "已由街道解决" }) { id } }', {
      id: clue.id,
    });
    const again = await server.gql(
      'mutation($input: ReferClueInput!) { referClue(input: $input) { id } }',
      { input: { clueId: clue.id, departmentId } },
      { token: admin },
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_PHASE', status: 'REJECTED' });
    const publish = await server.gql(
      'mutation($id: ID!) { setCluePublished(clueId: $id, published: true) { id } }',
      { id: clue.id },
      { token: admin },
    );
    expect(publish.errors?.[0]?.extensions.code).toBe('INVALID_PHASE');
    const tracked = (await server.gql(TRACK, { code: clue.trackingCode })).data.trackClue;
    expect(tracked).toMatchObject({ status: 'REJECTED', rejectReason: 'ALREADY_RESOLVED', rejectNote: '已由街道解决' });
  });

  it('asks for a question or a new one, not both or neither', async () => {
    const clue = await submitted();
    const neither = await server.gql(
      'mutation($input: AcceptClueInput!) { acceptClue(input: $input) { id } }',
      { input: { clueId: clue.id } },
      { token: admin },
    );
    expect(neither.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questionId' });
    const general = await server.gql(
      'mutation($input: AcceptClueInput!) { acceptClue(input: $input) { id } }',
      {
        input: { clueId: clue.id, newQuestion: { title: '问题', body: '内容', questioner: '代表', departmentId, respondent: '局长' } },
      },
      { token: admin },
    );
    expect(general.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sessionId' });
    const [row] = await server.orm.em.fork().find(Clue, { id: clue.id });
    expect(row!.status).toBe('SUBMITTED');
  });

  it('refers a clue to a department and merges a duplicate, moving its supporters', async () => {
    const original = await submitted({ title: '电梯停运半年无人修' });
    const duplicate = await submitted({ title: '电梯停运半年了没人修理' });
    for (const id of [original.id, duplicate.id])
      await staff('mutation($id: ID!) { setCluePublished(clueId: $id, published: true) { id } }', { id });
    const shared = await device();
    await server.gql(SUPPORT, { id: original.id }, { device: shared });
    await server.gql(SUPPORT, { id: duplicate.id }, { device: shared });
    await server.gql(SUPPORT, { id: duplicate.id }, { device: await device() });

    const suggestions = await staff('query($id: ID!) { clueDuplicates(clueId: $id) { clue { id } similarity samePlace } }', {
      id: duplicate.id,
    });
    expect(suggestions.clueDuplicates.map((d: { clue: { id: string } }) => d.clue.id)).toContain(original.id);

    const merged = await staff(`mutation($id: ID!, $into: ID!) { mergeClue(clueId: $id, intoId: $into) { ${CLUE_FIELDS} } }`, {
      id: duplicate.id,
      into: original.id,
    });
    expect(merged.mergeClue).toMatchObject({ status: 'MERGED', published: false, mergedInto: { id: original.id } });
    const board = await staff(`query($id: ID!) { clue(id: $id) { supportCount } }`, { id: original.id });
    expect(board.clue.supportCount).toBe(2); // the shared device counts once

    const referred = await staff(`mutation($input: ReferClueInput!) { referClue(input: $input) { ${CLUE_FIELDS} } }`, {
      input: { clueId: original.id, departmentId, note: '请住建局核实处理' },
    });
    expect(referred.referClue).toMatchObject({ status: 'REFERRED', department: { shortName: '住建局' } });
    const self = await server.gql(
      'mutation($id: ID!) { mergeClue(clueId: $id, intoId: $id) { id } }',
      { id: original.id },
      { token: admin },
    );
    expect(self.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('shows the whole phone number only on an explicit, audited reveal', async () => {
    const clue = await submitted({ phone: '13566667777' });
    const list = await staff(BOARD, { first: 1 });
    expect(JSON.stringify(list)).not.toContain('13566667777');
    const before = await server.orm.em.fork().count(AuditEntry, { action: 'clue.revealPhone', subjectId: clue.id });
    const revealed = await staff('mutation($id: ID!) { revealCluePhone(clueId: $id) }', { id: clue.id });
    expect(revealed.revealCluePhone).toBe('13566667777');
    expect(await server.orm.em.fork().count(AuditEntry, { action: 'clue.revealPhone', subjectId: clue.id })).toBe(before + 1);
    expect(
      (await server.gql('mutation($id: ID!) { revealCluePhone(clueId: $id) }', { id: clue.id }, { token: host })).errors?.[0]?.extensions
        .code,
    ).toBe('FORBIDDEN');
  });

  it('publishes a reply to the tracking page', async () => {
    const clue = await submitted();
    await staff('mutation($input: ReplyToClueInput!) { replyToClue(input: $input) { id } }', {
      input: { clueId: clue.id, reply: '已安排维修，预计下周完成。' },
    });
    const empty = await server.gql(
      'mutation($input: ReplyToClueInput!) { replyToClue(input: $input) { id } }',
      { input: { clueId: clue.id, reply: '   ' } },
      { token: admin },
    );
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reply' });
    const tracked = (await server.gql(TRACK, { code: clue.trackingCode })).data.trackClue;
    expect(tracked.publicReply).toBe('已安排维修，预计下周完成。');
    expect(tracked.timeline.at(-1)).toMatchObject({ action: 'REPLIED', note: '已安排维修，预计下周完成。' });
  });

  it('feeds new clues to the board live', async () => {
    const client = server.ws({ token: admin });
    const feed = client.iterate<{ clueSubmitted: { title: string; phoneMasked: string } }>({
      query: 'subscription { clueSubmitted { title phoneMasked } }',
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await submitted({ title: '实时推送测试线索', phone: '13800001234' });
    const event = await nextValue(feed);
    expect(event.data?.clueSubmitted).toEqual({ title: '实时推送测试线索', phoneMasked: '138****1234' });
    await feed.return?.();
  });

  it('validates a call’s window', async () => {
    const both = await server.gql(CALL, { input: { sessionId, opensAt: new Date(Date.now() + hour), closesAt: null } }, { token: admin });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closesAt' });
    const backwards = await server.gql(
      CALL,
      { input: { sessionId, opensAt: new Date(Date.now() + hour), closesAt: new Date() } },
      { token: admin },
    );
    expect(backwards.errors?.[0]?.extensions.field).toBe('closesAt');
    const call = await server.gql('query($id: ID!) { clueCall(sessionId: $id) { open } }', { id: sessionId });
    expect(call.data.clueCall.open).toBe(true);
  });
});

describe('the public list and 附议', () => {
  it('shows only published clues, searchable, most supported first, and lets a device support once', async () => {
    const hidden = await submitted({ title: '未公开的停车问题线索' });
    const shown = await submitted({ title: '公开的停车难问题线索' });
    await staff('mutation($id: ID!) { setCluePublished(clueId: $id, published: true) { id } }', { id: shown.id });
    const found = await server.gql(PUBLIC, { search: '停车' });
    const ids = found.data.publicClues.nodes.map((n: { id: string }) => n.id);
    expect(ids).toContain(shown.id);
    expect(ids).not.toContain(hidden.id);

    const phone = await device();
    const first = await server.gql(SUPPORT, { id: shown.id }, { device: phone });
    expect(first.data.supportClue.supportCount).toBe(1);
    const second = await server.gql(SUPPORT, { id: shown.id }, { device: phone });
    expect(second.errors?.[0]?.extensions.code).toBe('ALREADY_SUPPORTED');
    expect((await server.gql(SUPPORT, { id: hidden.id }, { device: phone })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await server.gql(SUPPORT, { id: shown.id })).errors?.[0]?.extensions.code).toBe('DEVICE_REQUIRED');
    await server.gql(SUPPORT, { id: shown.id }, { device: await device() });

    const mine = await server.gql(PUBLIC, { search: '公开的停车难', orderBy: 'MOST_SUPPORTED' }, { device: phone });
    expect(mine.data.publicClues.nodes[0]).toMatchObject({ id: shown.id, supportCount: 2, supportedByMe: true });
    const ranked = await server.gql(PUBLIC, { orderBy: 'MOST_SUPPORTED' });
    const counts = ranked.data.publicClues.nodes.map((n: { supportCount: number }) => n.supportCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('publishes moderation statistics that add up', async () => {
    const { clueStats } = (
      await server.gql(
        'query($id: ID) { clueStats(sessionId: $id) { received pending accepted merged rejected referred published rejectReasons { reason count } categories { category count } } }',
        { id: null },
      )
    ).data;
    const em = server.orm.em.fork();
    expect(clueStats.received).toBe(await em.count(Clue, {}));
    expect(clueStats.pending + clueStats.accepted + clueStats.merged + clueStats.rejected + clueStats.referred).toBe(clueStats.received);
    expect(clueStats.rejected).toBe(await em.count(Clue, { status: 'REJECTED' }));
    expect(clueStats.rejectReasons).toContainEqual({ reason: 'ALREADY_RESOLVED', count: 1 });
    expect(clueStats.categories.reduce((sum: number, c: { count: number }) => sum + c.count, 0)).toBe(clueStats.received);
  });
});

describe('the Excel export', () => {
  it('exports the board’s current filter with masked phones, for admins only', async () => {
    await submitted({ title: '导出测试：楼道堆物', category: 'FIRE_SAFETY', phone: '13122223333', name: '赵六' });
    const url = `${server.url}/exports/clues.xlsx?category=FIRE_SAFETY&search=${encodeURIComponent('楼道堆物')}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${admin}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('查询码');
    expect(sheet.rowCount).toBe(2);
    const row = sheet.getRow(2).values as unknown[];
    expect(row).toContain('导出测试：楼道堆物');
    expect(row).toContain('消防安全');
    expect(row).toContain('131****3333');
    expect(JSON.stringify(row)).not.toContain('13122223333');

    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: `Bearer ${host}` } })).status).toBe(403);
    const bad = await fetch(`${server.url}/exports/clues.xlsx?statuses=NOPE`, { headers: { authorization: `Bearer ${admin}` } });
    expect(bad.status).toBe(400);
  });
});
