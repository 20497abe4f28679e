import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/harness.js';
import { EVIDENCE_UPLOADS_PER_10_MINUTES } from '../modules/follow-up/follow-up.routes.js';
import { LINGER_MS } from './upload.js';

// The two upload routes (/uploads/evidence, /uploads/clue-photos) check the caller, the declared size
// and the rate limits before they read any of the body, and stream the file to a temporary file
// under the size cap. The raw-socket tests send the request head alone: an answer that arrives then
// was given without reading the body.

const uploadDir = mkdtempSync(path.join(os.tmpdir(), 'wz-uploads-'));
const incoming = path.join(uploadDir, '.incoming');
const MB = 1024 * 1024;
let server: TestServer;
let admin: string;
let host: string;
let dept: string;

beforeAll(async () => {
  server = await startTestServer({ UPLOAD_DIR: uploadDir });
  [admin, host, dept] = await Promise.all([server.login('admin'), server.login('host'), server.login('dept')]);
});
afterAll(async () => {
  await server?.stop();
});

interface RawAnswer {
  status: number;
  headers: string;
  body: string;
  closed: boolean;
}

/**
 * Sends only a request head (no body bytes), then waits for the answer and for the server to close
 * the connection. Fails if no answer comes within `ms`: a server waiting for the body never answers.
 */
function headOnly(urlPath: string, headers: Record<string, string>, ms = 3_000): Promise<RawAnswer> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    let text = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${ms} ms: the server is waiting for the body`));
    }, ms);
    const finish = (closed: boolean) => {
      clearTimeout(timer);
      const [head = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body, closed });
    };
    socket.on('data', (chunk) => {
      text += chunk.toString('utf8');
    });
    socket.on('end', () => finish(true));
    socket.on('error', () => finish(true));
    socket.write(
      `POST ${urlPath} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${Object.entries(headers)
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join('')}\r\n`,
    );
  });
}

const multipartHead = (boundary: string, field: string, fileName: string, type: string) =>
  `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`;

/**
 * Streams a chunked multipart upload (no Content-Length) of up to `totalBytes` of file data, stopping
 * as soon as the answer arrives; how many file bytes were sent by then.
 */
function streamUpload(
  urlPath: string,
  headers: Record<string, string>,
  field: string,
  totalBytes: number,
  abandon?: () => Promise<boolean>,
): Promise<{ status: number | null; body: string; sentBytes: number }> {
  const boundary = 'wzboundary1234';
  const { port } = new URL(server.url);
  return new Promise((resolve) => {
    let sentBytes = 0;
    let answered = false;
    const request = http.request({
      host: '127.0.0.1',
      port,
      path: urlPath,
      method: 'POST',
      headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked' },
    });
    request.on('response', (response) => {
      answered = true;
      let body = '';
      response.on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? null, body, sentBytes }));
      response.on('error', () => resolve({ status: response.statusCode ?? null, body, sentBytes }));
    });
    request.on('error', () => {
      if (!answered) resolve({ status: null, body: '', sentBytes });
    });
    request.on('close', () => {
      if (!answered) resolve({ status: null, body: '', sentBytes });
    });
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    void (async () => {
      request.write(multipartHead(boundary, field, 'big.pdf', 'application/pdf'));
      request.write('%PDF-1.4\n');
      while (!answered && sentBytes < totalBytes && !request.destroyed) {
        if (abandon && (await abandon())) {
          request.destroy();
          return;
        }
        sentBytes += chunk.length;
        // Each chunk handed to the socket before the next, so sentBytes is what left this process.
        await new Promise((r) => {
          request.write(chunk, r);
          setTimeout(r, 200);
        });
      }
      if (!answered && !request.destroyed) request.end(`\r\n--${boundary}--\r\n`);
    })().catch(() => undefined);
  });
}

/** Waits until the folder of uploads being received is empty (they are removed once their stream has closed). */
async function noTemporaryFiles(): Promise<string[]> {
  for (let i = 0; i < 50; i++) {
    const left = existsSync(incoming) ? readdirSync(incoming) : [];
    if (left.length === 0) return left;
    await new Promise((r) => setTimeout(r, 100));
  }
  return readdirSync(incoming);
}

async function uploadEvidence(token: string, bytes: Buffer, name: string, type: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const response = await fetch(`${server.url}/uploads/evidence`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function device(): Promise<string> {
  const result = await server.gql<{ registerDevice: string }>('mutation { registerDevice }');
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.registerDevice;
}

const photo = () =>
  sharp({ create: { width: 400, height: 300, channels: 3, background: '#4a7' } })
    .jpeg()
    .toBuffer();
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const storedFiles = () => readdirSync(uploadDir).filter((name) => name !== '.incoming');

describe('evidence uploads (/uploads/evidence)', () => {
  it('refuses an anonymous 5 MB upload with 401 before reading any of it, and closes the connection', async () => {
    const answer = await headOnly('/uploads/evidence', {
      'content-type': 'multipart/form-data; boundary=x',
      'content-length': String(5 * MB),
    });
    expect(answer.status).toBe(401);
    expect(answer.headers).toContain('connection: close');
    expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(answer.closed).toBe(true);
  });

  it('refuses a role that may not upload evidence (403), and a declared size over the cap (413), before reading', async () => {
    const forbidden = await headOnly('/uploads/evidence', {
      authorization: `Bearer ${host}`,
      'content-type': 'multipart/form-data; boundary=x',
      'content-length': String(5 * MB),
    });
    expect(forbidden.status).toBe(403);
    expect(JSON.parse(forbidden.body)).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    const huge = await headOnly('/uploads/evidence', {
      authorization: `Bearer ${dept}`,
      'content-type': 'multipart/form-data; boundary=x',
      'content-length': String(500 * MB),
    });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(huge.closed).toBe(true);
  });

  it('cuts a chunked upload (no Content-Length) off at 20 MB with 413, before the client has sent it all, and keeps no temporary file', async () => {
    const before = storedFiles();
    const result = await streamUpload('/uploads/evidence', { authorization: `Bearer ${dept}` }, 'file', 60 * MB);
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    // Answered once the cap was passed, not after the 60 MB the client meant to send.
    expect(result.sentBytes).toBeGreaterThan(20 * MB - 64 * 1024);
    expect(result.sentBytes).toBeLessThan(40 * MB);
    expect(await noTemporaryFiles()).toEqual([]);
    expect(storedFiles()).toEqual(before);
  });

  it('removes the temporary file of an upload the client abandons half-way', async () => {
    let seen: string[] = [];
    // The client goes away once the server is writing the file to its temporary folder.
    const result = await streamUpload('/uploads/evidence', { authorization: `Bearer ${dept}` }, 'file', 10 * MB, async () => {
      seen = existsSync(incoming) ? readdirSync(incoming) : [];
      return seen.length > 0;
    });
    expect(result.status).toBeNull();
    expect(seen).toHaveLength(1);
    expect(result.sentBytes).toBeLessThan(10 * MB);
    expect(await noTemporaryFiles()).toEqual([]);
  });

  it('still takes a normal photo and PDF, stored under their id, with no temporary file left', async () => {
    const image = await uploadEvidence(dept, await photo(), '现场照片.png', 'image/png');
    expect(image).toMatchObject({ status: 201, body: { contentType: 'image/jpeg', fileName: '现场照片.png' } });
    const document = await uploadEvidence(dept, pdf, '整改报告.pdf', 'application/pdf');
    expect(document).toMatchObject({ status: 201, body: { contentType: 'application/pdf', byteSize: pdf.length } });
    expect(storedFiles()).toEqual(expect.arrayContaining([image.body.id, document.body.id]));
    expect(readdirSync(incoming)).toEqual([]);
    const served = await fetch(`${server.url}/uploads/evidence/${document.body.id}`, { headers: { authorization: `Bearer ${dept}` } });
    expect(Buffer.from(await served.arrayBuffer())).toEqual(pdf);
    const text = await uploadEvidence(dept, Buffer.from('not a photo'), 'notes.txt', 'text/plain');
    expect(text).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'file' } }] } });
    expect(readdirSync(incoming)).toEqual([]);
  });

  it(`limits each account to ${EVIDENCE_UPLOADS_PER_10_MINUTES} uploads in ten minutes, refusing the next before reading it`, async () => {
    const statuses = [];
    for (let i = 0; i < EVIDENCE_UPLOADS_PER_10_MINUTES; i++)
      statuses.push((await uploadEvidence(admin, Buffer.from('x'), 'x.txt', 'text/plain')).status);
    expect(new Set(statuses)).toEqual(new Set([400]));
    const refused = await headOnly('/uploads/evidence', {
      authorization: `Bearer ${admin}`,
      'content-type': 'multipart/form-data; boundary=x',
      'content-length': String(5 * MB),
    });
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body)).toMatchObject({
      errors: [{ extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) } }],
    });
    // Another account has its own budget.
    expect((await uploadEvidence(dept, pdf, 'r.pdf', 'application/pdf')).status).toBe(201);
  });
});

describe('clue photo uploads (/uploads/clue-photos)', () => {
  it('refuses an upload without a device pass (400) or over the declared cap (413) before reading it', async () => {
    const anonymous = await headOnly('/uploads/clue-photos', {
      'content-type': 'multipart/form-data; boundary=x',
      'content-length': String(5 * MB),
    });
    expect(anonymous.status).toBe(400);
    expect(JSON.parse(anonymous.body)).toMatchObject({ errors: [{ extensions: { code: 'DEVICE_REQUIRED' } }] });
    expect(anonymous.headers).toContain('connection: close');
    const huge = await headOnly('/uploads/clue-photos', {
      'x-public-device': await device(),
      'content-type': 'multipart/form-data; boundary=x',
      'content-length': String(11 * MB),
    });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'photo' } }] });
  });

  it('refuses a device over its limit before reading the upload', async () => {
    const token = await device();
    for (let i = 0; i < 15; i++) {
      const form = new FormData();
      form.append('photo', new Blob([new Uint8Array(await photo())], { type: 'image/jpeg' }), 'p.jpg');
      expect(
        (await fetch(`${server.url}/uploads/clue-photos`, { method: 'POST', body: form, headers: { 'x-public-device': token } })).status,
      ).toBe(201);
    }
    const refused = await headOnly('/uploads/clue-photos', {
      'x-public-device': token,
      'content-type': 'multipart/form-data; boundary=x',
      'content-length': String(MB),
    });
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body)).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
  });

  it('cuts a chunked photo off at 10 MB with 413 and keeps no temporary file', async () => {
    const result = await streamUpload('/uploads/clue-photos', { 'x-public-device': await device() }, 'photo', 40 * MB);
    expect(result.status).toBe(413);
    expect(result.sentBytes).toBeLessThan(25 * MB);
    expect(await noTemporaryFiles()).toEqual([]);
  });
});

describe('closing the connection after an early refusal', () => {
  /**
   * Sends a 20 MB upload's head and a first part of its body with no sign-in, then `chunk` bytes
   * every `everyMs` until the server closes the connection (or 6 s pass), reading what comes back
   * only from 500 ms on. A server that closed with the body unread would have reset the connection
   * by then, and the client would have lost the answer with it.
   */
  function sendOnAfterAnswer(chunk: number, everyMs: number) {
    const { port } = new URL(server.url);
    return new Promise<{ text: string; sendingMs: number }>((resolve) => {
      const socket = net.connect({ port: Number(port), host: '127.0.0.1', allowHalfOpen: true });
      socket.pause();
      let text = '';
      const started = Date.now();
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearInterval(sender);
        resolve({ text, sendingMs: Date.now() - started });
      });
      socket.write(
        `POST /uploads/evidence HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: multipart/form-data; boundary=x\r\ncontent-length: ${20 * MB}\r\n\r\n`,
      );
      socket.write(Buffer.alloc(256 * 1024, 0x41));
      setTimeout(() => {
        socket.on('data', (data) => {
          text += data.toString('utf8');
        });
        socket.resume();
      }, 500);
      const sender = setInterval(() => {
        if (Date.now() - started > 6_000) socket.destroy();
        else socket.write(Buffer.alloc(chunk, 0x41), (error) => error && socket.destroy());
      }, everyMs);
    });
  }

  it('keeps reading what the client still sends, so the client reads the refusal rather than a reset, and closes after the linger time', async () => {
    const answer = await sendOnAfterAnswer(16 * 1024, 100);
    expect(answer.text).toMatch(/^HTTP\/1\.1 401/);
    expect(answer.text.toLowerCase()).toContain('connection: close');
    expect(JSON.parse(answer.text.split('\r\n\r\n')[1] ?? '')).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    // A slow sender is cut off once the linger time is up, not kept for the whole body.
    expect(answer.sendingMs).toBeGreaterThanOrEqual(LINGER_MS);
    expect(answer.sendingMs).toBeLessThan(LINGER_MS + 2_000);
  });

  it('stops reading a fast sender after a few megabytes', async () => {
    const answer = await sendOnAfterAnswer(MB, 5);
    expect(answer.sendingMs).toBeLessThan(LINGER_MS);
  });
});
