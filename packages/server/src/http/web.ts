import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { type Express } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { withVotePageState, type VotePageStateReader } from './vote-page.js';

/** The vote pages' addresses (the web's votePaths.ts), and among them a session's, the one its QR code opens. */
const VOTE_PAGES = /^\/vote(\/.*)?$/;
const SESSION_VOTE_PAGE = /^\/vote\/(\d{6})\/?$/;

/**
 * The CSP hash sources of the built pages' inline scripts (the vote page keeps a tap made before its
 * scripts have run): the policy allows those exact scripts and no other inline one.
 */
export function inlineScriptHashes(webDist: string): string[] {
  const hashes = new Set<string>();
  for (const page of ['index.html', 'vote.html']) {
    const file = path.join(webDist, page);
    if (!existsSync(file)) continue;
    for (const [, source] of readFileSync(file, 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g))
      hashes.add(`'sha256-${createHash('sha256').update(source!).digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * Serves the built web app: the vote pages' own app (vote.html) at their addresses, a session's with
 * its live state when `votePageState` can give it, and the main app (index.html) at every other page
 * path (client-side routes).
 */
export function serveWeb(app: Express, webDist: string, votePageState: VotePageStateReader | null): boolean {
  const index = path.join(webDist, 'index.html');
  const votePages = path.join(webDist, 'vote.html');
  if (!existsSync(index) || !existsSync(votePages)) return false;
  // Phones on mobile data: compression halves what they download, or better. GraphQL is mounted earlier and not compressed.
  const compress = compression();
  // Scripts and styles come compressed from the build (brotli, and gzip; the web's vite.config.ts):
  // sent as they are, not compressed again for every phone that opens the QR link.
  const builtAssets = expressStaticGzip(path.join(webDist, 'assets'), {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    serveStatic: { immutable: true, maxAge: '1y', fallthrough: false },
  });
  app.use('/assets', compress, builtAssets);
  app.use(compress, express.static(webDist, { index: false, maxAge: '1h' }));
  const voteHtml = readFileSync(votePages, 'utf8');
  app.get(VOTE_PAGES, compress, async (req, res) => {
    const joinCode = SESSION_VOTE_PAGE.exec(req.path)?.[1];
    const state = joinCode && votePageState ? await votePageState(joinCode, req.ip ?? 'unknown') : null;
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(state ? withVotePageState(voteHtml, state) : voteHtml);
  });
  app.get(/^\/(?!graphql|healthz|readyz).*/, compress, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
