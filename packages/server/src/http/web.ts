import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { type Express } from 'express';
import { withVotePageState, type VotePageStateReader } from './vote-page.js';

/** A session's vote page, the address its QR code opens. */
const VOTE_PAGE = /^\/vote\/(\d{6})\/?$/;

/**
 * Serves the built web app, with every unknown page path answered by index.html (client-side
 * routes); a session's vote page carries its live state when `votePageState` can give it.
 */
export function serveWeb(app: Express, webDist: string, votePageState: VotePageStateReader | null): boolean {
  const index = path.join(webDist, 'index.html');
  if (!existsSync(index)) return false;
  // Phones on mobile data: gzip halves what they download. GraphQL is mounted earlier and not compressed.
  const compress = compression();
  app.use('/assets', compress, express.static(path.join(webDist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(compress, express.static(webDist, { index: false, maxAge: '1h' }));
  if (votePageState) {
    const html = readFileSync(index, 'utf8');
    app.get(VOTE_PAGE, compress, async (req, res) => {
      const state = await votePageState(VOTE_PAGE.exec(req.path)![1]!, req.ip ?? 'unknown');
      res.setHeader('Cache-Control', 'no-cache');
      res.type('html').send(state ? withVotePageState(html, state) : html);
    });
  }
  app.get(/^\/(?!graphql|healthz|readyz).*/, compress, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
