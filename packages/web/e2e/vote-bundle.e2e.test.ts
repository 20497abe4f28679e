import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// Reads the build made by global-setup.ts: which JavaScript a route loads, and what is in it.
const dist = fileURLToPath(new URL('../dist', import.meta.url));
type Manifest = Record<string, { file: string; imports?: string[] }>;
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;

/** The entry's JavaScript plus the route component's, with everything they import statically. */
function routeFiles(component: string): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  visit('index.html');
  visit(component);
  return [...files].filter((file) => file.endsWith('.js'));
}

const read = (file: string) => readFileSync(path.join(dist, file));
// Element Plus components keep their names (`name: "ElButton"`) through minification.
const elementPlus = /name:\s*["'`]El[A-Z]\w+["'`]/;
const hasElementPlus = (files: string[]) => files.some((file) => elementPlus.test(read(file).toString('utf8')));

/** Goal for the audience's phones; the budget below only stops the route from growing further. */
const VOTE_GOAL_GZIP = 60 * 1024;
const VOTE_BUDGET_GZIP = 85 * 1024;

describe('the vote route bundle', () => {
  it('does not load the admin component library', () => {
    expect(hasElementPlus(routeFiles('src/surfaces/admin/AdminLayout.vue'))).toBe(true); // the check does see it
    expect(hasElementPlus(routeFiles('src/surfaces/vote/VoteHomePage.vue'))).toBe(false);
    expect(hasElementPlus(routeFiles('src/surfaces/login/LoginPage.vue'))).toBe(false);
  });

  it('stays within its size budget', () => {
    const files = routeFiles('src/surfaces/vote/VoteHomePage.vue');
    const gzipped = files.reduce((sum, file) => sum + gzipSync(read(file)).length, 0);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.info(`/vote loads ${files.length} JS files, ${kb(gzipped)} gzipped (goal ${kb(VOTE_GOAL_GZIP)})`);
    expect(gzipped).toBeLessThan(VOTE_BUDGET_GZIP);
  });
});
