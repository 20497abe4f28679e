import { readFileSync } from 'node:fs';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT_ALL_WARNINGS, startTestServer, type TestServer } from '../test/harness.js';
import { documentFor, plausibleVariables } from '../test/operations.js';
import {
  accessMatrixFile,
  allows,
  callers,
  refusalCode,
  renderAccessMatrix,
  rootOperations,
  type Caller,
  type RootOperation,
} from './access-matrix.js';
import { createAppPubSub } from './pubsub.js';
import { buildAppSchema } from './schema.js';

const schema = await buildAppSchema(createAppPubSub());
const operations = rootOperations(schema);

/** The access layer's own refusals (access.ts, errors.ts), told apart from a service's refusal with the same code. */
const accessRefusal = { UNAUTHENTICATED: 'Sign in to do this.', FORBIDDEN: 'Your role may not do this.' } as const;
const isAccessRefusal = (e: { message: string; extensions?: { code?: unknown } }) =>
  (e.extensions?.code === 'UNAUTHENTICATED' || e.extensions?.code === 'FORBIDDEN') && e.message === accessRefusal[e.extensions.code];

describe('the access matrix', () => {
  it('matches the committed docs/access-matrix.md (run `pnpm schema` after changing who may call what)', () => {
    expect(readFileSync(accessMatrixFile, 'utf8')).toBe(renderAccessMatrix(schema));
  });
});

interface Answer {
  status: number;
  data: Record<string, unknown> | null;
  errors: { message: string; extensions: { code: string } }[];
}

describe('every operation as every caller', () => {
  let server: TestServer;
  const tokens = new Map<Caller, string>();
  let audiencePass: string;

  const headersOf = (caller: Caller): Record<string, string> =>
    caller === 'anonymous'
      ? {}
      : caller === 'audience-phone'
        ? { 'x-device-token': audiencePass }
        : { authorization: `Bearer ${tokens.get(caller)}` };

  async function post(headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: Answer['errors'] };
    return { status: response.status, data: body.data ?? null, errors: body.errors ?? [] };
  }
  const call = (caller: Caller, query: string, variables: Record<string, unknown> = {}) => post(headersOf(caller), query, variables);

  const staff = {
    REPRESENTATIVE: 'rep',
    MODERATOR: 'mod',
    HOST: 'host',
    DEPARTMENT: 'dept',
    ADMIN: 'admin',
    SECURITY_ADMIN: 'security',
  } as const;
  const signIn = async (caller: keyof typeof staff) => tokens.set(caller, await server.login(staff[caller]));

  beforeAll(async () => {
    server = await startTestServer();
    for (const caller of Object.keys(staff) as (keyof typeof staff)[]) await signIn(caller);
    // A published session, so that a phone can join and hold a real audience pass.
    const created = await call('ADMIN', 'mutation($i: SessionInput!) { createSession(input: $i) { id joinCode } }', {
      i: { title: '权限测试', theme: '访问控制', scheduledAt: new Date().toISOString() },
    });
    const { id, joinCode } = created.data!.createSession as { id: string; joinCode: string };
    await call('ADMIN', 'mutation($id: ID!) { publishSession(id: $id) { id } }', { id });
    const joined = await call('anonymous', 'mutation($c: String!) { joinSession(joinCode: $c) { token } }', { c: joinCode });
    audiencePass = (joined.data!.joinSession as { token: string }).token;
  });
  afterAll(async () => {
    await server?.stop();
  });

  const callable = operations.filter((op) => op.kind !== 'subscription');
  it('covers every query and mutation of the schema', () => {
    expect(callable.length).toBeGreaterThan(30);
  });

  for (const op of callable) {
    it(`${op.kind} ${op.name}: ${callers.map((c) => `${c} ${allows(op.access, c) ? 'allowed' : 'refused'}`).join(', ')}`, async () => {
      const query = documentFor(op);
      const variables = plausibleVariables(op);
      for (const caller of callers) {
        const answer = await call(caller, query, variables);
        const outcome = {
          caller,
          status: answer.status,
          errors: answer.errors.map((e) => ({ code: e.extensions.code, message: e.message })),
        };
        if (allows(op.access, caller)) {
          expect(answer.errors.filter(isAccessRefusal), JSON.stringify(outcome)).toEqual([]);
          expect(
            answer.errors.map((e) => e.extensions.code),
            JSON.stringify(outcome),
          ).not.toContain('INTERNAL_SERVER_ERROR');
          // Made-up arguments pass GraphQL's own checks, so every call reaches the access layer and beyond.
          expect(
            answer.errors.map((e) => e.extensions.code),
            JSON.stringify(outcome),
          ).not.toContain('GRAPHQL_VALIDATION_FAILED');
        } else {
          const code = refusalCode(caller);
          expect(outcome.errors, JSON.stringify(outcome)).toEqual([{ code, message: accessRefusal[code] }]);
          expect(answer.data?.[op.name] ?? null).toBeNull();
        }
        // An operation that ends the caller's sign-in (logout) must not spoil the next call.
        if (caller in staff && op.kind === 'mutation') {
          const me = await call(caller, '{ me { id } }');
          if (!me.data?.me) await signIn(caller as keyof typeof staff);
        }
      }
    });
  }

  describe('subscriptions over graphql-ws', () => {
    const subscriptions = operations.filter((op) => op.kind === 'subscription');

    /** The first message of a subscription, or 'pending' when nothing arrives within `ms` (allowed and waiting for events). */
    function firstMessage(
      client: Client,
      op: RootOperation,
      ms = 400,
    ): Promise<'pending' | { data?: unknown } | { errors: Answer['errors'] }> {
      return new Promise((resolve) => {
        let unsubscribe = () => {};
        const timer = setTimeout(() => {
          unsubscribe();
          resolve('pending');
        }, ms);
        const done = (value: 'pending' | { data?: unknown } | { errors: Answer['errors'] }) => {
          clearTimeout(timer);
          unsubscribe();
          resolve(value);
        };
        unsubscribe = client.subscribe(
          { query: documentFor(op), variables: plausibleVariables(op) },
          {
            next: (value) => done(value as { data?: unknown }),
            error: (errors) => done({ errors: errors as Answer['errors'] }),
            complete: () => done('pending'),
          },
        );
      });
    }

    const wsAuth = (caller: Caller) =>
      caller === 'anonymous' ? {} : caller === 'audience-phone' ? { deviceToken: audiencePass } : { token: tokens.get(caller) };

    for (const op of subscriptions) {
      it(`subscription ${op.name}: refused callers get the access layer's refusal, allowed ones do not`, async () => {
        for (const caller of callers) {
          const message = await firstMessage(server.ws(wsAuth(caller)), op);
          const errors = message !== 'pending' && 'errors' in message ? message.errors : [];
          const outcome = JSON.stringify({ caller, message });
          if (allows(op.access, caller)) {
            expect(errors.filter(isAccessRefusal), outcome).toEqual([]);
            expect(
              errors.map((e) => e.extensions?.code),
              outcome,
            ).not.toContain('INTERNAL_SERVER_ERROR');
          } else {
            const code = refusalCode(caller);
            expect(
              errors.map((e) => ({ code: e.extensions?.code, message: e.message })),
              outcome,
            ).toEqual([{ code, message: accessRefusal[code] }]);
          }
        }
      });
    }

    it('delivers an ADMIN-only subscription to an admin and refuses it to an anonymous caller', async () => {
      const query = 'subscription { directoryChanged { change department { shortName } } }';
      const refused = await server.ws().iterate({ query }).next();
      expect(refused.value).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });

      const events = server.ws({ token: tokens.get('ADMIN') }).iterate({ query });
      const first = events.next();
      await new Promise((resolve) => setTimeout(resolve, 200)); // subscribed before the change
      await call('ADMIN', 'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { id } }', {
        i: { name: '县订阅测试局', shortName: '订阅局' },
      });
      expect((await first).value).toMatchObject({
        data: { directoryChanged: { change: 'DEPARTMENT_CREATED', department: { shortName: '订阅局' } } },
      });
      await events.return?.();
    });
  });

  // ─── Nested paths ───────────────────────────────────────────────────────────────────────────
  // The table above checks who may call each root field. A field nested under an allowed root can
  // still reach data its own root would refuse (another department's sub-item, a draft session's
  // plan), so each such path is checked here as each role: what the answer must never contain, and
  // what it must contain (so that a pass means the path really reached data). A new path is a row.

  describe('nested paths reach no more than their own root allows', () => {
    /** Text planted in the fixtures; none of it may appear where the row says `never`. */
    const secret = {
      bNote: '城管局子事项内部进展',
      bReturn: '城管局子事项退回理由',
      bFile: '城管局子事项证据.pdf',
      bName: '城管局联络员乙',
      aNote: '住建局子事项进展',
      draftCommitment: '尚未派发事项的承诺',
      draftTitle: '草稿期问政标题',
      draftTheme: '草稿期问政主题',
      draftQuestion: '草稿期问题标题',
      draftRespondent: '草稿期应询局长',
      clueReport: '线索事项整改报告',
      clueFile: '线索事项证据.pdf',
      parentCommitment: '分解事项的整改承诺',
    };
    const staffNames = ['测试管理员', '住建局联络员', secret.bName];
    const ofB = [secret.bNote, secret.bReturn, secret.bFile, secret.bName];
    const draftPlan = [secret.draftTitle, secret.draftTheme, secret.draftQuestion, secret.draftRespondent];

    /** Ids and codes made by the fixtures below. */
    const f = {} as {
      parent: string;
      subOfB: string;
      draftSession: string;
      airedSession: string;
      lookedBackItem: string;
      acceptedClue: { code: string; title: string };
      referredClue: string;
      bEvidenceUrl: string;
    };

    interface NestedPath {
      callers: readonly Caller[];
      path: string;
      variables?: () => Record<string, unknown>;
      /** Text the answer must not contain. */
      never?: () => string[];
      /** Text the answer must contain. */
      shows?: () => string[];
      /** The root refuses the caller with this code: the reference the nested paths are held to. */
      refused?: string;
    }

    const publicCallers = ['anonymous', 'audience-phone'] as const satisfies readonly Caller[];
    /** Who `session(id)` refuses a draft: everyone but ADMIN and HOST. */
    const notSessionStaff = [...publicCallers, 'REPRESENTATIVE', 'DEPARTMENT'] as const satisfies readonly Caller[];
    const TIMELINE = 'timeline { action note actorName evidence { fileName url } }';
    const CHILDREN = `children { title returnReason coDepartments { shortName } ${TIMELINE} }`;
    const TRACKED =
      'title departmentName session { title theme scheduledAt } question { title respondent departmentName } timeline { action note }';

    const nestedPaths: NestedPath[] = [
      // DEPARTMENT (住建局) leads an item split between itself and 城管局.
      {
        callers: ['DEPARTMENT'],
        path: `query($id: ID!) { followUp(id: $id) { ${CHILDREN} } }`,
        variables: () => ({ id: f.parent }),
        never: () => [...ofB, f.bEvidenceUrl],
        shows: () => [secret.aNote],
      },
      {
        callers: ['DEPARTMENT'],
        path: `query { myFollowUps(first: 10) { nodes { ${CHILDREN} } } }`,
        never: () => [...ofB, f.bEvidenceUrl],
        shows: () => [secret.aNote],
      },
      {
        callers: ['DEPARTMENT'],
        path: 'query($id: ID!) { followUp(id: $id) { id } }',
        variables: () => ({ id: f.subOfB }),
        refused: 'FORBIDDEN',
      },
      {
        callers: ['ADMIN'],
        path: `query($id: ID!) { followUp(id: $id) { ${CHILDREN} } }`,
        variables: () => ({ id: f.parent }),
        shows: () => [secret.aNote, ...ofB],
      },
      // A representative reads only the items they supervise (领办督办); this one has no supervisors.
      {
        callers: ['REPRESENTATIVE'],
        path: 'query($id: ID!) { followUp(id: $id) { id } }',
        variables: () => ({ id: f.parent }),
        refused: 'FORBIDDEN',
      },
      // A look-back planned in a draft session: its EVALUATION_OPENED note names the session.
      {
        callers: ['DEPARTMENT'],
        path: `query($id: ID!) { followUp(id: $id) { ${TIMELINE} } }`,
        variables: () => ({ id: f.lookedBackItem }),
        never: () => [secret.draftTitle],
        shows: () => [secret.clueReport],
      },
      {
        callers: ['ADMIN'],
        path: `query($id: ID!) { followUp(id: $id) { ${TIMELINE} } }`,
        variables: () => ({ id: f.lookedBackItem }),
        shows: () => [secret.draftTitle],
      },
      // A draft session: the root refuses it; nothing nested elsewhere may name its plan.
      {
        callers: notSessionStaff,
        path: 'query($id: ID!) { session(id: $id) { title } }',
        variables: () => ({ id: f.draftSession }),
        refused: 'NOT_FOUND',
      },
      {
        callers: notSessionStaff,
        path: 'query($id: ID!) { sessionDisclosure(sessionId: $id) { title } }',
        variables: () => ({ id: f.draftSession }),
        refused: 'NOT_FOUND',
      },
      {
        callers: notSessionStaff,
        path: 'query($id: ID) { publicClues(sessionId: $id) { totalCount } }',
        variables: () => ({ id: f.draftSession }),
        refused: 'NOT_FOUND',
      },
      {
        callers: notSessionStaff,
        path: `query($code: String!) { trackClue(code: $code) { ${TRACKED} } }`,
        variables: () => ({ code: f.acceptedClue.code }),
        never: () => draftPlan,
        shows: () => [f.acceptedClue.title],
      },
      {
        callers: ['HOST', 'ADMIN'],
        path: `query($code: String!) { trackClue(code: $code) { ${TRACKED} } }`,
        variables: () => ({ code: f.acceptedClue.code }),
        shows: () => draftPlan,
      },
      {
        callers: notSessionStaff,
        path: 'query($s: String) { publicClues(search: $s) { nodes { title session { title theme } } } }',
        variables: () => ({ s: f.acceptedClue.title }),
        never: () => draftPlan,
        shows: () => [f.acceptedClue.title],
      },
      // The public disclosure views: no personal data, no draft item, no sub-item, no evidence link.
      {
        callers,
        path: `query($id: ID!) { sessionDisclosure(sessionId: $id) { questions { title followUps { commitment ${TIMELINE} } } } }`,
        variables: () => ({ id: f.airedSession }),
        never: () => [...staffNames, ...ofB, secret.aNote, secret.draftCommitment, '/uploads/'],
        shows: () => [secret.parentCommitment],
      },
      {
        callers: notSessionStaff,
        path: `query($code: String!) { trackClue(code: $code) { followUps { commitment ${TIMELINE} } } }`,
        variables: () => ({ code: f.referredClue }),
        never: () => [...staffNames, '/uploads/', secret.draftTitle],
        shows: () => [secret.clueReport, secret.clueFile],
      },
    ];

    /** Runs as ADMIN (or with the given headers) and fails the fixture on any error. */
    async function must(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = headersOf('ADMIN')) {
      const answer = await post(headers, query, variables);
      if (answer.errors.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(answer.errors)}`);
      return answer.data as Record<string, any>;
    }
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

    async function uploadEvidence(token: string, fileName: string): Promise<string> {
      const form = new FormData();
      form.append(
        'file',
        new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'))], { type: 'application/pdf' }),
        fileName,
      );
      const response = await fetch(`${server.url}/uploads/evidence`, { method: 'POST', body: form, headers: bearer(token) });
      return ((await response.json()) as { id: string }).id;
    }

    async function submitClue(title: string): Promise<{ id: string; trackingCode: string }> {
      const device = (await must('mutation { registerDevice }', {}, {})).registerDevice as string;
      const input = { title, description: '问题描述至少十个字以上的内容。', category: 'FACILITIES' };
      return (
        await must(
          'mutation($i: SubmitClueInput!) { submitClue(input: $i) { id trackingCode } }',
          { i: input },
          { 'x-public-device': device },
        )
      ).submitClue;
    }

    /** A published session on air whose questions each get a closed, revealed round (and so a draft item each). */
    async function airedSession(titles: string[]): Promise<{ sessionId: string; questionIds: string[] }> {
      const { createSession } = await must('mutation($i: SessionInput!) { createSession(input: $i) { id } }', {
        i: { title: '嵌套权限测试', theme: '督办', scheduledAt: new Date().toISOString() },
      });
      const questionIds: string[] = [];
      for (const title of titles) {
        const { addQuestion } = await must(
          'mutation($id: ID!, $i: QuestionInput!) { addQuestion(sessionId: $id, input: $i) { questions { id title } } }',
          {
            id: createSession.id,
            i: { title, body: '内容', questioner: '代表', departmentId: departments.住建局, respondent: '住建局局长' },
          },
        );
        questionIds.push(addQuestion.questions.find((q: { title: string }) => q.title === title).id);
      }
      await must('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: createSession.id });
      await must('mutation($i: StartSessionInput!) { startSession(input: $i) { id } }', {
        i: { sessionId: createSession.id, acceptWarnings: ACCEPT_ALL_WARNINGS },
      });
      for (const id of questionIds) {
        for (const verb of ['askQuestion', 'startAnswer', 'openVoting', 'closeVoting'])
          await must(`mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id });
        for (let i = 0; i < 100; i++) {
          const { session } = await must('query($id: ID!) { session(id: $id) { questions { id phase } } }', { id: createSession.id });
          if (session.questions.find((q: { id: string }) => q.id === id).phase === 'CLOSED') break;
          await new Promise((r) => setTimeout(r, 50));
        }
        await must('mutation($id: ID!) { revealResult(id: $id) { id } }', { id });
      }
      return { sessionId: createSession.id, questionIds };
    }

    let departments: Record<string, string>;
    const day = 86_400_000;
    const deadline = () => new Date(Date.now() + 20 * day).toISOString();

    beforeAll(async () => {
      const dept = tokens.get('DEPARTMENT')!;
      departments = Object.fromEntries(
        (await must('{ departments(first: 20) { nodes { id shortName } } }')).departments.nodes.map(
          (d: { id: string; shortName: string }) => [d.shortName, d.id],
        ),
      );
      const { createAccount } = await must(
        'mutation($i: CreateAccountInput!) { createAccount(input: $i) { initialPassword } }',
        { i: { username: 'nested.cg', displayName: secret.bName, role: 'DEPARTMENT', departmentId: departments.城管局 } },
        headersOf('SECURITY_ADMIN'), // accounts are the security administrator's
      );
      const b = await server.firstSignIn('nested.cg', createAccount.initialPassword);

      // An aired session: item P (住建局) split with 城管局, dispatched and worked on by both; item D left a draft.
      const aired = await airedSession(['嵌套路径分解事项', '嵌套路径草稿事项']);
      f.airedSession = aired.sessionId;
      const { followUps } = await must('query { followUps(first: 200) { nodes { id question { id } } } }');
      const [p, d] = aired.questionIds.map(
        (q) => followUps.nodes.find((n: { question: { id: string } | null }) => n.question?.id === q).id as string,
      );
      f.parent = p!;
      const edit = (id: string, commitment: string) =>
        must('mutation($i: FollowUpEditInput!) { editFollowUp(input: $i) { id } }', {
          i: { id, title: '事项', commitment, deadline: deadline(), departmentId: departments.住建局, coDepartmentIds: [] },
        });
      await edit(f.parent, secret.parentCommitment);
      await edit(d!, secret.draftCommitment);
      const { splitFollowUp } = await must(
        'mutation($i: SplitFollowUpInput!) { splitFollowUp(input: $i) { children { id department { shortName } } } }',
        {
          i: {
            id: f.parent,
            parts: [
              { title: '住建局部分', departmentId: departments.住建局, deadline: deadline(), weight: 1 },
              { title: '城管局部分', departmentId: departments.城管局, deadline: deadline(), weight: 1 },
            ],
          },
        },
      );
      const [subOfA, subOfB] = ['住建局', '城管局'].map(
        (s) => splitFollowUp.children.find((c: { department: { shortName: string } }) => c.department.shortName === s).id as string,
      );
      f.subOfB = subOfB!;
      await must('mutation($ids: [ID!]!) { dispatchFollowUps(ids: $ids) { id } }', { ids: [f.parent] });
      await must(
        'mutation($i: FollowUpReasonInput!) { returnFollowUp(input: $i) { id } }',
        { i: { id: f.subOfB, reason: secret.bReturn } },
        bearer(b),
      );
      await must('mutation($i: FollowUpReasonInput!) { insistFollowUp(input: $i) { id } }', { i: { id: f.subOfB } });
      await must('mutation($id: ID!) { acceptFollowUp(id: $id) { id } }', { id: f.subOfB }, bearer(b));
      const bFile = await uploadEvidence(b, secret.bFile);
      const progressed = await must(
        `mutation($i: ProgressInput!) { postFollowUpProgress(input: $i) { ${TIMELINE} } }`,
        { i: { id: f.subOfB, note: secret.bNote, percent: 30, evidenceIds: [bFile] } },
        bearer(b),
      );
      f.bEvidenceUrl = progressed.postFollowUpProgress.timeline.at(-1).evidence[0].url;
      await must('mutation($id: ID!) { acceptFollowUp(id: $id) { id } }', { id: subOfA }, bearer(dept));
      await must(
        'mutation($i: ProgressInput!) { postFollowUpProgress(input: $i) { id } }',
        { i: { id: subOfA, note: secret.aNote, percent: 50, evidenceIds: [] } },
        bearer(dept),
      );

      // A draft session whose plan includes a clue accepted as a question, and a look-back of a referred clue's item.
      const { createSession: draft } = await must('mutation($i: SessionInput!) { createSession(input: $i) { id } }', {
        i: { title: secret.draftTitle, theme: secret.draftTheme, scheduledAt: new Date(Date.now() + 30 * day).toISOString() },
      });
      f.draftSession = draft.id;
      const accepted = await submitClue('嵌套路径被采纳的线索');
      f.acceptedClue = { code: accepted.trackingCode, title: '嵌套路径被采纳的线索' };
      await must('mutation($i: AcceptClueInput!) { acceptClue(input: $i) { id } }', {
        i: {
          clueId: accepted.id,
          sessionId: f.draftSession,
          newQuestion: {
            title: secret.draftQuestion,
            body: '内容',
            questioner: '代表',
            departmentId: departments.住建局,
            respondent: secret.draftRespondent,
          },
        },
      });
      await must('mutation($id: ID!) { setCluePublished(clueId: $id, published: true) { id } }', { id: accepted.id });
      const referred = await submitClue('嵌套路径转办的线索');
      f.referredClue = referred.trackingCode;
      await must('mutation($i: ReferClueInput!) { referClue(input: $i) { id } }', {
        i: { clueId: referred.id, departmentId: departments.住建局 },
      });
      const { createFollowUpFromClue: item } = await must(
        'mutation($i: FollowUpFromClueInput!) { createFollowUpFromClue(input: $i) { id } }',
        { i: { clueId: referred.id, commitment: '修复', deadline: deadline() } },
      );
      f.lookedBackItem = item.id;
      await must('mutation($ids: [ID!]!) { dispatchFollowUps(ids: $ids) { id } }', { ids: [item.id] });
      await must('mutation($id: ID!) { acceptFollowUp(id: $id) { id } }', { id: item.id }, bearer(dept));
      const clueFile = await uploadEvidence(dept, secret.clueFile);
      await must(
        'mutation($i: ProgressInput!) { submitFollowUpReport(input: $i) { id } }',
        { i: { id: item.id, note: secret.clueReport, evidenceIds: [clueFile] } },
        bearer(dept),
      );
      await must('mutation($i: FollowUpReasonInput!) { approveFollowUp(input: $i) { id } }', { i: { id: item.id } });
      await must('mutation($i: OpenLookBackInput!) { openLookBack(input: $i) { sessionId } }', {
        i: { followUpIds: [item.id], sessionId: f.draftSession },
      });
    });

    for (const row of nestedPaths) {
      it(`${row.path} as ${row.callers.join(', ')}`, async () => {
        for (const caller of row.callers) {
          const answer = await call(caller, row.path, row.variables?.() ?? {});
          const outcome = JSON.stringify({ caller, ...answer });
          if (row.refused) {
            expect(
              answer.errors.map((e) => e.extensions.code),
              outcome,
            ).toEqual([row.refused]);
            expect(
              Object.values(answer.data ?? {}).filter((v) => v !== null),
              outcome,
            ).toEqual([]);
            continue;
          }
          expect(answer.errors, outcome).toEqual([]);
          const text = JSON.stringify(answer.data);
          for (const s of row.never?.() ?? []) expect(text, `${caller} must not see “${s}”`).not.toContain(s);
          for (const s of row.shows?.() ?? []) expect(text, `${caller} should see “${s}”`).toContain(s);
        }
      });
    }
  });
});
