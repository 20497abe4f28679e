import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { VOTE_PAGE_QUERY_FILE, VOTE_PAGE_RENDER_FILE } from '../http/vote-page.js';

/** The inline script of the vote pages' stand-in page (vote.html keeps an early tap with one). */
export const VOTE_PAGE_INLINE_SCRIPT = 'window.kept = [];';

/**
 * A stand-in for the built web app (WEB_DIST), so pages are served as in production: the main app's
 * page, the vote pages' own (with an inline script), a script, the vote page's first query when one
 * is given, and the module that draws the live page (source of an ES module) when one is given.
 */
export function webDistStandIn(votePageQuery?: string, votePageDrawing?: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wz-web-'));
  mkdirSync(path.join(dir, 'assets'));
  mkdirSync(path.join(dir, '.vite'));
  const page = (title: string, inline = '') =>
    `<!doctype html><html><head><title>${title}</title>${inline}<script type="module" src="/assets/app.js"></script></head><body><div id="app"></div></body></html>`;
  writeFileSync(path.join(dir, 'index.html'), page('问政'));
  writeFileSync(path.join(dir, 'vote.html'), page('问政 测评', `<script>${VOTE_PAGE_INLINE_SCRIPT}</script>`));
  writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  if (votePageQuery) writeFileSync(path.join(dir, VOTE_PAGE_QUERY_FILE), votePageQuery);
  if (votePageDrawing) {
    mkdirSync(path.dirname(path.join(dir, VOTE_PAGE_RENDER_FILE)), { recursive: true });
    writeFileSync(path.join(dir, VOTE_PAGE_RENDER_FILE), votePageDrawing);
  }
  return dir;
}
