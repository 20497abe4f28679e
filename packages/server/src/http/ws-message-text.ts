import { EventEmitter } from 'node:events';
import type { WebSocket, WebSocketServer } from 'ws';

/** Distinct message texts kept for sharing; when full, the table starts over. */
const MAX_TEXTS = 1_000;
/**
 * Shorter texts are handed over unshared. A vote (about 370–430 bytes) is never like another; looking
 * each up and holding it in the table until it starts over cost every vote about a microsecond, and
 * kept it alive through garbage collections. The subscriptions a page starts are 0.5–2 KB.
 */
const MIN_SHARED_LENGTH = 480;

/**
 * Hands each text message to the listeners (graphql-ws) as one shared string instead of a Buffer.
 * graphql-ws keeps the message that started a subscription, as it came and as text, for as long as
 * the subscription lasts: a Buffer and a string of about 1.3 KB each, per phone. Every phone of a
 * session subscribes with the very same message, so sharing identical texts keeps one copy for all.
 */
export function shareMessageTexts(server: WebSocketServer, maxTexts = MAX_TEXTS, minLength = MIN_SHARED_LENGTH): void {
  const texts = new Map<string, string>();
  const share = (text: string) => {
    if (text.length < minLength) return text;
    const shared = texts.get(text);
    if (shared !== undefined) return shared;
    if (texts.size >= maxTexts) texts.clear();
    texts.set(text, text);
    return text;
  };
  // One function for every socket, not a closure each: it is replaced on each connection object.
  function emit(this: WebSocket, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'message' && args[1] === false) args[0] = share(String(args[0]));
    return EventEmitter.prototype.emit.call(this, event, ...args);
  }
  server.on('connection', (ws: WebSocket) => {
    ws.emit = emit;
  });
}
