import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { startTestServer, type TestServer } from '../../test/harness.js';

const LIST = 'query($all: Boolean) { clueCategories(includeRetired: $all) { code name nameEn position active } }';
const CREATE = 'mutation($input: CreateClueCategoryInput!) { createClueCategory(input: $input) { code name nameEn position active } }';
const UPDATE = 'mutation($input: UpdateClueCategoryInput!) { updateClueCategory(input: $input) { code name nameEn position active } }';
const SUBMIT = 'mutation($input: SubmitClueInput!) { submitClue(input: $input) { id trackingCode } }';

type Category = { code: string; name: string; nameEn: string; position: number; active: boolean };

let server: TestServer;
let admin: string;
let host: string;

beforeAll(async () => {
  server = await startTestServer({ CLUES_PER_10_MINUTES_PER_ADDRESS: '1000' });
  [admin, host] = await Promise.all([server.login('admin'), server.login('host')]);
});
afterAll(async () => {
  await server?.stop();
});

async function staff<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await server.gql<T>(query, variables, { token: admin });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

async function list(all = false): Promise<Category[]> {
  return (await server.gql<{ clueCategories: Category[] }>(LIST, { all })).data!.clueCategories;
}

async function submit(category: string) {
  const device = (await server.gql<{ registerDevice: string }>('mutation { registerDevice }')).data!.registerDevice;
  const input = { title: '夜间施工噪音扰民', description: '滨江路工地每晚十一点以后仍在施工，附近居民无法休息。', category };
  return server.gql<{ submitClue: { id: string; trackingCode: string } }>(SUBMIT, { input }, { device });
}

describe('clue categories', () => {
  it('start as the former fourteen and four more, in order, 其他 last, for everyone', async () => {
    const categories = await list();
    expect(categories).toHaveLength(18);
    expect(categories.map((c) => c.position)).toEqual(categories.map((_, i) => i + 1));
    expect(categories[0]).toEqual({ code: 'PROPERTY_SERVICE', name: '物业服务', nameEn: 'Property services', position: 1, active: true });
    expect(categories.at(-1)).toMatchObject({ code: 'OTHER', name: '其他' });
    expect(categories.map((c) => c.name)).toEqual(expect.arrayContaining(['就业创业', '安全生产', '食品药品', '行政司法']));
  });

  it('are kept by administrators only', async () => {
    const input = { code: 'NOISE', name: '噪音扰民', nameEn: 'Noise' };
    const anonymous = await server.gql(CREATE, { input });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const byHost = await server.gql(CREATE, { input }, { token: host });
    expect(byHost.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const update = await server.gql(UPDATE, { input: { code: 'OTHER', active: false } });
    expect(update.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await list()).some((c) => c.code === 'NOISE')).toBe(false);
  });

  it('can be added, at the end or at a place, audited; a duplicate code is a CONFLICT', async () => {
    const created = await staff<{ createClueCategory: Category }>(CREATE, { input: { code: 'NOISE', name: '噪音扰民', nameEn: 'Noise' } });
    expect(created.createClueCategory).toEqual({ code: 'NOISE', name: '噪音扰民', nameEn: 'Noise', position: 19, active: true });
    const placed = await staff<{ createClueCategory: Category }>(CREATE, {
      input: { code: 'PETS', name: '宠物管理', nameEn: 'Pets', position: 2 },
    });
    expect(placed.createClueCategory.position).toBe(2);
    const categories = await list();
    expect(categories.slice(0, 3).map((c) => c.code)).toEqual(['PROPERTY_SERVICE', 'PETS', 'MAINTENANCE_FUND']);
    expect(categories.map((c) => c.position)).toEqual(categories.map((_, i) => i + 1));

    const duplicate = await server.gql(CREATE, { input: { code: 'NOISE', name: '噪声', nameEn: 'Noise again' } }, { token: admin });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'code' });
    const sameName = await server.gql(CREATE, { input: { code: 'NOISE_2', name: '噪音扰民', nameEn: 'Noise' } }, { token: admin });
    expect(sameName.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });

    const audit = await server.orm.em.fork().findOneOrFail(AuditEntry, { action: 'clueCategory.create', subjectId: 'NOISE' });
    expect(audit.detail).toMatchObject({ name: '噪音扰民', nameEn: 'Noise' });
  });

  it('checks codes and names', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ code: 'noise', name: '噪音', nameEn: 'Noise' }, 'code'],
      [{ code: '1NOISE', name: '噪音', nameEn: 'Noise' }, 'code'],
      [{ code: 'X'.repeat(41), name: '噪音', nameEn: 'Noise' }, 'code'],
      [{ code: 'LONG_NAME', name: '很长'.repeat(11), nameEn: 'Long' }, 'name'],
      [{ code: 'NO_NAME', name: '', nameEn: 'Nameless' }, 'name'],
      [{ code: 'BLANK_NAME', name: '   ', nameEn: 'Blank' }, 'name'],
      [{ code: 'NO_EN', name: '无英文', nameEn: '' }, 'nameEn'],
      [{ code: 'LONG_EN', name: '长英文', nameEn: 'x'.repeat(41) }, 'nameEn'],
    ];
    for (const [input, field] of cases) {
      const result = await server.gql(CREATE, { input }, { token: admin });
      expect(result.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const unknown = await server.gql(UPDATE, { input: { code: 'NOPE', name: '无' } }, { token: admin });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('can be renamed and moved, the others renumbered', async () => {
    const renamed = await staff<{ updateClueCategory: Category }>(UPDATE, {
      input: { code: 'NOISE', name: '噪声污染', nameEn: 'Noise pollution', position: 1 },
    });
    expect(renamed.updateClueCategory).toMatchObject({ name: '噪声污染', nameEn: 'Noise pollution', position: 1 });
    const categories = await list();
    expect(categories.slice(0, 2).map((c) => c.code)).toEqual(['NOISE', 'PROPERTY_SERVICE']);
    expect(categories.map((c) => c.position)).toEqual(categories.map((_, i) => i + 1));
    const audit = await server.orm.em.fork().findOneOrFail(AuditEntry, { action: 'clueCategory.update', subjectId: 'NOISE' });
    expect(audit.detail).toMatchObject({ name: { from: '噪音扰民', to: '噪声污染' } });
  });

  it('names the category in every view and the export, from the data', async () => {
    const sent = await submit('NOISE');
    expect(sent.errors).toBeUndefined();
    const { clue } = await staff('query($id: ID!) { clue(id: $id) { category categoryName categoryNameEn } }', {
      id: sent.data!.submitClue.id,
    });
    expect(clue).toEqual({ category: 'NOISE', categoryName: '噪声污染', categoryNameEn: 'Noise pollution' });
    const tracked = await server.gql('query($code: String!) { trackClue(code: $code) { category categoryName categoryNameEn } }', {
      code: sent.data!.submitClue.trackingCode,
    });
    expect(tracked.data.trackClue).toEqual(clue);
    const stats = await server.gql('{ clueStats { categories { category categoryName categoryNameEn count } } }');
    expect(stats.data.clueStats.categories).toContainEqual({ ...clue, count: 1 });
    const board = await staff('query($filter: ClueFilter) { clues(first: 10, filter: $filter) { totalCount } }', {
      filter: { category: 'NOISE' },
    });
    expect(board.clues.totalCount).toBe(1);

    for (const [language, name] of [
      ['zh', '噪声污染'],
      ['en', 'Noise pollution'],
    ] as const) {
      const response = await fetch(`${server.url}/exports/clues.xlsx?category=NOISE&lang=${language}`, {
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      expect(workbook.worksheets[0]!.getRow(2).values as unknown[]).toContain(name);
    }
  });

  it('once retired, are no longer offered nor accepted on submit, but stay for their clues', async () => {
    const retired = await staff<{ updateClueCategory: Category }>(UPDATE, { input: { code: 'NOISE', active: false } });
    expect(retired.updateClueCategory.active).toBe(false);
    expect((await list()).some((c) => c.code === 'NOISE')).toBe(false);
    expect((await list(true)).find((c) => c.code === 'NOISE')).toMatchObject({ active: false, position: 1 });

    const refused = await submit('NOISE');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'category' });
    const unknown = await submit('NOT_A_CATEGORY');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'category' });

    const board = await staff('query($filter: ClueFilter) { clues(first: 10, filter: $filter) { nodes { categoryName } } }', {
      filter: { category: 'NOISE' },
    });
    expect(board.clues.nodes).toEqual([{ categoryName: '噪声污染' }]);

    await staff(UPDATE, { input: { code: 'NOISE', active: true } });
    expect((await submit('NOISE')).errors).toBeUndefined();
  });
});
