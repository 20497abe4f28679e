import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/harness.js';
import { createHash } from 'node:crypto';
import { VOTE_PAGE_INLINE_SCRIPT, webDistStandIn } from '../test/web-dist.js';

// The page's first query as the web build writes it: a fragment, as the page's own.
const QUERY =
  'query VoteLiveState($sessionId:ID!){liveState(sessionId:$sessionId){...F}}fragment F on LiveState{sessionId title status settings{onlineIdentity}}';
// The web build's drawing of the live page stands in as the session and code it was given; it fails for one title.
const DRAWING = `export async function renderVoteLivePage(joinCode, state) {
  if (state.title === '画不出') throw new Error('cannot draw this one');
  return '<p data-drawn="' + joinCode + '">' + state.sessionId + '</p>';
}`;

/** The state the page carries, or null when it has none. */
async function servedState(server: TestServer, pagePath: string) {
  const response = await fetch(`${server.url}${pagePath}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/html');
  expect(response.headers.get('cache-control')).toBe('no-cache');
  expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  const html = await response.text();
  const block = /<script type="application\/json" id="vote-page-state">(.*?)<\/script><\/head>/.exec(html);
  // No text in the block can end it or open a comment, whatever the session's texts hold.
  if (block) expect(block[1]).not.toMatch(/[<>]/);
  return {
    html,
    /** Which app's page: the vote pages' own (vote.html) or the main app's (index.html). */
    app: /<title>问政 测评<\/title>/.test(html) ? 'vote' : 'main',
    state: block ? (JSON.parse(block[1]!) as { joinCode: string; data: { liveState: Record<string, any> } }) : null,
  };
}

let server: TestServer;
let admin: string;

beforeAll(async () => {
  server = await startTestServer({ WEB_DIST: webDistStandIn(QUERY) });
  admin = await server.login('admin');
});
afterAll(async () => {
  await server?.stop();
});

async function session(title: string, settings: Record<string, unknown> = {}) {
  const created = await server.gql(
    'mutation($i: SessionInput!) { createSession(input: $i) { id joinCode } }',
    { i: { title, theme: '测试', scheduledAt: new Date().toISOString(), settings } },
    { token: admin },
  );
  return created.data.createSession as { id: string; joinCode: string };
}
const publish = (id: string) => server.gql('mutation($id: ID!) { publishSession(id: $id) { id } }', { id }, { token: admin });

describe('a session’s vote page (the QR link)', () => {
  it('carries the live state the page would ask for, as its query answers it', async () => {
    // A title that tries to end the data block and run a script of its own.
    const title = '停车难</script><script>alert(1)</script> & <!--';
    const planned = await session(title);
    await publish(planned.id);
    const { html, app, state } = await servedState(server, `/vote/${planned.joinCode}`);
    expect(app).toBe('vote');
    expect(state).toEqual({
      joinCode: planned.joinCode,
      data: { liveState: { sessionId: planned.id, title, status: 'PUBLISHED', settings: { onlineIdentity: 'DEVICE' } } },
    });
    expect(html).not.toContain('<script>alert');
    // The page's own scripts, and the block.
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    // A build without the drawing serves the page undrawn.
    expect(html).toContain('<div id="app"></div>');
    // The same as over GraphQL.
    const overGraphql = await server.gql(QUERY, { sessionId: planned.id });
    expect(overGraphql.data).toEqual(state!.data);
  });

  it('carries nothing for a draft, an unknown code or another vote page, which get the page alone', async () => {
    const draft = await session('草稿');
    const unused = String((Number(draft.joinCode) + 1) % 1_000_000).padStart(6, '0');
    for (const page of [`/vote/${draft.joinCode}`, `/vote/${unused}`, '/vote', `/vote/${draft.joinCode}/seat`])
      expect(await servedState(server, page), page).toMatchObject({ app: 'vote', state: null });
  });

  it('serves every other page path the main app', async () => {
    for (const page of ['/', '/admin/sessions', '/screen/1', '/voters'])
      expect(await servedState(server, page), page).toMatchObject({ app: 'main', state: null });
  });
});

describe('a session’s vote page, drawn by the web build', () => {
  let drawing: TestServer;
  beforeAll(async () => {
    drawing = await startTestServer({ WEB_DIST: webDistStandIn(QUERY, DRAWING) });
  });
  afterAll(async () => {
    await drawing?.stop();
  });

  async function published(title: string) {
    const token = await drawing.login('admin');
    const created = await drawing.gql(
      'mutation($i: SessionInput!) { createSession(input: $i) { id joinCode } }',
      { i: { title, theme: '测试', scheduledAt: new Date().toISOString() } },
      { token },
    );
    const planned = created.data.createSession as { id: string; joinCode: string };
    await drawing.gql('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: planned.id }, { token });
    return planned;
  }

  it('comes drawn from the live state it carries', async () => {
    const planned = await published('画得出');
    const { html, state } = await servedState(drawing, `/vote/${planned.joinCode}`);
    expect(html).toContain(`<div id="app"><p data-drawn="${planned.joinCode}">${planned.id}</p></div>`);
    expect(state?.data.liveState).toMatchObject({ sessionId: planned.id, title: '画得出' });
  });

  it('is served undrawn, with its state, when drawing it fails', async () => {
    const planned = await published('画不出');
    const { html, state } = await servedState(drawing, `/vote/${planned.joinCode}`);
    expect(html).toContain('<div id="app"></div>');
    expect(state?.data.liveState).toMatchObject({ sessionId: planned.id, title: '画不出' });
  });

  it('lets the page run its own inline script, by its hash, and no other inline script', async () => {
    const response = await fetch(`${drawing.url}/vote`);
    const scripts = /script-src ([^;]*)/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
    const hash = createHash('sha256').update(VOTE_PAGE_INLINE_SCRIPT).digest('base64');
    expect(scripts).toBe(`'self' 'sha256-${hash}'`);
  });
});
