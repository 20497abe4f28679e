import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { DomainError } from '../../graphql/errors.js';
import type { Logger } from '../../logger.js';
import { chromiumArgs, PdfPrinter, PRINT_TIMEOUT_MS } from './pdf-printer.js';

// The printer with the machine's Chromium (CHROMIUM_PATH, as in session-report.test.ts).

const warnings: string[] = [];
const ignore = () => undefined;
const logger = {
  warn: (_detail: unknown, message: string) => {
    warnings.push(message);
  },
  error: ignore,
  info: ignore,
  debug: ignore,
} as unknown as Logger;
const printer = new PdfPrinter(loadConfig({}).chromiumPath, logger);
afterAll(async () => {
  await printer.close();
});

const small = '<!doctype html><meta charset="utf-8"><p>报告</p>';
/** A document that takes Chromium seconds to lay out and print: thousands of table rows. */
const slow = `<!doctype html><meta charset="utf-8"><table>${'<tr><td>第一列内容</td><td>第二列内容</td><td>第三列内容</td></tr>'.repeat(60_000)}</table>`;
/** The running browser's open contexts (one per print while it prints). */
const openContexts = async () =>
  (await (printer as unknown as { browser: Promise<{ contexts(): unknown[] }> | null }).browser)?.contexts().length ?? 0;

describe('Chromium’s sandbox', () => {
  it('stays on unless the server runs as root, where Chromium cannot sandbox; then it is off and the reason is given', () => {
    expect(chromiumArgs(1000)).toEqual({ args: expect.not.arrayContaining(['--no-sandbox']), sandboxOff: null });
    expect(chromiumArgs(null).args).not.toContain('--no-sandbox'); // no getuid (Windows): no root to run as
    const root = chromiumArgs(0);
    expect(root.args).toContain('--no-sandbox');
    expect(root.sandboxOff).toMatch(/root/);
  });
});

describe('printing', () => {
  it(`gives up on a print after its timeout (${PRINT_TIMEOUT_MS / 1000} s by default) with SERVICE_UNAVAILABLE, closes its page, and prints the next one`, async () => {
    expect((await printer.print(small)).subarray(0, 5).toString()).toBe('%PDF-');
    const started = Date.now();
    const refused = await printer.print(slow, { timeoutMs: 300 }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: expect.stringContaining('took longer than') });
    // Answered at the timeout, plus at most the grace to close the page: not when the print would have ended.
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(await openContexts()).toBe(0);
    expect((await printer.print(small)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(warnings).toContain('a report took too long to print; abandoned');
    // A browser started again (as after an idle time) does not repeat the note about the sandbox.
    await (printer as unknown as { shutDownBrowser(): Promise<void> }).shutDownBrowser();
    expect((await printer.print(small)).subarray(0, 5).toString()).toBe('%PDF-');
    // As root, Chromium runs without its sandbox, and the log says so once.
    expect(warnings.filter((message) => message === 'printing reports with Chromium’s sandbox off')).toHaveLength(
      process.getuid?.() === 0 ? 1 : 0,
    );
  });
});
