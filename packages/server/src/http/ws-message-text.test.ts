import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { shareMessageTexts } from './ws-message-text.js';

describe('shareMessageTexts', () => {
  let server: WebSocketServer | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('hands text messages over as strings, intact beyond its table and below its length, and binary ones as they came', async () => {
    server = new WebSocketServer({ port: 0 });
    shareMessageTexts(server, 2, 10);
    const received: { data: unknown; isBinary: boolean }[] = [];
    server.on('connection', (socket) => socket.on('message', (data, isBinary) => received.push({ data, isBinary })));
    await new Promise((resolve) => server!.once('listening', resolve));
    const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
    await new Promise((resolve) => client.once('open', resolve));
    const texts = [
      '{"type":"subscribe"}',
      '{"type":"subscribe"}',
      'the second',
      'the third',
      '第四条消息 ✓ 第四条',
      '{"type":"subscribe"}',
      'short',
    ];
    for (const text of texts) client.send(text);
    client.send(Buffer.from([0, 1, 2]), { binary: true });
    await expect.poll(() => received.length).toBe(texts.length + 1);
    client.close();
    expect(received.slice(0, texts.length)).toEqual(texts.map((data) => ({ data, isBinary: false })));
    expect(received.at(-1)).toEqual({ data: Buffer.from([0, 1, 2]), isBinary: true });
  });
});
