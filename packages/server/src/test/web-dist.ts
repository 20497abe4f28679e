import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { VOTE_PAGE_QUERY_FILE } from '../http/vote-page.js';

/**
 * A stand-in for the built web app (WEB_DIST), so pages are served as in production: the main app's
 * page, the vote pages' own, a script, and the vote page's first query when one is given.
 */
export function webDistStandIn(votePageQuery?: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wz-web-'));
  mkdirSync(path.join(dir, 'assets'));
  mkdirSync(path.join(dir, '.vite'));
  const page = (title: string) =>
    `<!doctype html><html><head><title>${title}</title><script type="module" src="/assets/app.js"></script></head><body><div id="app"></div></body></html>`;
  writeFileSync(path.join(dir, 'index.html'), page('问政'));
  writeFileSync(path.join(dir, 'vote.html'), page('问政 测评'));
  writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  if (votePageQuery) writeFileSync(path.join(dir, VOTE_PAGE_QUERY_FILE), votePageQuery);
  return dir;
}
