import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webDistStandIn } from '../test/web-dist.js';
import { serveWeb } from './web.js';

const SCRIPT = `export const words = ${JSON.stringify('满意 基本满意 不满意 '.repeat(200))};`;

/** One GET with the given Accept-Encoding, its body as the bytes on the wire. */
function get(url: string, acceptEncoding: string): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

describe('the built scripts, compressed at build time', () => {
  let server: Server;
  let base: string;
  // Stand-ins for the build's own compressed files, made differently from what the server would make on the fly.
  const brotli = brotliCompressSync(Buffer.from(SCRIPT));
  const gzip = gzipSync(Buffer.from(SCRIPT), { level: 1 });

  beforeAll(async () => {
    const dist = webDistStandIn();
    writeFileSync(path.join(dist, 'assets', 'vote.js'), SCRIPT);
    writeFileSync(path.join(dist, 'assets', 'vote.js.br'), brotli);
    writeFileSync(path.join(dist, 'assets', 'vote.js.gz'), gzip);
    const app = express();
    expect(serveWeb(app, dist, null)).toBe(true);
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('sends the brotli file as it is to a browser that takes brotli', async () => {
    const response = await get(`${base}/assets/vote.js`, 'gzip, deflate, br');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(response.headers.vary).toContain('Accept-Encoding');
    expect(response.headers['cache-control']).toContain('immutable');
    expect(response.body.equals(brotli)).toBe(true);
  });

  it('sends the gzip file as it is to a browser that takes only gzip', async () => {
    const response = await get(`${base}/assets/vote.js`, 'gzip');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.body.equals(gzip)).toBe(true);
  });

  it('sends the script itself to a client that takes neither, and compresses what the build did not', async () => {
    const plain = await get(`${base}/assets/vote.js`, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(SCRIPT);
    const missing = await get(`${base}/assets/nothing.js`, 'gzip');
    expect(missing.status).toBe(404);
  });
});
