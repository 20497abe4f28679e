import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT_ALL_WARNINGS, nextValue, startTestServer, type TestServer } from '../../test/harness.js';
import { VoteCode } from '../identity/identity.entity.js';
import { loadSessionReport } from '../stats/session-report.js';
import { renderSessionReportHtml } from '../stats/session-report-html.js';
import { senderNameFor } from './interaction.service.js';

const SEND = 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id status } }';
const WALL =
  'query($id: ID!) { messageWall(sessionId: $id) { sessionId enabled approvedCount messages { id body senderName pinned upvotes approvedAt questionId putToRespondentAt } } }';
const MESSAGE_FIELDS =
  'id sessionId questionId questionTitle body senderName status rejectReason blockedWords pinned upvotes createdAt moderatedAt waitedSeconds putToRespondentAt';
const QUEUE = `query($id: ID!, $status: MessageStatus, $search: String, $after: String, $first: Int) { moderationQueue(sessionId: $id, status: $status, search: $search, after: $after, first: $first) { totalCount pageInfo { endCursor hasNextPage } nodes { ${MESSAGE_FIELDS} } } }`;
const SETTINGS =
  'mutation($id: ID!, $input: MessageSettingsInput!) { setMessageSettings(sessionId: $id, input: $input) { enabled keepBlocked published } }';
const UPVOTE = 'mutation($id: ID!) { upvoteMessage(messageId: $id) { id upvotes } }';

let server: TestServer;
let admin: string;
let host: string;
let mod: string;
let departmentId: string;

type Answer = { data: any; errors?: { message: string; extensions: { code: string; [key: string]: unknown } }[] };

beforeAll(async () => {
  server = await startTestServer();
  [admin, host, mod] = (await Promise.all(['admin', 'host', 'mod'].map((name) => server.login(name)))) as [string, string, string];
  departmentId = (await server.gql('{ departments(first: 1) { nodes { id } } }', {}, { token: admin })).data.departments.nodes[0].id;
});
afterAll(async () => {
  await server?.stop();
});

async function ok<T = any>(query: string, variables: Record<string, unknown>, token = admin, on = server): Promise<T> {
  const result = await on.gql(query, variables, { token });
  if (result.errors) throw new Error(`${query.slice(0, 50)}…: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}
const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions.code;

/** A call from a phone holding `pass` (X-Device-Token). */
async function phone(pass: string | undefined, query: string, variables: Record<string, unknown>, on = server): Promise<Answer> {
  const response = await fetch(`${on.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(pass ? { 'x-device-token': pass } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

async function join(joinCode: string, on = server): Promise<string> {
  return (await ok('mutation($c: String!) { joinSession(joinCode: $c) { token } }', { c: joinCode }, undefined, on)).joinSession.token;
}

/** A live session with one question on air; messages switched on unless `enabled` is false. */
async function liveSession(options: { enabled?: boolean; keepBlocked?: boolean; on?: TestServer } = {}) {
  const on = options.on ?? server;
  const token = on === server ? admin : await on.login('admin');
  const department =
    on === server ? departmentId : (await ok('{ departments(first: 1) { nodes { id } } }', {}, token, on)).departments.nodes[0].id;
  const { createSession } = await ok(
    'mutation($i: SessionInput!) { createSession(input: $i) { id joinCode } }',
    { i: { title: '网络互动测试', theme: '物业管理', scheduledAt: new Date().toISOString() } },
    token,
    on,
  );
  const { addQuestion } = await ok(
    'mutation($id: ID!, $i: QuestionInput!) { addQuestion(sessionId: $id, input: $i) { questions { id } } }',
    { id: createSession.id, i: { title: '小区停车难', body: '内容', questioner: '代表', departmentId: department, respondent: '局长' } },
    token,
    on,
  );
  const questionId = addQuestion.questions[0].id as string;
  await ok('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: createSession.id }, token, on);
  await ok(
    'mutation($i: StartSessionInput!) { startSession(input: $i) { id } }',
    { i: { sessionId: createSession.id, acceptWarnings: ACCEPT_ALL_WARNINGS } },
    token,
    on,
  );
  await ok('mutation($id: ID!) { askQuestion(id: $id) { id } }', { id: questionId }, token, on);
  if (options.enabled !== false || options.keepBlocked)
    await ok(
      SETTINGS,
      { id: createSession.id, input: { enabled: options.enabled !== false, keepBlocked: options.keepBlocked ?? false } },
      token,
      on,
    );
  return { id: createSession.id as string, joinCode: createSession.joinCode as string, questionId };
}

async function send(pass: string, sessionId: string, body: string): Promise<string> {
  const answer = await phone(pass, SEND, { input: { sessionId, body } });
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  expect(answer.data.sendMessage.status).toBe('PENDING');
  return answer.data.sendMessage.id;
}
const wall = async (sessionId: string) => (await phone(undefined, WALL, { id: sessionId })).data.messageWall;
const moderate = (verb: string, id: string, token = mod, extra = '') =>
  server.gql(`mutation($id: ID!) { ${verb}(id: $id${extra}) { ${MESSAGE_FIELDS} } }`, { id }, { token }) as Promise<Answer>;

async function waitFor<T>(check: () => Promise<T | undefined>, ms = 5_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('sending and moderating messages', () => {
  it('is off by default: the live state says so and a message is refused', async () => {
    const session = await liveSession({ enabled: false });
    const { session: view } = await ok('query($id: ID!) { session(id: $id) { messageSettings { enabled keepBlocked published } } }', {
      id: session.id,
    });
    expect(view.messageSettings).toEqual({ enabled: false, keepBlocked: false, published: false });
    const live = await phone(undefined, 'query($id: ID!) { liveState(sessionId: $id) { messagesEnabled } }', { id: session.id });
    expect(live.data.liveState.messagesEnabled).toBe(false);
    const pass = await join(session.joinCode);
    expect(codeOf(await phone(pass, SEND, { input: { sessionId: session.id, body: '你好' } }))).toBe('MESSAGES_CLOSED');

    // The host switches it on live: the live state tells the phones.
    const settings = await ok(SETTINGS, { id: session.id, input: { enabled: true } }, host);
    expect(settings.setMessageSettings).toEqual({ enabled: true, keepBlocked: false, published: false });
    const after = await phone(undefined, 'query($id: ID!) { liveState(sessionId: $id) { messagesEnabled } }', { id: session.id });
    expect(after.data.liveState.messagesEnabled).toBe(true);
    await send(pass, session.id, '你好');
  });

  it('shows nothing before approval; approval puts it on the wall with 网友 as the sender', async () => {
    const session = await liveSession();
    const pass = await join(session.joinCode);
    const id = await send(pass, session.id, '  停车位什么时候能增加？  ');
    expect(await wall(session.id)).toEqual({ sessionId: session.id, enabled: true, approvedCount: 0, messages: [] });
    expect((await ok(`query($id: ID!) { hostMessages(sessionId: $id) { id } }`, { id: session.id }, host)).hostMessages).toEqual([]);

    const queue = (await ok(QUEUE, { id: session.id }, mod)).moderationQueue;
    expect(queue.totalCount).toBe(1);
    expect(queue.nodes[0]).toMatchObject({
      id,
      body: '停车位什么时候能增加？',
      senderName: '网友',
      status: 'PENDING',
      questionId: session.questionId,
      questionTitle: '小区停车难',
      moderatedAt: null,
      blockedWords: [],
    });
    expect(queue.nodes[0].waitedSeconds).toBeGreaterThanOrEqual(0);

    const approved = await moderate('approveMessage', id);
    expect(approved.data.approveMessage).toMatchObject({ status: 'APPROVED', sessionId: session.id });
    expect(approved.data.approveMessage.moderatedAt).not.toBeNull();
    const shown = await wall(session.id);
    expect(shown.approvedCount).toBe(1);
    expect(shown.messages).toEqual([
      expect.objectContaining({
        id,
        body: '停车位什么时候能增加？',
        senderName: '网友',
        pinned: false,
        upvotes: 0,
        questionId: session.questionId,
      }),
    ]);
    expect((await ok(`query($id: ID!) { hostMessages(sessionId: $id) { id status } }`, { id: session.id }, host)).hostMessages).toEqual([
      { id, status: 'APPROVED' },
    ]);
    // Approving twice is a wrong state, not a second approval.
    expect(codeOf(await moderate('approveMessage', id))).toBe('INVALID_PHASE');
  });

  it('rejects with a reason, pins only approved messages, and orders the wall pinned, upvoted, newest', async () => {
    const session = await liveSession();
    const passes = await Promise.all([1, 2, 3, 4].map(() => join(session.joinCode)));
    const ids: string[] = []; // one after the other: the queue's order is the order of arrival
    for (const [i, p] of passes.entries()) ids.push(await send(p, session.id, `留言${i + 1}`));
    const [a, b, c, d] = ids;

    const noReason = await server.gql(
      'mutation($id: ID!, $r: String!) { rejectMessage(id: $id, reason: $r) { id } }',
      { id: d, r: '  ' },
      { token: mod },
    );
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const long = await server.gql(
      'mutation($id: ID!, $r: String!) { rejectMessage(id: $id, reason: $r) { id } }',
      { id: d, r: '理'.repeat(101) },
      { token: mod },
    );
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const rejected = await server.gql(
      `mutation($id: ID!, $r: String!) { rejectMessage(id: $id, reason: $r) { ${MESSAGE_FIELDS} } }`,
      { id: d, r: '与本场主题无关' },
      { token: mod },
    );
    expect(rejected.data.rejectMessage).toMatchObject({ status: 'REJECTED', rejectReason: '与本场主题无关' });
    expect(codeOf(await moderate('approveMessage', d!))).toBe('INVALID_PHASE');
    expect(codeOf(await moderate('pinMessage', a!, mod, ', pinned: true'))).toBe('INVALID_PHASE'); // still pending

    for (const id of [a, b, c]) await moderate('approveMessage', id!);
    // c is newest; b gets two upvotes; a is pinned.
    for (const p of [passes[0]!, passes[2]!]) expect((await phone(p, UPVOTE, { id: b })).data.upvoteMessage.id).toBe(b);
    const again = await phone(passes[0], UPVOTE, { id: b });
    expect(codeOf(again)).toBe('ALREADY_UPVOTED');
    expect(codeOf(await phone(passes[0], UPVOTE, { id: d }))).toBe('NOT_FOUND'); // rejected: not on the wall
    expect(codeOf(await phone(undefined, UPVOTE, { id: b }))).toBe('DEVICE_REQUIRED');
    expect((await moderate('pinMessage', a!, mod, ', pinned: true')).data.pinMessage.pinned).toBe(true);
    const shown = await wall(session.id);
    expect(shown.messages.map((m: { id: string }) => m.id)).toEqual([a, b, c]);
    expect(shown.messages[1].upvotes).toBe(2);

    // Newest first for the approved tab; search by text.
    const approvedTab = (await ok(QUEUE, { id: session.id, status: 'APPROVED' }, mod)).moderationQueue;
    expect(approvedTab.nodes.map((m: { id: string }) => m.id)).toEqual([c, b, a]);
    const found = (await ok(QUEUE, { id: session.id, status: 'APPROVED', search: '留言2' }, mod)).moderationQueue;
    expect(found.nodes.map((m: { id: string }) => m.id)).toEqual([b]);
    const paged = (await ok(QUEUE, { id: session.id, status: 'APPROVED', first: 2 }, mod)).moderationQueue;
    expect(paged.pageInfo.hasNextPage).toBe(true);
    const next = (await ok(QUEUE, { id: session.id, status: 'APPROVED', first: 2, after: paged.pageInfo.endCursor }, mod)).moderationQueue;
    expect(next.nodes.map((m: { id: string }) => m.id)).toEqual([a]);

    // Taking an approved message down removes it from the wall.
    await server.gql('mutation($id: ID!, $r: String!) { rejectMessage(id: $id, reason: $r) { id } }', { id: c, r: '撤下' }, { token: mod });
    expect((await wall(session.id)).messages.map((m: { id: string }) => m.id)).toEqual([a, b]);
  });

  it('puts an approved message to the respondent (HOST), recorded in the session report', async () => {
    const session = await liveSession();
    const pass = await join(session.joinCode);
    const id = await send(pass, session.id, '请问整改时限是多久？');
    expect(codeOf(await moderate('putMessageToRespondent', id, host))).toBe('INVALID_PHASE'); // pending
    await moderate('approveMessage', id);
    expect(codeOf(await moderate('putMessageToRespondent', id, mod))).toBe('FORBIDDEN'); // moderators do not put
    const put = await moderate('putMessageToRespondent', id, host);
    expect(put.data.putMessageToRespondent.putToRespondentAt).not.toBeNull();
    expect(codeOf(await moderate('putMessageToRespondent', id, host))).toBe('INVALID_PHASE'); // once
    const shown = await waitFor(async () => {
      const w = await wall(session.id);
      return w.messages[0]?.putToRespondentAt ? w : undefined;
    });
    expect(shown.messages[0].id).toBe(id);

    const report = await loadSessionReport(server.orm.em.fork() as never, session.id);
    expect(report.questions[0]!.audienceQuestions).toEqual([{ body: '请问整改时限是多久？', senderName: '网友', putAt: expect.any(Date) }]);
    const html = renderSessionReportHtml(report, '测试人大常委会办公室');
    expect(html).toContain('网友追问（1 条）');
    expect(html).toContain('请问整改时限是多久？');
  });

  it('refuses bad input, a missing pass, a pass for another session, and closed sessions', async () => {
    const session = await liveSession();
    const other = await liveSession();
    const pass = await join(session.joinCode);
    const empty = await phone(pass, SEND, { input: { sessionId: session.id, body: '   ' } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const long = await phone(pass, SEND, { input: { sessionId: session.id, body: '长'.repeat(141) } });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(codeOf(await phone(undefined, SEND, { input: { sessionId: session.id, body: '你好' } }))).toBe('DEVICE_REQUIRED');
    expect(codeOf(await phone(pass, SEND, { input: { sessionId: other.id, body: '你好' } }))).toBe('FORBIDDEN');
    // 140 characters (counted as characters, not bytes) are fine.
    await send(pass, session.id, '长'.repeat(140));

    // Upvoting another session's message with this pass is refused too.
    const otherId = await send(await join(other.joinCode), other.id, '别的场次');
    await moderate('approveMessage', otherId);
    expect(codeOf(await phone(pass, UPVOTE, { id: otherId }))).toBe('FORBIDDEN');

    await ok('mutation($id: ID!) { endSession(id: $id) { id } }', { id: other.id }, host);
    const fresh = await server.gql('mutation($c: String!) { joinSession(joinCode: $c) { token } }', { c: other.joinCode });
    expect(codeOf(fresh as Answer)).toBe('INVALID_PHASE'); // no new passes for an ended session
    const sessionPass = await join(session.joinCode);
    await ok('mutation($id: ID!) { endSession(id: $id) { id } }', { id: session.id }, host);
    expect(codeOf(await phone(sessionPass, SEND, { input: { sessionId: session.id, body: '结束了吗' } }))).toBe('MESSAGES_CLOSED');
  });

  it('names a proven number masked (网友 138****5678), never in full', async () => {
    const session = await liveSession();
    const em = server.orm.em.fork();
    em.create(VoteCode, {
      session: session.id,
      phoneKey: 'k'.repeat(64),
      codeHash: 'h'.repeat(64),
      expiresAt: new Date(),
      sentAt: new Date(),
      maskedPhone: '138****5678',
    });
    await em.flush();
    expect(await senderNameFor(em as never, { sessionId: session.id, channel: 'ONLINE', voterKey: `phone:${'k'.repeat(64)}` })).toBe(
      '网友 138****5678',
    );
    expect(await senderNameFor(em as never, { sessionId: session.id, channel: 'ONLINE', voterKey: 'device:abc' })).toBe('网友');
  });
});

describe('sensitive words', () => {
  const ADD = 'mutation($w: [String!]!) { addSensitiveWords(words: $w) }';
  const LIST = 'query($s: String) { sensitiveWords(first: 100, search: $s) { totalCount nodes { id word } } }';

  it('ADMIN edits the list, MODERATOR reads it; words are normalised and counted once', async () => {
    expect((await ok(ADD, { w: ['违禁词甲', ' 违禁词乙 ', '违禁词甲', 'ＢＡＤ Word'] })).addSensitiveWords).toBe(3);
    expect((await ok(ADD, { w: ['违禁词甲'] })).addSensitiveWords).toBe(0);
    expect(codeOf((await server.gql(ADD, { w: ['x'] }, { token: mod })) as Answer)).toBe('FORBIDDEN');
    const bad = await server.gql(ADD, { w: ['好', '。，'] }, { token: admin });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'words.1' });
    const tooLong = await server.gql(ADD, { w: ['长'.repeat(31)] }, { token: admin });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'words.0' });
    const tooMany = await server.gql(ADD, { w: Array.from({ length: 501 }, (_, i) => `词${i}`) }, { token: admin });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'words' });
    const list = (await ok(LIST, { s: '违禁' }, mod)).sensitiveWords;
    expect(list.nodes.map((w: { word: string }) => w.word)).toEqual(['违禁词乙', '违禁词甲']);
    expect((await ok(LIST, { s: 'bad' }, mod)).sensitiveWords.nodes.map((w: { word: string }) => w.word)).toEqual(['badword']);
  });

  it('refuses a message with a blocked word and stores nothing when keepBlocked is off', async () => {
    await ok(ADD, { w: ['封禁测试词'] });
    const session = await liveSession();
    const pass = await join(session.joinCode);
    const refused = await phone(pass, SEND, { input: { sessionId: session.id, body: '这里有 封禁 测试词！' } });
    expect(refused.errors?.[0]?.extensions.code).toBe('BLOCKED_WORDS');
    expect(refused.errors?.[0]?.message).not.toContain('封禁测试词'); // the words are not revealed
    for (const status of ['PENDING', 'BLOCKED'])
      expect((await ok(QUEUE, { id: session.id, status }, mod)).moderationQueue.totalCount).toBe(0);
  });

  it('keeps a blocked message for moderators only when keepBlocked is on; removing the word lets it through', async () => {
    await ok(ADD, { w: ['保留测试词'] });
    const session = await liveSession({ keepBlocked: true });
    const [p1, p2] = await Promise.all([join(session.joinCode), join(session.joinCode)]);
    expect(codeOf(await phone(p1, SEND, { input: { sessionId: session.id, body: '含有保留测试词的留言' } }))).toBe('BLOCKED_WORDS');
    const blocked = (await ok(QUEUE, { id: session.id, status: 'BLOCKED' }, mod)).moderationQueue;
    expect(blocked.nodes).toEqual([
      expect.objectContaining({ status: 'BLOCKED', blockedWords: ['保留测试词'], body: '含有保留测试词的留言' }),
    ]);
    expect((await ok(QUEUE, { id: session.id }, mod)).moderationQueue.totalCount).toBe(0);
    expect((await wall(session.id)).messages).toEqual([]);
    expect(codeOf(await moderate('approveMessage', blocked.nodes[0].id))).toBe('INVALID_PHASE');

    const { sensitiveWords } = await ok(LIST, { s: '保留测试词' }, admin);
    expect((await ok('mutation($id: ID!) { removeSensitiveWord(id: $id) }', { id: sensitiveWords.nodes[0].id })).removeSensitiveWord).toBe(
      true,
    );
    await send(p2, session.id, '含有保留测试词的留言');
  });
});

describe('limits', () => {
  it('one message per pass per interval, a few per session, and a loose limit per address', async () => {
    const limited = await startTestServer({
      MESSAGE_INTERVAL_SECONDS: '1',
      MESSAGES_PER_SESSION_PER_PASS: '1',
      MESSAGES_PER_MINUTE_PER_ADDRESS: '4',
    });
    try {
      const session = await liveSession({ on: limited });
      const sendOn = (pass: string, body: string) => phone(pass, SEND, { input: { sessionId: session.id, body } }, limited);
      const [a, b, c] = await Promise.all([1, 2, 3].map(() => join(session.joinCode, limited)));
      expect((await sendOn(a!, '第一条')).data.sendMessage.status).toBe('PENDING');
      const soon = await sendOn(a!, '第二条');
      expect(soon.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 1 });
      await new Promise((r) => setTimeout(r, 1_100));
      const session2 = await sendOn(a!, '第三条');
      expect(session2.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
      expect(session2.errors?.[0]?.message).toMatch(/as many messages as this session allows/);
      expect((await sendOn(b!, '乙的留言')).data.sendMessage.status).toBe('PENDING');
      const network = await sendOn(c!, '丙的留言'); // the address's fifth message this minute
      expect(network.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
      expect(network.errors?.[0]?.message).toMatch(/this network/);
    } finally {
      await limited.stop();
    }
  }, 120_000); // a server of its own, with lower limits

  it('takes messages sent at once together: each sender answered, and moderators sent each batch as one event', async () => {
    const busy = await startTestServer({ MESSAGES_PER_MINUTE_PER_ADDRESS: '1000' });
    try {
      const session = await liveSession({ on: busy });
      const passes = await Promise.all(Array.from({ length: 12 }, () => join(session.joinCode, busy)));
      const queue = busy.ws({ token: await busy.login('mod') }).iterate<{
        moderationQueueChanged: { message: { id: string }; messages: { id: string; status: string }[] };
      }>({
        query: 'subscription($id: ID!) { moderationQueueChanged(sessionId: $id) { message { id } messages { id status } } }',
        variables: { id: session.id },
      });
      const firstEvent = queue.next();
      await new Promise((r) => setTimeout(r, 200)); // subscribed before the messages
      // The first pass sends twice at once: one of its two is refused, whatever batch they share.
      const answers = await Promise.all(
        [passes[0]!, ...passes].map((pass, i) => phone(pass, SEND, { input: { sessionId: session.id, body: `同时发送 ${i}` } }, busy)),
      );
      const ids = answers.flatMap((a) => (a.data?.sendMessage ? [a.data.sendMessage.id as string] : []));
      expect(ids).toHaveLength(12);
      expect(answers.filter((a) => codeOf(a) === 'RATE_LIMITED')).toHaveLength(1);
      const events = [(await firstEvent).value.data.moderationQueueChanged];
      const seen = () => events.flatMap((e) => e.messages.map((m: { id: string }) => m.id));
      while (seen().length < ids.length) events.push((await nextValue(queue)).data!.moderationQueueChanged);
      expect(new Set(seen())).toEqual(new Set(ids));
      expect(seen()).toHaveLength(ids.length);
      expect(events.length).toBeLessThan(ids.length); // batches, not one event per message
      for (const event of events) expect(event.message.id).toBe(event.messages.at(-1)!.id);
      const { moderationQueue } = await ok(QUEUE, { id: session.id, first: 50 }, await busy.login('mod'), busy);
      expect(moderationQueue.totalCount).toBe(12);
      await queue.return?.();
    } finally {
      await busy.stop();
    }
  }, 120_000); // a server of its own, with a loose limit per address
});

describe('publishing on the results page', () => {
  it('shows approved messages only once ADMIN publishes them; a HOST may not publish', async () => {
    const session = await liveSession();
    const pass = await join(session.joinCode);
    const [approved, pending] = [
      await send(pass, session.id, '公开的留言'),
      await send(await join(session.joinCode), session.id, '待审的留言'),
    ];
    await moderate('approveMessage', approved);
    const PUBLISHED = 'query($id: ID!) { publishedMessages(sessionId: $id) { id body } }';
    expect((await phone(undefined, PUBLISHED, { id: session.id })).data.publishedMessages).toEqual([]);
    expect(codeOf((await server.gql(SETTINGS, { id: session.id, input: { published: true } }, { token: host })) as Answer)).toBe(
      'FORBIDDEN',
    );
    expect(codeOf((await server.gql(SETTINGS, { id: session.id, input: { enabled: false } }, { token: mod })) as Answer)).toBe('FORBIDDEN');
    await ok(SETTINGS, { id: session.id, input: { published: true } }, admin);
    const shown = (await phone(undefined, PUBLISHED, { id: session.id })).data.publishedMessages;
    expect(shown).toEqual([{ id: approved, body: '公开的留言' }]);
    expect(shown.map((m: { id: string }) => m.id)).not.toContain(pending);
  });
});

describe('subscriptions', () => {
  it('sends the wall to every phone after approval (coalesced), and every new or changed message to moderators', async () => {
    const session = await liveSession();
    const pass = await join(session.joinCode);
    const WALL_SUB = 'subscription($id: ID!) { messageWallChanged(sessionId: $id) { enabled approvedCount messages { id upvotes } } }';
    const phones = [server.ws({ deviceToken: pass }), server.ws()].map((client) =>
      client.iterate<{ messageWallChanged: { approvedCount: number; messages: { id: string; upvotes: number }[] } }>({
        query: WALL_SUB,
        variables: { id: session.id },
      }),
    );
    for (const events of phones) expect((await nextValue(events)).data?.messageWallChanged.approvedCount).toBe(0);
    const queue = server.ws({ token: mod }).iterate<{ moderationQueueChanged: { message: { id: string; status: string } } }>({
      query: 'subscription($id: ID!) { moderationQueueChanged(sessionId: $id) { message { id status body waitedSeconds } } }',
      variables: { id: session.id },
    });
    const firstEvent = queue.next();
    await new Promise((r) => setTimeout(r, 200)); // subscribed before the message
    const id = await send(pass, session.id, '订阅测试留言');
    expect((await firstEvent).value.data.moderationQueueChanged.message).toMatchObject({ id, status: 'PENDING' });

    await moderate('approveMessage', id);
    expect((await nextValue(queue)).data?.moderationQueueChanged.message).toMatchObject({ id, status: 'APPROVED' });
    for (const events of phones) {
      let next = (await nextValue(events)).data!.messageWallChanged;
      // (the wall of switching messages on may still be on its way)
      while (next.approvedCount === 0) next = (await nextValue(events)).data!.messageWallChanged;
      expect(next).toMatchObject({ enabled: true, approvedCount: 1, messages: [{ id, upvotes: 0 }] });
    }
    // Several upvotes at once arrive as one or a few walls, not one per upvote.
    const voters = await Promise.all([1, 2, 3, 4, 5].map(() => join(session.joinCode)));
    await Promise.all(voters.map((p) => phone(p, UPVOTE, { id })));
    const seen: number[] = [];
    while (!seen.includes(5)) seen.push((await nextValue(phones[0]!)).data!.messageWallChanged.messages[0]!.upvotes);
    expect(seen.length).toBeLessThanOrEqual(3);
    for (const events of [...phones, queue]) await events.return?.();
  });

  it('refuses the moderation stream to phones and departments', async () => {
    const session = await liveSession();
    const query = 'subscription($id: ID!) { moderationQueueChanged(sessionId: $id) { message { id } } }';
    const refused = await server
      .ws({ deviceToken: await join(session.joinCode) })
      .iterate({ query, variables: { id: session.id } })
      .next();
    expect(refused.value).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    const dept = await server.login('dept');
    const forbidden = await server
      .ws({ token: dept })
      .iterate({ query, variables: { id: session.id } })
      .next();
    expect(forbidden.value).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
  });
});
