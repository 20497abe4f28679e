import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Reads the build made by global-setup.ts: which JavaScript a page loads, and what is in it. The vote
// pages are an app of their own (vote.html), built apart from the main app (index.html).
const dist = fileURLToPath(new URL('../dist', import.meta.url));
type Manifest = Record<string, { file: string; imports?: string[]; dynamicImports?: string[] }>;
const readManifest = (name: string) => JSON.parse(readFileSync(path.join(dist, '.vite', name), 'utf8')) as Manifest;
const MAIN = { manifest: readManifest('manifest.json'), page: 'index.html' };
const VOTE_APP = { manifest: readManifest('vote-manifest.json'), page: 'vote.html' };
type App = typeof MAIN;

/**
 * The app's page's JavaScript with its static imports, plus each of `lazy` with everything it
 * imports, statically or on demand (so the English messages, fetched only when chosen, count too),
 * but for what is reached only through `apart` (a part with a budget of its own).
 */
function loadedFiles({ manifest, page }: App, lazy: string[], followDynamic = true, apart: string[] = []): string[] {
  const files = new Set<string>();
  const visit = (key: string, dynamic: boolean) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    if (files.has(chunk.file) || apart.includes(key)) return;
    files.add(chunk.file);
    chunk.imports?.forEach((child) => visit(child, dynamic));
    if (dynamic) chunk.dynamicImports?.forEach((child) => visit(child, dynamic));
  };
  visit(page, false);
  lazy.forEach((key) => visit(key, followDynamic));
  return [...files].filter((file) => file.endsWith('.js'));
}

const read = (file: string) => readFileSync(path.join(dist, file));
/**
 * What a browser taking `encoding` downloads for `files`: the compressed files the build made
 * (vite.config.ts, precompressed), which the server sends as they are, or a file itself where
 * compressing did not make it smaller.
 */
const served = (files: string[], encoding: 'gz' | 'br') =>
  files.reduce((sum, file) => {
    const compressed = path.join(dist, `${file}.${encoding}`);
    return sum + (existsSync(compressed) ? statSync(compressed).size : read(file).length);
  }, 0);
const gzipped = (files: string[]) => served(files, 'gz');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const contains = (files: string[], pattern: RegExp) => files.some((file) => pattern.test(read(file).toString('utf8')));

// Element Plus components keep their names (`name: "ElButton"`) through minification.
const elementPlus = /name:\s*["'`]El[A-Z]\w+["'`]/;
// vue-router's own error text and urql's exchange names survive minification too.
const vueRouter = /Navigation cancelled from|router-link-active/;
const urql = /\[GraphQL\] |\[Network\] /;
const echarts = /echarts|zrender/i;

/** The audience's phones: every vote page, as loaded on a phone (on mobile data, often in WeChat). */
const VOTE = ['src/surfaces/vote/voteMain.ts'];
// Every ballot type (the candidate list, 赞成/反对/弃权) and each subject's wording added about 5 KB;
// the parts loaded on demand (below) are compressed one by one, which costs about 2 KB more in all.
const VOTE_BUDGET_GZIP = 68 * 1024;
/**
 * A phone's first load of /vote/<code> (the QR link): the entry and what the vote pages import
 * statically, which the live page needs at once to show a question and its buttons. The candidate
 * list, the mobile-number form, the stream, the result, the code entry and seat pages, English and
 * the messages panel come on demand (see VoteApp.vue and VoteLivePage.vue), and so do the words of
 * the forms and of a result (formMessages.ts, roundMessages.ts). About 23 KB of it is Vue's runtime,
 * the parts the vote pages use (their app is built apart from the main app's, see vite.config.ts).
 */
const FIRST_LOAD_BUDGET_GZIP = 40 * 1024;
/**
 * Audience messages (网络互动): the form and the wall come in a chunk of their own, loaded only when
 * the session takes messages (most sessions do not), so they have a budget of their own, on top.
 */
const MESSAGES_PANEL = 'src/surfaces/vote/wall/VoteMessagesPanel.vue';
const MESSAGES_BUDGET_GZIP = 8 * 1024;

describe('the vote pages’ JavaScript', () => {
  it('stays within 68 KB gzipped, counting everything the pages load but the messages panel', () => {
    const files = loadedFiles(VOTE_APP, VOTE, true, [MESSAGES_PANEL]);
    const size = gzipped(files);
    console.info(`/vote loads ${files.length} JS files, ${kb(size)} gzipped (budget ${kb(VOTE_BUDGET_GZIP)}): ${files.join(', ')}`);
    expect(size).toBeLessThanOrEqual(VOTE_BUDGET_GZIP);
  });

  it('keeps a phone’s first load of /vote/<code> within 40 KB gzipped, leaving what only some sessions need for later', () => {
    const files = loadedFiles(VOTE_APP, VOTE, false);
    const size = gzipped(files);
    const perFile = files.map((file) => `${file} ${kb(gzipped([file]))}`).join(', ');
    console.info(
      `first load of /vote/<code>: ${files.length} JS files, ${kb(size)} gzipped, ${kb(served(files, 'br'))} with brotli (budget ${kb(FIRST_LOAD_BUDGET_GZIP)}): ${perFile}`,
    );
    expect(size).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_GZIP);
    // The live page shows a satisfaction or yes/no ballot with what it loads at once…
    expect(contains(files, /VoteCastVote/)).toBe(true);
    // …and fetches the rest when a session or a moment needs it.
    const later = [
      'VotePicks.vue',
      'VotePhoneCodeForm.vue',
      'VoteResultCard.vue',
      'VoteStream.vue',
      'VoteEntryPage.vue',
      'VoteSeatPage.vue',
    ];
    for (const name of later) {
      const key = `src/surfaces/vote/${name}`;
      expect(VOTE_APP.manifest[key], key).toBeDefined();
      expect(files).not.toContain(VOTE_APP.manifest[key]!.file);
    }
    expect(contains(files, /VoteRequestCode|VoteJoinWithCode|VoteClaimSeat/)).toBe(false);
    // The words of the forms and of a result come with them (formMessages.ts, roundMessages.ts).
    expect(contains(files, /席位码|各选项得票/)).toBe(false);
    expect(files).not.toContain(VOTE_APP.manifest['src/surfaces/vote/messages.en.ts']!.file);
  });

  it('loads the messages panel apart, within 8 KB gzipped more, only when a session takes messages', () => {
    const without = new Set(loadedFiles(VOTE_APP, VOTE, true, [MESSAGES_PANEL]));
    const extra = loadedFiles(VOTE_APP, VOTE).filter((file) => !without.has(file));
    const size = gzipped(extra);
    console.info(
      `the messages panel adds ${extra.length} JS files, ${kb(size)} gzipped (budget ${kb(MESSAGES_BUDGET_GZIP)}): ${extra.join(', ')}`,
    );
    expect(extra.length).toBeGreaterThan(0);
    expect(size).toBeLessThanOrEqual(MESSAGES_BUDGET_GZIP);
    // Its operations are in the panel's chunks, not in what every phone loads.
    expect(contains([...without], /VoteSendMessage|messageWallChanged/)).toBe(false);
    expect(contains(extra, /VoteSendMessage/)).toBe(true);
  });

  it('loads neither the admin component library, nor vue-router, urql or ECharts', () => {
    const staff = loadedFiles(MAIN, ['src/surfaces/admin/AdminLayout.vue']);
    expect(contains(staff, elementPlus)).toBe(true); // the checks do see them where they are
    expect(contains(staff, vueRouter)).toBe(true);
    expect(contains(staff, urql)).toBe(true);

    const vote = loadedFiles(VOTE_APP, VOTE);
    expect(contains(vote, elementPlus)).toBe(false);
    expect(contains(vote, vueRouter)).toBe(false);
    expect(contains(vote, urql)).toBe(false);
    expect(contains(vote, echarts)).toBe(false);
    expect(contains(loadedFiles(MAIN, ['src/surfaces/login/LoginPage.vue'], false), elementPlus)).toBe(false);
  });

  it('carries no other surface’s GraphQL operations', () => {
    const vote = loadedFiles(VOTE_APP, VOTE);
    expect(contains(vote, /VoteCastVote/)).toBe(true);
    expect(contains(vote, /AdminAccounts|AdminCreateAccount|query Me\b|ScreenSession/)).toBe(false);
  });
});

describe('the broadcast screen’s JavaScript', () => {
  it('loads ECharts and the QR encoder only with the screen, without vue-i18n or urql', () => {
    // The screen runs in the main app: its shell with vue-router, then the page and what it fetches.
    const screen = loadedFiles(MAIN, ['src/surfaces/screen/ScreenLivePage.vue']);
    expect(contains(screen, echarts)).toBe(true);
    expect(contains(screen, urql)).toBe(false);
    expect(contains(screen, elementPlus)).toBe(false);
    expect(contains(loadedFiles(MAIN, ['src/surfaces/admin/AdminLayout.vue']), /zrender/i)).toBe(false);
    console.info(`/screen/:id loads ${kb(gzipped(screen))} of JS gzipped`);
  });
});
