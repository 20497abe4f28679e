import type { BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient, planSession } from './api';
import { chooseOption, PHONE, shot, signIn, type Device, useBrowser } from './browser';

// 代表码 · 码上提 / 码上答 / 代表下单 / 代表打分 end to end: a citizen scans a representative's code
// on a phone and sends a clue to them; the representative signs in, replies publicly (the citizen's
// tracking page shows it as the representative's) and dispatches the clue to a department; the
// department accepts the item and reports; the representative, its supervisor, scores it.

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const { errors: browserErrors, newDevice } = useBrowser(baseURL);

let adminToken: string;

const DESK: BrowserContextOptions = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' };

beforeAll(async () => {
  adminToken = await api.login('admin');
});

const look = (page: Page, name: string) => shot(page, name, { fullPage: true });

/** The test seed links the REPRESENTATIVE account `rep` to a record (测试代表, code TESTREP2). */
async function seededRepresentative() {
  const { myRepresentative } = await api.ok<{ myRepresentative: { id: string; name: string; code: string } }>(
    '{ myRepresentative { id name code } }',
    {},
    await api.login('rep'),
  );
  return myRepresentative;
}

/** A representative without an account, made inactive, as staff would record one who left office. */
async function inactiveRepresentative(name: string) {
  const { createRepresentative } = await api.ok<{ createRepresentative: { id: string; code: string } }>(
    'mutation($input: RepresentativeInput!) { createRepresentative(input: $input) { id code } }',
    { input: { name, district: '城关镇第三选区', station: '城关镇人大代表联络站', bio: '已离任。', active: false } },
    adminToken,
  );
  return createRepresentative;
}

describe('representatives as actors', () => {
  it('takes a clue by the 代表码, replies, dispatches it, and scores the reported item', { timeout: 120_000 }, async () => {
    const devices: Device[] = [];
    const open = async (name: string, options: BrowserContextOptions) => {
      const device = await newDevice(name, options);
      devices.push(device);
      return device;
    };
    const suffix = Math.random().toString(36).slice(2, 6);
    const title = `城东路路灯长期不亮 ${suffix}`;
    const representative = await seededRepresentative();
    const name = representative.name;

    try {
      // —— A citizen scans the code on a phone: the representative's profile and a form addressed to them.
      const citizen = await open('citizen', PHONE);
      await citizen.page.goto(`/r/${representative.code.toLowerCase()}`);
      await citizen.page.getByTestId('representative-name').getByText(name).waitFor();
      await citizen.page.getByText('城关镇选区').waitFor();
      await citizen.page.getByRole('heading', { name: `向${name}代表反映问题` }).waitFor();
      expect(await citizen.page.title()).toContain(name);
      await citizen.page.getByLabel('标题').fill(title);
      await citizen.page.getByLabel('问题描述').fill('城东路从十字街口到实验小学一段的路灯已经一个多月不亮，晚上学生放学很不安全。');
      await citizen.page.getByLabel('问题分类').selectOption({ index: 1 });
      await citizen.page.getByLabel('姓名').fill('陈先生');
      await look(citizen.page, 'rep-phone-form');
      await citizen.page.getByRole('button', { name: '提交给代表' }).click();
      await citizen.page.getByTestId('representative-addressed').getByText(`已送达人大代表${name}`).waitFor();
      const trackingCode = await citizen.page.getByTestId('clue-tracking-code').inputValue();
      expect(trackingCode).toMatch(/^[A-Z0-9]{6,12}$/);
      await look(citizen.page, 'rep-phone-sent');

      // An unknown code is the site's "page not found"; an inactive representative takes no clue.
      await citizen.page.goto('/r/ZZZZZZZZ');
      await citizen.page.getByText('找不到这个页面').waitFor();
      const retired = await inactiveRepresentative(`李强${suffix}`);
      await citizen.page.goto(`/r/${retired.code}`);
      await citizen.page.getByText('城关镇人大代表联络站').waitFor();
      await citizen.page.getByTestId('representative-inactive').getByText('这位代表暂不接收线索').waitFor();
      expect(await citizen.page.getByTestId('clue-form').count()).toBe(0);
      await look(citizen.page, 'rep-phone-inactive');
      // In English too.
      await citizen.page.getByRole('button', { name: 'English' }).click();
      await citizen.page.getByTestId('representative-inactive').getByText('This representative is not taking clues').waitFor();
      await citizen.page.getByText('Constituency').waitFor();
      await look(citizen.page, 'rep-phone-inactive-en');
      await citizen.page.getByRole('button', { name: '中文' }).click();
      await citizen.page.getByText('这位代表暂不接收线索').waitFor();
      // The server refuses it too, as a phone that kept the form open would be refused.
      const { registerDevice } = await api.ok<{ registerDevice: string }>('mutation { registerDevice }');
      const refused = await fetch(`${baseURL}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-public-device': registerDevice },
        body: JSON.stringify({
          query: 'mutation($input: SubmitClueInput!) { submitClue(input: $input) { id } }',
          variables: {
            input: {
              title: '停用代表的线索',
              description: '停用的代表不应再收到线索，这条不会保存。',
              category: 'MARKET',
              photoIds: [],
              anonymous: true,
              representativeCode: retired.code,
            },
          },
        }),
      });
      const refusal = (await refused.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(refusal.errors?.[0]?.extensions?.code).toBe('REPRESENTATIVE_INACTIVE');

      // —— The representative signs in and lands on the workspace's inbox.
      const rep = await open('representative', DESK);
      await signIn(rep.page, 'rep');
      await rep.page.waitForURL('**/representative');
      await rep.page.getByTestId('representative-who').getByText(name).waitFor();
      const clue = rep.page.getByTestId('inbox-clue').filter({ hasText: title });
      await clue.getByText('反映人：陈先生').waitFor();
      await clue.getByTestId('inbox-clue-status').getByText('待处理').waitFor();

      // 码上答: a public reply.
      await clue.getByTestId('clue-reply').click();
      const replyDialog = rep.page.getByRole('dialog', { name: '公开答复（码上答）' });
      await replyDialog.getByTestId('rep-reply-submit').click();
      await replyDialog.getByText('请填写答复内容。').waitFor();
      await replyDialog.getByTestId('rep-reply-text').fill('已向县城市管理局反映，城东路路灯将于两周内修复。');
      await replyDialog.getByTestId('rep-reply-submit').click();
      await replyDialog.waitFor({ state: 'hidden' });
      await clue.getByTestId('inbox-clue-reply').getByText('已向县城市管理局反映').waitFor();

      // 代表下单: dispatched to a department, with what is to be done and by when.
      await clue.getByTestId('clue-dispatch').click();
      const dispatchDialog = rep.page.getByRole('dialog', { name: '交办承办部门（代表下单）' });
      await chooseOption(rep.page, dispatchDialog.getByTestId('rep-dispatch-department'), '县住房和城乡建设局');
      await dispatchDialog.getByTestId('rep-dispatch-commitment').fill('两周内修复城东路路灯，并向反映人答复。');
      const deadline = new Date(Date.now() + 20 * 86_400_000);
      const day = `${deadline.getFullYear()}-${String(deadline.getMonth() + 1).padStart(2, '0')}-${String(deadline.getDate()).padStart(2, '0')}`;
      await dispatchDialog.getByTestId('rep-dispatch-deadline').fill(day);
      await dispatchDialog.getByTestId('rep-dispatch-submit').click();
      await dispatchDialog.waitFor({ state: 'hidden' });
      await clue.getByTestId('inbox-clue-dispatched').waitFor();
      await clue.getByTestId('inbox-clue-status').getByText('已转办').waitFor();
      expect(await clue.getByTestId('clue-dispatch').count()).toBe(0);
      await look(rep.page, 'rep-workspace-inbox');

      // The inbox filters by status and searches.
      await chooseOption(rep.page, rep.page.getByTestId('inbox-status-filter'), '待处理');
      await rep.page.getByText('没有符合条件的线索。').waitFor();
      await chooseOption(rep.page, rep.page.getByTestId('inbox-status-filter'), '已转办');
      await clue.waitFor();
      await rep.page.getByLabel('搜索线索').fill('不存在的词语');
      await rep.page.getByText('没有符合条件的线索。').waitFor();
      await rep.page.getByLabel('搜索线索').fill(suffix);
      await clue.waitFor();

      // —— The citizen's tracking page: the reply is the representative's (码上答).
      await citizen.page.goto(`/clues/track/${trackingCode}`);
      const reply = citizen.page.getByTestId('clue-tracking-reply');
      await reply.getByText('已向县城市管理局反映').waitFor();
      expect(await reply.getByTestId('clue-tracking-reply-by').textContent()).toContain(name);
      await look(citizen.page, 'rep-phone-tracking');

      // —— The department accepts the item the representative dispatched.
      const { supervisedFollowUps } = await api.ok<{ supervisedFollowUps: { nodes: { id: string; title: string }[] } }>(
        'query($search: String) { supervisedFollowUps(first: 10, search: $search) { nodes { id title } } }',
        { search: suffix },
        await api.login('rep'),
      );
      const itemId = supervisedFollowUps.nodes[0]!.id;
      const dept = await open('department', DESK);
      await signIn(dept.page, 'dept');
      await dept.page.waitForURL('**/department');
      await dept.page.goto(`/department/items/${itemId}`);
      await dept.page.getByTestId('action-accept').click();
      await dept.page.getByTestId('follow-up-facts').getByTestId('follow-up-status').getByText('已签收').waitFor();

      // The department reports (as the follow-up test drives it in the portal).
      const deptToken = await api.login('dept');
      await api.ok(
        'mutation($input: ProgressInput!) { submitFollowUpReport(input: $input) { id status } }',
        { input: { id: itemId, note: '城东路 26 盏路灯已全部修复，并已电话告知反映人。', percent: null, evidenceIds: [] } },
        deptToken,
      );

      // —— The representative scores the reported item (代表打分) and comments.
      await rep.page.getByTestId('rep-tab-items').click();
      await rep.page.waitForURL('**/representative/items');
      const card = rep.page.locator(`[data-follow-up-id="${itemId}"]`);
      await card.getByText('待打分').waitFor();
      await card.getByRole('link').first().click();
      await rep.page.getByTestId('follow-up-title').getByText(title).waitFor();
      const scoreForm = rep.page.getByTestId('score-form');
      await scoreForm.getByTestId('score-submit').click();
      await scoreForm.getByText('请选择评价。').waitFor();
      await scoreForm.getByRole('radio', { name: '基本满意', exact: true }).check({ force: true });
      await scoreForm.getByTestId('score-note').fill('路灯已修复，建议加强日常巡查。');
      await scoreForm.getByTestId('score-submit').click();
      await rep.page.getByTestId('my-score').getByText('我的评价：基本满意').waitFor();
      await rep.page.getByTestId('item-scores').getByText(`${name}：基本满意`).waitFor();

      await rep.page.getByTestId('comment-note').fill('请部门补充修复后的夜间照片。');
      await rep.page.getByTestId('comment-submit').click();
      await rep.page.getByText('请部门补充修复后的夜间照片。').last().waitFor();
      await look(rep.page, 'rep-item-score');

      // —— 代表出题: a question for a published session, waiting for staff.
      const session = await planSession(api, adminToken, {
        title: `2026年第四季度电视问政 ${suffix}`,
        theme: '城市管理',
        questions: [{ title: '占道经营整治', questioner: '群众代表', respondent: '县城管局局长' }],
        // Yesterday: the public home page's newest sessions stay those of results-index, which runs later.
        scheduledAt: new Date(Date.now() - 86_400_000),
      });
      await rep.page.getByTestId('rep-tab-proposals').click();
      const proposal = rep.page.getByTestId('proposal-form');
      await proposal.getByTestId('proposal-submit').click();
      await proposal.getByText('请选择问政活动。').waitFor();
      await chooseOption(rep.page, proposal.getByTestId('proposal-session'), new RegExp(`2026年第四季度电视问政 ${suffix}`));
      await proposal.getByTestId('proposal-title').fill(`城东路路灯维修为何迟迟不到位 ${suffix}`);
      await proposal.getByTestId('proposal-body').fill('群众多次反映城东路路灯不亮，请县住建局说明维修进度和长效管护办法。');
      await chooseOption(rep.page, proposal.getByTestId('proposal-department'), '县住房和城乡建设局');
      await proposal.getByTestId('proposal-submit').click();
      const mine = rep.page.getByTestId('my-proposal').filter({ hasText: suffix });
      await mine.getByText('待审核').waitFor();
      await mine.getByText(`2026年第四季度电视问政 ${suffix}`, { exact: false }).waitFor();
      expect(session.id).toBeTruthy();
      await look(rep.page, 'rep-workspace-proposals');

      // —— Other sections: my code and my figures.
      await rep.page.getByTestId('rep-tab-code').click();
      await rep.page.getByTestId('my-code-text').getByText(representative.code).waitFor();
      await rep.page.getByTestId('my-code-qr').waitFor();
      expect(await rep.page.getByTestId('my-public-page').getAttribute('href')).toBe(`${baseURL}/r/${representative.code}`);
      await rep.page.getByTestId('rep-tab-figures').click();
      await rep.page.getByTestId('figure-cluesReceived').waitFor();
      expect(Number(await rep.page.getByTestId('figure-cluesReceived').locator('dd').textContent())).toBeGreaterThanOrEqual(1);
      await look(rep.page, 'rep-workspace-figures');

      // On a phone, the workspace reads as well.
      const repPhone = await open('representative-phone', PHONE);
      await signIn(repPhone.page, 'rep');
      await repPhone.page.waitForURL('**/representative');
      await repPhone.page.getByTestId('inbox-clue').filter({ hasText: title }).waitFor();
      await look(repPhone.page, 'rep-workspace-phone');

      expect(browserErrors).toEqual([]);
    } catch (error) {
      // What each screen showed when the test failed.
      await Promise.all(devices.map((device, n) => shot(device.page, `rep-failure-${n}`, { fullPage: true }).catch(() => {})));
      throw error;
    } finally {
      await Promise.all(devices.map((device) => device.context.close()));
    }
  });
});
