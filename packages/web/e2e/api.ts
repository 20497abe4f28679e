// Drives the real server's GraphQL API from the tests, as staff would from their consoles.

export const TEST_PASSWORD = 'wz-test-password';

export interface GraphqlResult<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export function apiClient(baseURL: string) {
  async function request<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphqlResult<T>> {
    const response = await fetch(`${baseURL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResult<T>;
  }

  async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const result = await request<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(`${query.trim().slice(0, 60)}…: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  async function login(username: string): Promise<string> {
    const data = await ok<{ login: { token: string } }>('mutation($input: LoginInput!) { login(input: $input) { token } }', {
      input: { username, password: TEST_PASSWORD },
    });
    return data.login.token;
  }

  return { request, ok, login };
}

export type Api = ReturnType<typeof apiClient>;

/** Sends a clue as a phone does: a device token of its own, then the submission; answers its id and tracking code. */
export async function submitClueAsPhone(baseURL: string, input: Record<string, unknown>): Promise<{ id: string; trackingCode: string }> {
  const post = async (query: string, variables: Record<string, unknown>, device?: string) => {
    const response = await fetch(`${baseURL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(device ? { 'x-public-device': device } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const device = (await post('mutation { registerDevice }', {})).registerDevice as string;
  return (await post('mutation($input: SubmitClueInput!) { submitClue(input: $input) { id trackingCode } }', { input }, device)).submitClue;
}

/**
 * Goes on air as a host who read the pre-live check: every warning it reports is accepted, as the
 * console's confirmation would (a blocker still refuses the start).
 */
export async function startLive(api: Api, sessionId: string, token: string): Promise<void> {
  const { preLiveCheck } = await api.ok<{ preLiveCheck: { code: string; blocker: boolean }[] }>(
    'query($id: ID!) { preLiveCheck(sessionId: $id) { code blocker } }',
    { id: sessionId },
    token,
  );
  const acceptWarnings = preLiveCheck.filter((f) => !f.blocker).map((f) => f.code);
  await api.ok(
    'mutation($input: StartSessionInput!) { startSession(input: $input) { id } }',
    { input: { sessionId, rehearsal: false, acceptWarnings } },
    token,
  );
}

export interface PlannedSession {
  id: string;
  joinCode: string;
  questions: { id: string; title: string }[];
  seatCodes: string[];
}

/** A published session with its questions and printed seat codes, planned by the administrator. */
export async function planSession(
  api: Api,
  adminToken: string,
  options: {
    title: string;
    theme: string;
    /** Each item's other fields (QuestionInput) as given, e.g. a list ballot's candidates. */
    questions: ({ title: string; questioner: string; respondent: string } & Record<string, unknown>)[];
    /** Default: TV_QUESTIONING. */
    kind?: string;
    settings?: Record<string, unknown>;
    seats?: number;
    streamUrl?: string;
    /** Default: now. */
    scheduledAt?: Date;
  },
): Promise<PlannedSession> {
  const departments = await api.ok<{ departments: { nodes: { id: string; shortName: string }[] } }>(
    '{ departments(first: 10) { nodes { id shortName } } }',
    {},
    adminToken,
  );
  const department = departments.departments.nodes.find((d) => d.shortName === '住建局') ?? departments.departments.nodes[0]!;
  const created = await api.ok<{ createSession: { id: string; joinCode: string } }>(
    'mutation($input: SessionInput!) { createSession(input: $input) { id joinCode } }',
    {
      input: {
        title: options.title,
        theme: options.theme,
        scheduledAt: (options.scheduledAt ?? new Date()).toISOString(),
        streamUrl: options.streamUrl ?? null,
        ...(options.kind && { kind: options.kind }),
        settings: options.settings ?? {},
      },
    },
    adminToken,
  );
  const sessionId = created.createSession.id;
  let questions: { id: string; title: string }[] = [];
  for (const question of options.questions) {
    const added = await api.ok<{ addQuestion: { questions: { id: string; title: string }[] } }>(
      'mutation($sessionId: ID!, $input: QuestionInput!) { addQuestion(sessionId: $sessionId, input: $input) { questions { id title } } }',
      { sessionId, input: { ...question, body: `${question.title}：请答复。`, departmentId: department.id } },
      adminToken,
    );
    questions = added.addQuestion.questions;
  }
  let seatCodes: string[] = [];
  if (options.seats) {
    const issued = await api.ok<{ issueSeatCodes: { code: string }[] }>(
      'mutation($input: IssueSeatCodesInput!) { issueSeatCodes(input: $input) { code } }',
      { input: { sessionId, count: options.seats } },
      adminToken,
    );
    seatCodes = issued.issueSeatCodes.map((s) => s.code);
  }
  await api.ok('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: sessionId }, adminToken);
  return { id: sessionId, joinCode: created.createSession.joinCode, questions, seatCodes };
}

/**
 * A question aired without votes (asked, answered, voting opened and closed at once): its round closing
 * leaves a draft follow-up item for 住建局, its respondent. Resolves with the item's id.
 */
export async function draftFollowUp(
  api: Api,
  tokens: { admin: string; host: string },
  title: string,
  session: { title: string; theme: string },
): Promise<string> {
  const planned = await planSession(api, tokens.admin, {
    ...session,
    questions: [{ title, questioner: '县人大代表 王建华', respondent: '县住建局局长 李明' }],
  });
  const questionId = planned.questions[0]!.id;
  await startLive(api, planned.id, tokens.host);
  for (const verb of ['askQuestion', 'startAnswer', 'openVoting', 'closeVoting'])
    await api.ok(`mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id: questionId }, tokens.host);
  for (let i = 0; i < 100; i++) {
    const { followUps } = await api.ok<{ followUps: { nodes: { id: string }[] } }>(
      'query($first: Int!, $search: String) { followUps(first: $first, search: $search) { nodes { id } } }',
      { first: 10, search: title },
      tokens.admin,
    );
    if (followUps.nodes[0]) return followUps.nodes[0].id;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('No item was created');
}

/** Gives a draft item its commitment and deadline, with 住建局 to handle it, and dispatches it. */
export async function dispatchFollowUp(
  api: Api,
  adminToken: string,
  item: { id: string; title: string; commitment: string; deadline: Date },
): Promise<void> {
  const { departments } = await api.ok<{ departments: { nodes: { id: string; shortName: string }[] } }>(
    '{ departments(first: 10) { nodes { id shortName } } }',
    {},
    adminToken,
  );
  const input = {
    ...item,
    deadline: item.deadline.toISOString(),
    departmentId: departments.nodes.find((d) => d.shortName === '住建局')!.id,
    coDepartmentIds: [],
  };
  await api.ok('mutation($input: FollowUpEditInput!) { editFollowUp(input: $input) { id } }', { input }, adminToken);
  await api.ok('mutation($ids: [ID!]!) { dispatchFollowUps(ids: $ids) { id } }', { ids: [item.id] }, adminToken);
}
