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
    questions: { title: string; questioner: string; respondent: string }[];
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
