import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT_ALL_WARNINGS, startTestServer, type TestServer } from '../../test/harness.js';

// A local stand-in for the Yunpian SMS gateway over real HTTP: it records every message and can be
// told to refuse.
const sent: { apikey: string; mobile: string; text: string }[] = [];
let gatewayRefuses = false;
const gateway = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const form = new URLSearchParams(body);
    res.setHeader('content-type', 'application/json');
    if (req.url !== '/v2/sms/single_send.json' || gatewayRefuses) return void res.end(JSON.stringify({ code: 33, msg: '发送频率过快' }));
    sent.push({ apikey: form.get('apikey')!, mobile: form.get('mobile')!, text: form.get('text')! });
    res.end(JSON.stringify({ code: 0, msg: '发送成功', count: 1 }));
  });
});
const codeSentTo = (mobile: string) => /验证码是(\d{6})/.exec([...sent].reverse().find((m) => m.mobile === mobile)!.text)![1]!;

let server: TestServer;
let admin: string;
let host: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  const { port } = gateway.address() as AddressInfo;
  server = await startTestServer({
    SMS_GATEWAY: 'yunpian',
    SMS_API_KEY: 'test-key',
    SMS_SIGNATURE: '【测试人大】',
    SMS_GATEWAY_URL: `http://127.0.0.1:${port}/v2/sms/single_send.json`,
  });
  admin = await server.login('admin');
  host = await server.login('host');
});
afterAll(async () => {
  await server?.stop();
  gateway.close();
});

const REQUEST = 'mutation($i: RequestVoteCodeInput!) { requestVoteCode(input: $i) { maskedPhone expiresInSeconds resendAfterSeconds } }';
const JOIN = 'mutation($i: JoinWithCodeInput!) { joinWithCode(input: $i) { token channel } }';
const errorOf = (result: { errors?: { extensions: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions;

async function plannedSession(onlineIdentity: string) {
  const departmentId = (await server.gql('{ departments(first: 1) { nodes { id } } }', {}, { token: admin })).data.departments.nodes[0].id;
  const session = (
    await server.gql(
      'mutation($i: SessionInput!) { createSession(input: $i) { id joinCode } }',
      { i: { title: '验证测试', theme: '测试', scheduledAt: new Date().toISOString(), settings: { onlineIdentity } } },
      { token: admin },
    )
  ).data.createSession;
  const questionId = (
    await server.gql(
      'mutation($s: ID!, $i: QuestionInput!) { addQuestion(sessionId: $s, input: $i) { questions { id } } }',
      { s: session.id, i: { title: '问', body: '内容', questioner: '代表', departmentId, respondent: '局长' } },
      { token: admin },
    )
  ).data.addQuestion.questions[0].id;
  return { ...(session as { id: string; joinCode: string }), questionId: questionId as string };
}
const publish = (id: string) => server.gql('mutation($id: ID!) { publishSession(id: $id) { id } }', { id }, { token: admin });

async function openRound(session: { id: string; questionId: string }) {
  await server.gql(
    'mutation($i: StartSessionInput!) { startSession(input: $i) { id } }',
    { i: { sessionId: session.id, acceptWarnings: ACCEPT_ALL_WARNINGS } },
    { token: host },
  );
  for (const verb of ['askQuestion', 'startAnswer', 'openVoting'])
    await server.gql(`mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id: session.questionId }, { token: host });
  return (await server.gql('query($id: ID!) { session(id: $id) { questions { round { id } } } }', { id: session.id }, { token: host })).data
    .session.questions[0].round.id as string;
}
const vote = (pass: string, roundId: string) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-device-token': pass },
    body: JSON.stringify({
      query: 'mutation($i: CastVoteInput!) { castVote(input: $i) { roundId } }',
      variables: { i: { roundId, choice: 'SATISFIED', ballotId: randomUUID() } },
    }),
  }).then((r) => r.json() as Promise<any>);

/** Requests a code for `phone` and joins with it. */
async function provenPass(joinCode: string, phone: string) {
  const requested = await server.gql(REQUEST, { i: { joinCode, phone } });
  expect(requested.errors).toBeUndefined();
  return (await server.gql(JOIN, { i: { joinCode, phone, code: codeSentTo(phone.replace(/\D/g, '')) } })).data.joinWithCode.token as string;
}

describe('PHONE_CODE: one proven number, one online voter', () => {
  it('texts a 6-digit code through the gateway and gives a pass for it; the same number on two phones votes once', async () => {
    const session = await plannedSession('PHONE_CODE');
    await publish(session.id);
    expect(
      errorOf(await server.gql('mutation($c: String!) { joinSession(joinCode: $c) { token } }', { c: session.joinCode })),
    ).toMatchObject({ code: 'CODE_REQUIRED', identity: 'PHONE_CODE' });
    const requested = (await server.gql(REQUEST, { i: { joinCode: session.joinCode, phone: '138 0013 8000' } })).data.requestVoteCode;
    expect(requested).toEqual({ maskedPhone: '138****8000', expiresInSeconds: 300, resendAfterSeconds: 60 });
    expect(sent.at(-1)).toMatchObject({
      apikey: 'test-key',
      mobile: '13800138000',
      text: expect.stringMatching(/^【测试人大】您的投票验证码是\d{6}，5分钟内有效。/),
    });
    const code = codeSentTo('13800138000');
    const first = (await server.gql(JOIN, { i: { joinCode: session.joinCode, phone: '13800138000', code } })).data.joinWithCode;
    expect(first.channel).toBe('ONLINE');
    expect(errorOf(await server.gql(JOIN, { i: { joinCode: session.joinCode, phone: '13800138000', code } }))).toMatchObject({
      code: 'CODE_INVALID',
      field: 'code',
    }); // spent

    const roundId = await openRound(session);
    expect(errorOf(await server.gql(REQUEST, { i: { joinCode: session.joinCode, phone: '13800138000' } }))).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    await server.orm.em
      .fork()
      .getConnection()
      .execute(`update vote_code set sent_at = now() - interval '2 minutes' where session_id = ?`, [session.id]);
    const second = await provenPass(session.joinCode, '13800138000'); // the same number on another phone
    expect((await vote(first.token, roundId)).errors).toBeUndefined();
    expect((await vote(second, roundId)).errors[0].extensions.code).toBe('ALREADY_VOTED');
    expect((await vote(await provenPass(session.joinCode, '13900139000'), roundId)).errors).toBeUndefined();
  });

  it('refuses wrong, expired and exhausted codes clearly, and stores no pass for them', async () => {
    const session = await plannedSession('PHONE_CODE');
    await publish(session.id);
    const phone = '13700137000';
    await server.gql(REQUEST, { i: { joinCode: session.joinCode, phone } });
    const right = codeSentTo(phone);
    const wrong = right === '000000' ? '111111' : '000000';
    expect(errorOf(await server.gql(JOIN, { i: { joinCode: session.joinCode, phone, code: wrong } }))).toMatchObject({
      code: 'CODE_INVALID',
      field: 'code',
      triesLeft: 4,
    });
    expect(errorOf(await server.gql(JOIN, { i: { joinCode: session.joinCode, phone, code: '12' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'code',
    });
    for (let i = 0; i < 4; i++) await server.gql(JOIN, { i: { joinCode: session.joinCode, phone, code: wrong } });
    // Five wrong tries void the code, even the right one.
    expect(errorOf(await server.gql(JOIN, { i: { joinCode: session.joinCode, phone, code: right } }))).toMatchObject({
      code: 'RATE_LIMITED',
      field: 'code',
    });

    const other = '13600136000';
    await server.gql(REQUEST, { i: { joinCode: session.joinCode, phone: other } });
    await server.orm.em
      .fork()
      .getConnection()
      .execute(`update vote_code set expires_at = now() - interval '1 second' where session_id = ?`, [session.id]);
    expect(errorOf(await server.gql(JOIN, { i: { joinCode: session.joinCode, phone: other, code: codeSentTo(other) } }))).toMatchObject({
      code: 'CODE_EXPIRED',
      field: 'code',
    });
    expect(errorOf(await server.gql(JOIN, { i: { joinCode: session.joinCode, phone: '13500135000', code: '123456' } }))).toMatchObject({
      code: 'CODE_INVALID',
    }); // never asked for
    expect(errorOf(await server.gql(REQUEST, { i: { joinCode: session.joinCode, phone: '12345' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'phone',
    });
  });

  it('keeps only keyed hashes of numbers and codes, and sends nothing it could not store, nor stores what it could not send', async () => {
    const session = await plannedSession('PHONE_CODE');
    await publish(session.id);
    gatewayRefuses = true;
    try {
      expect(errorOf(await server.gql(REQUEST, { i: { joinCode: session.joinCode, phone: '13300133000' } }))).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
      });
    } finally {
      gatewayRefuses = false;
    }
    const sql = server.orm.em.fork().getConnection();
    expect(await sql.execute('select 1 from vote_code where session_id = ?', [session.id])).toEqual([]);
    await server.gql(REQUEST, { i: { joinCode: session.joinCode, phone: '13300133000' } });
    const dump = JSON.stringify(await sql.execute('select * from vote_code'));
    expect(dump).not.toContain('13300133000');
    expect(dump).not.toContain(codeSentTo('13300133000'));
  });

  it('issues no code for a DEVICE session, nor before the pass window', async () => {
    const device = await plannedSession('DEVICE');
    await publish(device.id);
    expect(errorOf(await server.gql(REQUEST, { i: { joinCode: device.joinCode, phone: '13800138000' } }))).toMatchObject({
      code: 'INVALID_PHASE',
      identity: 'DEVICE',
    });
    const later = (
      await server.gql(
        'mutation($i: SessionInput!) { createSession(input: $i) { id joinCode } }',
        {
          i: {
            title: '晚场',
            theme: '测试',
            scheduledAt: new Date(Date.now() + 3 * 3_600_000).toISOString(),
            settings: { onlineIdentity: 'PHONE_CODE' },
          },
        },
        { token: admin },
      )
    ).data.createSession;
    await publish(later.id);
    expect(errorOf(await server.gql(REQUEST, { i: { joinCode: later.joinCode, phone: '13800138000' } }))).toMatchObject({
      code: 'INVALID_PHASE',
      opensAt: expect.any(String),
    });
  });
});

describe('ROSTER: only people on the imported roster', () => {
  const IMPORT = 'mutation($i: ImportRosterInput!) { importOnlineRoster(input: $i) }';

  it('sends codes only to numbers on the roster, and each person votes once', async () => {
    const session = await plannedSession('ROSTER');
    const bad = await server.gql(
      IMPORT,
      {
        i: {
          sessionId: session.id,
          people: [
            { name: '选民甲', phone: '13100131000' },
            { name: '选民乙', phone: '131-0013-1000' },
          ],
        },
      },
      { token: admin },
    );
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'people.1.phone' });
    expect(
      (await server.gql('query($id: ID!) { onlineRoster(sessionId: $id) { id } }', { id: session.id }, { token: admin })).data.onlineRoster,
    ).toEqual([]);
    expect(
      (
        await server.gql(
          IMPORT,
          {
            i: {
              sessionId: session.id,
              people: [
                { name: '选民甲', phone: '13100131000' },
                { name: '选民乙', phone: '+86 132 0013 2000' },
              ],
            },
          },
          { token: admin },
        )
      ).data.importOnlineRoster,
    ).toBe(2);
    expect(
      (await server.gql('query($id: ID!) { onlineRoster(sessionId: $id) { name maskedPhone } }', { id: session.id }, { token: admin })).data
        .onlineRoster,
    ).toEqual([
      { name: '选民甲', maskedPhone: '131****1000' },
      { name: '选民乙', maskedPhone: '132****2000' },
    ]);
    await publish(session.id);
    expect(errorOf(await server.gql(REQUEST, { i: { joinCode: session.joinCode, phone: '13800138000' } }))).toMatchObject({
      code: 'NOT_ON_ROLL',
      field: 'phone',
    });
    const roundId = await openRound(session);
    const pass = await provenPass(session.joinCode, '13100131000');
    expect((await vote(pass, roundId)).errors).toBeUndefined();
    await server.orm.em
      .fork()
      .getConnection()
      .execute(`update vote_code set sent_at = now() - interval '2 minutes' where session_id = ?`, [session.id]);
    expect((await vote(await provenPass(session.joinCode, '13100131000'), roundId)).errors[0].extensions.code).toBe('ALREADY_VOTED');
    expect((await server.gql(IMPORT, { i: { sessionId: session.id, people: [] } }, { token: admin })).errors?.[0]?.extensions.code).toBe(
      'INVALID_PHASE',
    ); // frozen once live
  });

  it('takes a long list in parts: the first replaces, the others add, and a part with a number already on the roster stores nothing', async () => {
    const session = await plannedSession('ROSTER');
    const part = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => ({ name: `选民${from + i}`, phone: `135${String(from + i).padStart(8, '0')}` }));
    expect(
      (await server.gql(IMPORT, { i: { sessionId: session.id, people: part(0, 1_000) } }, { token: admin })).data.importOnlineRoster,
    ).toBe(1_000);
    expect(
      (await server.gql(IMPORT, { i: { sessionId: session.id, people: part(1_000, 500), append: true } }, { token: admin })).data
        .importOnlineRoster,
    ).toBe(1_500);
    const again = await server.gql(
      IMPORT,
      { i: { sessionId: session.id, people: [...part(1_500, 2), ...part(10, 1)], append: true } },
      { token: admin },
    );
    expect(errorOf(again)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'people.2.phone' });
    expect(errorOf(await server.gql(IMPORT, { i: { sessionId: session.id, people: part(0, 1_001) } }, { token: admin }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'people',
    });
    const roster = (await server.gql('query($id: ID!) { onlineRoster(sessionId: $id) { name } }', { id: session.id }, { token: admin }))
      .data.onlineRoster;
    expect(roster).toHaveLength(1_500);
    expect([roster[0].name, roster[999].name, roster[1_000].name]).toEqual(['选民0', '选民999', '选民1000']);
  });

  it('blocks going live with an empty roster', async () => {
    const session = await plannedSession('ROSTER');
    const findings = (
      await server.gql('query($id: ID!) { preLiveCheck(sessionId: $id) { code blocker } }', { id: session.id }, { token: host })
    ).data.preLiveCheck;
    expect(findings).toContainEqual({ code: 'ROSTER_EMPTY', blocker: true });
  });
});
