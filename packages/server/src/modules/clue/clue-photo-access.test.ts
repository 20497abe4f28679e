import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { clueReaderRoles } from './clue.routes.js';

// Who is served a clue's photo (GET /uploads/clue-photos/:id), and how it may be cached.

let server: TestServer;
let tokens: Record<'admin' | 'host' | 'dept' | 'rep', string>;

beforeAll(async () => {
  server = await startTestServer({ UPLOAD_DIR: mkdtempSync(path.join(os.tmpdir(), 'wz-clue-photos-')) });
  const [admin, host, dept, rep] = await Promise.all(['admin', 'host', 'dept', 'rep'].map((name) => server.login(name)));
  tokens = { admin: admin!, host: host!, dept: dept!, rep: rep! };
});
afterAll(async () => {
  await server?.stop();
});

/** A clue (general, no session) with one photo; the photo's address and the clue's id. */
async function clueWithPhoto(): Promise<{ url: string; clueId: string }> {
  const registered = await server.gql<{ registerDevice: string }>('mutation { registerDevice }');
  if (!registered.data) throw new Error(JSON.stringify(registered.errors));
  const device = registered.data.registerDevice;
  const form = new FormData();
  const bytes = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#4a7' } })
    .jpeg()
    .toBuffer();
  form.append('photo', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'photo.jpg');
  const upload = (await (
    await fetch(`${server.url}/uploads/clue-photos`, { method: 'POST', body: form, headers: { 'x-public-device': device } })
  ).json()) as { id: string };
  const submitted = await server.gql<{ submitClue: { id: string } }>(
    'mutation($input: SubmitClueInput!) { submitClue(input: $input) { id } }',
    {
      input: {
        title: '小区路灯长期不亮',
        description: '阳光花园 3 栋附近的路灯坏了三个月，晚上出行很不方便。',
        category: 'FACILITIES',
        location: '云溪县阳光花园',
        photoIds: [upload.id],
      },
    },
    { device },
  );
  if (!submitted.data) throw new Error(JSON.stringify(submitted.errors));
  return { url: `${server.url}/uploads/clue-photos/${upload.id}`, clueId: submitted.data.submitClue.id };
}

async function setPublished(clueId: string, published: boolean) {
  const result = await server.gql(
    'mutation($id: ID!, $p: Boolean!) { setCluePublished(clueId: $id, published: $p) { id } }',
    { id: clueId, p: published },
    { token: tokens.admin },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
}

const as = (url: string, role: keyof typeof tokens | null, headers: Record<string, string> = {}) =>
  fetch(url, { headers: { ...headers, ...(role ? { authorization: `Bearer ${tokens[role]}` } : {}) } });

describe('an unpublished clue’s photo', () => {
  it('uses the same roles as reading clues: the schema’s clue and clues queries allow exactly clueReaderRoles', () => {
    const fields = server.schema.getQueryType()!.getFields();
    for (const name of ['clue', 'clues'])
      expect([...(fields[name]!.extensions.access as string[])].sort()).toEqual([...clueReaderRoles].sort());
  });

  it('is served to the roles that triage clues only; every other role and the public get NOT_FOUND', async () => {
    const { url } = await clueWithPhoto();
    for (const role of ['host', 'dept', 'rep', null] as const) {
      const response = await as(url, role);
      expect(response.status, `${role ?? 'anonymous'}`).toBe(404);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    }
    const staff = await as(url, 'admin');
    expect(staff.status).toBe(200);
    expect(staff.headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('a published clue’s photo', () => {
  it('is served to everyone, but checked again on every use (no-cache with ETag and Last-Modified), so unpublishing withdraws it at once', async () => {
    const { url, clueId } = await clueWithPhoto();
    await setPublished(clueId, true);
    const first = await as(url, null);
    expect(first.status).toBe(200);
    const cacheControl = first.headers.get('cache-control') ?? '';
    expect(cacheControl).toBe('no-cache');
    expect(cacheControl).not.toMatch(/max-age=[1-9]/);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(first.headers.get('last-modified')).toBeTruthy();
    // A cache revalidates cheaply while the clue stays published (fetch would add `no-cache` to a
    // conditional request, which skips the 304; a browser revalidating sends max-age=0)…
    const revalidate = { 'if-none-match': etag!, 'cache-control': 'max-age=0' };
    const revalidated = await as(url, null, revalidate);
    expect(revalidated.status).toBe(304);
    // …and is refused as soon as it is not.
    await setPublished(clueId, false);
    expect((await as(url, null, revalidate)).status).toBe(404);
    expect((await as(url, 'host')).status).toBe(404);
    expect((await as(url, 'admin')).status).toBe(200);
  });
});
