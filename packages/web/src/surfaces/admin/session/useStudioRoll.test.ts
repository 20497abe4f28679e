import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import type { RollMember } from './useStudioRoll';

// The roll against a stand-in GraphQL client: what it sends, and what it makes of the answers.
const server = vi.hoisted(() => ({
  requests: [] as { operation: string; variables: Record<string, unknown> }[],
  /** Operation name → the answer it gets next (default: a fitting success). */
  answers: new Map<string, { data?: unknown; error?: unknown }>(),
  roll: [] as unknown[],
  representatives: [] as unknown[],
}));

vi.mock('../../../graphql/client', async () => {
  const { cannedClient } = await import('./cannedClient.test-support');
  return cannedClient(server, (operation) => {
    if (operation === 'AdminStudioRoll') return { data: { studioRoll: server.roll } };
    if (operation === 'AdminRollRepresentatives') return { data: { accounts: { nodes: server.representatives } } };
    if (operation === 'AdminRemoveFromRoll') return { data: { removeFromRoll: true } };
    throw new Error(`no answer for ${operation}`);
  });
});

const { useStudioRoll } = await import('./useStudioRoll');

const member = (seat: number, change: Partial<RollMember> = {}): RollMember => ({
  id: `m${seat}`,
  name: `代表${seat}`,
  accountId: null,
  accountName: null,
  seatLabel: `${seat}号席`,
  seatCode: `CODE${String(seat).padStart(2, '0')}`,
  seatClaimed: false,
  ...change,
});

const refusal = (code: string, field?: string) =>
  new CombinedError({ graphQLErrors: [new GraphQLError('server text', { extensions: { code, ...(field ? { field } : {}) } })] });

function mount() {
  const changed = vi.fn();
  const scope = effectScope();
  const roll = scope.run(() => useStudioRoll('s1', changed))!;
  return { roll, changed, stop: () => scope.stop() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const sent = (operation: string) => server.requests.filter((r) => r.operation === operation).map((r) => r.variables);

beforeEach(() => {
  server.requests.length = 0;
  server.answers.clear();
  server.roll = [];
  server.representatives = [];
});

afterEach(() => vi.restoreAllMocks());

describe('useStudioRoll', () => {
  it('reads the roll in seat order, with its size and claimed seats', async () => {
    server.roll = [member(10), member(2, { seatClaimed: true }), member(1)];
    const { roll, stop } = mount();
    expect(roll.status.value).toBe('loading');
    await settle();
    expect(roll.status.value).toBe('ready');
    expect(roll.members.value.map((m) => m.seatLabel)).toEqual(['1号席', '2号席', '10号席']);
    expect(roll.size.value).toBe(3);
    expect(roll.claimedCount.value).toBe(1);
    expect(sent('AdminStudioRoll')).toEqual([{ sessionId: 's1' }]);
    stop();
  });

  it('shows a roll that cannot be read as an error to retry', async () => {
    server.answers.set('AdminStudioRoll', { error: refusal('FORBIDDEN') });
    const { roll, stop } = mount();
    await settle();
    expect(roll.status.value).toBe('error');
    expect(roll.loadError.value?.message).toBe('您没有权限执行此操作。');
    await roll.load();
    expect(roll.status.value).toBe('ready');
    stop();
  });

  it('adds the pasted names, trimmed and without empty lines, and says the roll changed', async () => {
    const { roll, changed, stop } = mount();
    await settle();
    roll.namesText.value = ' 王建华 \n\n李秀英\n';
    expect(roll.pastedNames.value).toHaveLength(2);
    server.answers.set('AdminAddToRoll', { data: { addToRoll: [member(1, { name: '王建华' }), member(2, { name: '李秀英' })] } });
    expect(await roll.addNames()).toBe(2);
    expect(sent('AdminAddToRoll')).toEqual([{ input: { sessionId: 's1', people: [{ name: '王建华' }, { name: '李秀英' }] } }]);
    expect(roll.members.value.map((m) => m.name)).toEqual(['王建华', '李秀英']);
    expect(roll.namesText.value).toBe('');
    expect(changed).toHaveBeenCalledOnce();
    stop();
  });

  it('checks the pasted names before sending them', async () => {
    const { roll, stop } = mount();
    await settle();
    expect(await roll.addNames()).toBeNull();
    expect(roll.fieldErrors.value.names).toBe('请至少填写一个姓名');
    roll.namesText.value = `王建华\n${'李'.repeat(61)}`;
    expect(await roll.addNames()).toBeNull();
    expect(roll.fieldErrors.value.names).toBe('第 2 行的姓名超过 60 个字');
    expect(sent('AdminAddToRoll')).toEqual([]);
    stop();
  });

  it('puts a name the server refuses on its line, and keeps the text to fix', async () => {
    const { roll, changed, stop } = mount();
    await settle();
    roll.namesText.value = '王建华\n\n李秀英';
    server.answers.set('AdminAddToRoll', { error: refusal('BAD_USER_INPUT', 'people.1.name') });
    expect(await roll.addNames()).toBeNull();
    expect(roll.fieldErrors.value.names).toMatch(/^第 3 行/);
    expect(roll.namesText.value).toBe('王建华\n\n李秀英');
    expect(changed).not.toHaveBeenCalled();
    stop();
  });

  it('offers only representatives not yet on the roll, and adds the picked ones by account', async () => {
    server.roll = [member(1, { accountId: 'a1', accountName: '县人大代表 王建华' })];
    server.representatives = [
      { id: 'a1', username: 'daibiao.wang', displayName: '县人大代表 王建华' },
      { id: 'a2', username: 'rep', displayName: '测试代表' },
    ];
    const { roll, stop } = mount();
    await settle();
    await roll.searchRepresentatives('  代表 ');
    expect(sent('AdminRollRepresentatives')).toEqual([{ search: '代表' }]);
    expect(roll.representatives.value.map((a) => a.id)).toEqual(['a2']);

    roll.pickedAccountIds.value = ['a2'];
    // A later search that leaves the picked account out still shows it, by name.
    server.representatives = [];
    await roll.searchRepresentatives('张');
    expect(roll.representatives.value.map((a) => a.displayName)).toEqual(['测试代表']);

    server.answers.set('AdminAddToRoll', {
      data: { addToRoll: [member(2, { name: '测试代表', accountId: 'a2', accountName: '测试代表' })] },
    });
    expect(await roll.addAccounts()).toBe(1);
    expect(sent('AdminAddToRoll')).toEqual([{ input: { sessionId: 's1', people: [{ name: '', accountId: 'a2' }] } }]);
    expect(roll.pickedAccountIds.value).toEqual([]);
    expect(roll.size.value).toBe(2);
    stop();
  });

  it('names the account the server refuses as already on the roll, and reads the roll again', async () => {
    server.representatives = [{ id: 'a2', username: 'rep', displayName: '测试代表' }];
    const { roll, changed, stop } = mount();
    await settle();
    expect(await roll.addAccounts()).toBeNull();
    expect(roll.fieldErrors.value.accounts).toBe('请至少选择一个代表账号');

    await roll.searchRepresentatives();
    roll.pickedAccountIds.value = ['a2'];
    server.answers.set('AdminAddToRoll', { error: refusal('CONFLICT', 'people.0.accountId') });
    server.roll = [member(1, { accountId: 'a2', accountName: '测试代表' })];
    expect(await roll.addAccounts()).toBeNull();
    expect(roll.fieldErrors.value.accounts).toBe('“测试代表”已在名册上');
    await settle();
    expect(sent('AdminStudioRoll')).toHaveLength(2);
    // Someone else changed the roll: the page reads the session's electorate again, and the
    // account already on the roll is no longer picked.
    expect(changed).toHaveBeenCalledOnce();
    expect(roll.size.value).toBe(1);
    expect(roll.pickedAccountIds.value).toEqual([]);
    expect(roll.fieldErrors.value.accounts).toBe('“测试代表”已在名册上');
    stop();
  });

  it('issues blank seat codes, each a person named by the seat', async () => {
    const { roll, changed, stop } = mount();
    await settle();
    roll.seatCount.value = 0;
    expect(await roll.issueSeats()).toBeNull();
    expect(roll.fieldErrors.value.seats).toBe('数量应为 1 到 500 之间的整数');

    roll.seatCount.value = 2;
    server.answers.set('AdminIssueSeatCodes', {
      data: {
        issueSeatCodes: [
          { id: 'm1', code: 'AAAAAA', label: '1号席', name: '1号席', claimed: false },
          { id: 'm2', code: 'BBBBBB', label: '2号席', name: '2号席', claimed: false },
        ],
      },
    });
    expect(await roll.issueSeats()).toBe(2);
    expect(sent('AdminIssueSeatCodes')).toEqual([{ input: { sessionId: 's1', count: 2 } }]);
    expect(roll.members.value).toEqual([
      { id: 'm1', name: '1号席', accountId: null, accountName: null, seatLabel: '1号席', seatCode: 'AAAAAA', seatClaimed: false },
      { id: 'm2', name: '2号席', accountId: null, accountName: null, seatLabel: '2号席', seatCode: 'BBBBBB', seatClaimed: false },
    ]);
    expect(roll.fieldErrors.value.seats).toBeUndefined();
    expect(changed).toHaveBeenCalledOnce();
    stop();
  });

  it('takes a person off the roll, but not one whose seat code was claimed', async () => {
    server.roll = [member(1), member(2, { seatClaimed: true })];
    const { roll, changed, stop } = mount();
    await settle();
    expect(await roll.remove(roll.members.value[1]!)).toBe(false);
    expect(roll.fieldErrors.value.remove).toBe('该席位码已在手机上认领，此人不能移出名册。');
    expect(sent('AdminRemoveFromRoll')).toEqual([]);

    expect(await roll.remove(roll.members.value[0]!)).toBe(true);
    expect(sent('AdminRemoveFromRoll')).toEqual([{ id: 'm1' }]);
    expect(roll.members.value.map((m) => m.id)).toEqual(['m2']);
    expect(roll.fieldErrors.value.remove).toBeUndefined();
    expect(changed).toHaveBeenCalledOnce();
    stop();
  });

  it('says plainly when the session went live meanwhile, and has the page read it again', async () => {
    server.roll = [member(1)];
    const { roll, changed, stop } = mount();
    await settle();
    server.answers.set('AdminRemoveFromRoll', { error: refusal('INVALID_PHASE') });
    expect(await roll.remove(roll.members.value[0]!)).toBe(false);
    expect(roll.actionError.value).toEqual({ action: 'remove', message: expect.stringMatching(/^当前状态下不能这样操作/) });
    expect(changed).toHaveBeenCalledOnce();
    expect(roll.members.value).toHaveLength(1);

    roll.namesText.value = '王建华';
    server.answers.set('AdminAddToRoll', { error: refusal('INVALID_PHASE') });
    await roll.addNames();
    expect(roll.actionError.value?.action).toBe('names');
    expect(roll.fieldErrors.value.names).toBeUndefined();
    stop();
  });
});
