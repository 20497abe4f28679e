import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick } from 'vue';
import { i18n } from '../../../i18n';
import type { RosterEntry } from './useOnlineRoster';

// The online roster against a stand-in GraphQL client: what it sends, and what it makes of the answers.
const server = vi.hoisted(() => ({
  requests: [] as { operation: string; variables: Record<string, unknown> }[],
  /** Operation name → the answer it gets next (default: a fitting success). */
  answers: new Map<string, { data?: unknown; error?: unknown }>(),
  roster: [] as unknown[],
}));

vi.mock('../../../graphql/client', async () => {
  const { cannedClient } = await import('./cannedClient.test-support');
  return cannedClient(server, (operation, variables) => {
    if (operation === 'AdminOnlineRoster') return { data: { onlineRoster: server.roster } };
    if (operation === 'AdminImportOnlineRoster') {
      const { people, append } = variables.input as { people: { name: string; phone: string }[]; append: boolean };
      const added = people.map((p, i) => ({
        id: `r${server.roster.length + i}`,
        name: p.name,
        maskedPhone: `${p.phone.slice(0, 3)}****${p.phone.slice(-4)}`,
      }));
      server.roster = append ? [...server.roster, ...added] : added;
      return { data: { importOnlineRoster: server.roster.length } };
    }
    throw new Error(`no answer for ${operation}`);
  });
});

const { useOnlineRoster, ROSTER_PAGE_SIZE, ROSTER_PART } = await import('./useOnlineRoster');

const entry = (i: number, name = `人员${i}`): RosterEntry => ({ id: `e${i}`, name, maskedPhone: `139****${String(i).padStart(4, '0')}` });

const refusal = (code: string, field?: string) =>
  new CombinedError({ graphQLErrors: [new GraphQLError('server text', { extensions: { code, ...(field ? { field } : {}) } })] });

function mount() {
  const changed = vi.fn();
  const scope = effectScope();
  const roster = scope.run(() => useOnlineRoster('s1', changed))!;
  return { roster, changed, stop: () => scope.stop() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const sent = (operation: string) => server.requests.filter((r) => r.operation === operation).map((r) => r.variables);
const csv = (text: string, name = 'roster.csv') => Object.assign(new Blob([text]), { name });

beforeEach(() => {
  server.requests.length = 0;
  server.answers.clear();
  server.roster = [];
});

afterEach(() => {
  vi.restoreAllMocks();
  i18n.global.locale.value = 'zh-CN';
});

describe('useOnlineRoster', () => {
  it('reads the roster, searches it by name and shows it a page at a time', async () => {
    server.roster = [...Array.from({ length: 45 }, (_, i) => entry(i + 1)), entry(46, '王建华')];
    const { roster, stop } = mount();
    expect(roster.status.value).toBe('loading');
    await settle();
    expect(roster.status.value).toBe('ready');
    expect(roster.pageEntries.value).toHaveLength(ROSTER_PAGE_SIZE);
    roster.page.value = 3;
    expect(roster.pageEntries.value.map((e) => e.id)).toEqual(['e41', 'e42', 'e43', 'e44', 'e45', 'e46']);
    roster.search.value = '王';
    await nextTick();
    expect(roster.page.value).toBe(1);
    expect(roster.pageEntries.value.map((e) => e.name)).toEqual(['王建华']);
    stop();
  });

  it('says when the roster cannot be read', async () => {
    server.answers.set('AdminOnlineRoster', { error: new CombinedError({ networkError: new Error('offline') }) });
    const { roster, stop } = mount();
    await settle();
    expect(roster.status.value).toBe('error');
    expect(roster.loadError.value?.message).toBeTruthy();
    stop();
  });

  it('imports a pasted list after checking it: cleaned numbers, the list read again, the draft cleared', async () => {
    const { roster, stop } = mount();
    await settle();
    roster.source.value = 'paste';
    roster.pastedText.value = '王建华,138 0013 8000\n李秀英\t+86 139-0013-9000';
    expect(roster.draftRows.value?.map((r) => r.problems.length)).toEqual([0, 0]);
    expect(await roster.importDraft()).toBe(2);
    expect(sent('AdminImportOnlineRoster')).toEqual([
      {
        input: {
          sessionId: 's1',
          people: [
            { name: '王建华', phone: '13800138000' },
            { name: '李秀英', phone: '13900139000' },
          ],
          append: false,
        },
      },
    ]);
    expect(roster.entries.value.map((e) => e.maskedPhone)).toEqual(['138****8000', '139****9000']);
    expect(roster.pastedText.value).toBe('');
    expect(roster.draftRows.value).toBeNull();
    expect(roster.draftError.value).toBeNull();
    stop();
  });

  it('sends a long list in parts under the body limit: the first replaces the roster, the others add to it', async () => {
    const { roster, stop } = mount();
    await settle();
    roster.source.value = 'paste';
    const count = ROSTER_PART * 2 + 5;
    roster.pastedText.value = Array.from({ length: count }, (_, i) => `人员${i},139${String(i).padStart(8, '0')}`).join('\n');
    expect(await roster.importDraft()).toBe(count);
    const parts = sent('AdminImportOnlineRoster').map((v) => (v as { input: { people: unknown[]; append: boolean } }).input);
    expect(parts.map((p) => [p.people.length, p.append])).toEqual([
      [ROSTER_PART, false],
      [ROSTER_PART, true],
      [5, true],
    ]);
    stop();
  });

  it('imports nothing while a line has a problem, and says which line', async () => {
    const { roster, stop } = mount();
    await settle();
    roster.source.value = 'paste';
    roster.pastedText.value = '王建华,13800138000\n李秀英,1390013900';
    expect(roster.problemCount.value).toBe(1);
    expect(roster.prepare()).toBe(false);
    expect(await roster.importDraft()).toBeNull();
    expect(sent('AdminImportOnlineRoster')).toEqual([]);
    expect(roster.draftError.value).toBe('第 2 行有问题（共 1 行），请改正后再导入；本次未导入任何人');
    expect(roster.draftInvalid.value).toBe(true);
    expect(roster.preview.value.rows.find((r) => r.line === 2)?.problems.map((p) => p.key)).toEqual(['phoneInvalid']);
    // Fixing the line clears the message.
    roster.pastedText.value = '王建华,13800138000\n李秀英,13900139000';
    await nextTick();
    expect(roster.draftError.value).toBeNull();
    stop();
  });

  it('asks for people when nothing is chosen or pasted', async () => {
    const { roster, stop } = mount();
    await settle();
    expect(roster.prepare()).toBe(false);
    expect(roster.draftError.value).toBe('没有找到人员：请选择名册文件或粘贴名单');
    stop();
  });

  it('reads a chosen CSV file into the draft, and says why another file cannot be read', async () => {
    const { roster, stop } = mount();
    await settle();
    await roster.chooseFile(csv('姓名,手机号\n王建华,13800138000\n'));
    expect(roster.fileName.value).toBe('roster.csv');
    expect(roster.draftRows.value?.map((r) => [r.line, r.name])).toEqual([[2, '王建华']]);
    await roster.chooseFile(csv('x', '名册.xls'));
    expect(roster.draftRows.value).toBeNull();
    expect(roster.draftError.value).toBe('不能读取旧版 Excel 文件“名册.xls”，请在 Excel 中另存为 .xlsx 或 CSV 后再选择');
    expect(await roster.importDraft()).toBeNull();
    expect(sent('AdminImportOnlineRoster')).toEqual([]);
    // The pasted list is another draft, with its own state.
    roster.source.value = 'paste';
    expect(roster.draftError.value).toBeNull();
    stop();
  });

  it('shows the server’s refusal of one person on that person’s line', async () => {
    const { roster, stop } = mount();
    await settle();
    await roster.chooseFile(csv('姓名,手机号\n王建华,13800138000\n\n李秀英,13900139000\n'));
    server.answers.set('AdminImportOnlineRoster', { error: refusal('BAD_USER_INPUT', 'people.1.phone') });
    expect(await roster.importDraft()).toBeNull();
    expect(roster.draftError.value).toBe('第 4 行：服务器未接受这个手机号（须为 11 位大陆手机号，且不与其他行重复）。本次未导入任何人。');
    expect(roster.preview.value.rows.find((r) => r.line === 4)?.problems.map((p) => p.key)).toEqual(['phoneRefused']);
    expect(roster.problemCount.value).toBe(1);
    // The list was not read again: nothing changed.
    expect(sent('AdminOnlineRoster')).toHaveLength(1);
    stop();
  });

  it('says the session went live when the server refuses for that, and tells the page', async () => {
    const { roster, changed, stop } = mount();
    await settle();
    roster.source.value = 'paste';
    roster.pastedText.value = '王建华,13800138000';
    server.answers.set('AdminImportOnlineRoster', { error: refusal('INVALID_PHASE') });
    expect(await roster.importDraft()).toBeNull();
    expect(changed).toHaveBeenCalledOnce();
    expect(roster.draftError.value).toContain('当前状态下不能这样操作');
    expect(roster.draftInvalid.value).toBe(false);
    stop();
  });

  it('says plainly when the roster is too large for the server to take', async () => {
    const { roster, stop } = mount();
    await settle();
    roster.source.value = 'paste';
    roster.pastedText.value = '王建华,13800138000';
    server.answers.set('AdminImportOnlineRoster', {
      error: new CombinedError({
        graphQLErrors: [
          new GraphQLError('The request is larger than 100kb; send one smaller operation at a time.', {
            extensions: { code: 'BAD_REQUEST' },
          }),
        ],
      }),
    });
    expect(await roster.importDraft()).toBeNull();
    expect(roster.draftError.value).toContain('名册太大');
    i18n.global.locale.value = 'en';
    expect(roster.draftError.value).toContain('too large');
    stop();
  });
});
