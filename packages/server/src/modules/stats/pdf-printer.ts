import type { Browser, BrowserContext } from 'playwright-core';
import { DomainError } from '../../graphql/errors.js';
import type { Logger } from '../../logger.js';

/** Closes an idle browser after this long; the next report starts it again (about a second). */
const IDLE_MS = 5 * 60_000;

/** The longest one report may take to print (starting Chromium included); then it is abandoned. */
export const PRINT_TIMEOUT_MS = 30_000;

/** How long a timed-out print's page may take to close before the whole browser is closed instead. */
const CLOSE_GRACE_MS = 5_000;

/**
 * Chromium's arguments. Its sandbox stays on, except as root, where Chromium refuses to start with it
 * (it cannot drop privileges to sandbox its renderers); then `--no-sandbox`, and `sandboxOff` says why.
 */
export function chromiumArgs(uid: number | null = process.getuid?.() ?? null): { args: string[]; sandboxOff: string | null } {
  const args = ['--headless', '--disable-gpu', '--disable-background-networking'];
  if (uid !== 0) return { args, sandboxOff: null };
  return {
    args: [...args, '--no-sandbox'],
    sandboxOff: 'the server runs as root, where Chromium cannot sandbox its pages; run it as another user to print reports in the sandbox',
  };
}

const FOOTER = `<div style="width:100%;text-align:center;font-size:10pt;font-family:'Noto Serif CJK SC',serif;color:#333">— <span class="pageNumber"></span> —</div>`;

/**
 * Prints HTML to A4 PDF with the machine's Chromium (CHROMIUM_PATH): started on the first report,
 * kept while reports are asked for, closed when idle and when the server stops. One report prints
 * at a time, so a burst of downloads cannot start a browser page each on a small server. The pages
 * run no script and load nothing: the HTML is the whole document. A print that takes longer than its
 * timeout is abandoned (its page closed; the caller gets SERVICE_UNAVAILABLE), so one document that
 * will not finish cannot hold up every report after it.
 */
export class PdfPrinter {
  private browser: Promise<Browser> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private idle: NodeJS.Timeout | undefined;
  private closed = false;
  private sandboxNoted = false;
  private readonly timeoutMs: number;

  constructor(
    private readonly executablePath: string,
    private readonly logger: Logger,
    options: { timeoutMs?: number } = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? PRINT_TIMEOUT_MS;
  }

  /** Prints one document, after the ones asked for earlier; `timeoutMs` overrides the printer's timeout for this one. */
  print(html: string, options: { timeoutMs?: number } = {}): Promise<Buffer> {
    if (this.closed) return Promise.reject(new DomainError('SERVICE_UNAVAILABLE', 'The server is stopping; try again in a moment.'));
    const job = this.queue.then(() => this.printWithin(html, options.timeoutMs ?? this.timeoutMs));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private launch(): Promise<Browser> {
    if (!this.browser) {
      // playwright-core is loaded with the first report, not at start-up: it is large, and a restarted
      // server must be ready within seconds.
      const { args, sandboxOff } = chromiumArgs();
      if (sandboxOff && !this.sandboxNoted) {
        this.sandboxNoted = true;
        this.logger.warn({ reason: sandboxOff }, 'printing reports with Chromium’s sandbox off');
      }
      const launching = import('playwright-core')
        .then(({ chromium }) => chromium.launch({ executablePath: this.executablePath, args, timeout: PRINT_TIMEOUT_MS }))
        .then((browser) => {
          browser.on('disconnected', () => {
            if (this.browser === launching) this.browser = null;
          });
          return browser;
        });
      launching.catch((error: unknown) => {
        if (this.browser === launching) this.browser = null;
        const hint = sandboxOff
          ? undefined
          : 'Chromium runs with its sandbox, which needs unprivileged user namespaces (if it says "No usable sandbox", allow them for the server’s user)';
        this.logger.error({ err: error, executablePath: this.executablePath, hint }, 'could not start Chromium to print a report');
      });
      this.browser = launching;
    }
    return this.browser.catch(() => {
      throw new DomainError(
        'SERVICE_UNAVAILABLE',
        'The PDF printer (Chromium) could not be started; ask the administrator to install Chromium or set CHROMIUM_PATH.',
      );
    });
  }

  /**
   * Prints, or gives up after `timeoutMs`: the page's context is closed (which ends whatever it was
   * doing), or, if even that does not finish, the browser; the next report starts a new one.
   */
  private async printWithin(html: string, timeoutMs: number): Promise<Buffer> {
    const job: { context?: BrowserContext; abandoned: boolean } = { abandoned: false };
    const printing = this.printNow(html, job);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      const first = await Promise.race([printing, timedOut]);
      if (first !== 'timeout') return first;
    } finally {
      clearTimeout(timer);
    }
    job.abandoned = true;
    this.logger.warn({ timeoutMs }, 'a report took too long to print; abandoned');
    const closing = job.context?.close() ?? Promise.resolve();
    const settled = await Promise.race([
      Promise.allSettled([closing, printing]).then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), CLOSE_GRACE_MS).unref()),
    ]);
    if (!settled) void this.shutDownBrowser();
    throw new DomainError(
      'SERVICE_UNAVAILABLE',
      `The report took longer than ${Math.max(1, Math.round(timeoutMs / 1000))} seconds to print and was stopped; try again, and if it happens again ask the administrator to check the server's load and Chromium.`,
    );
  }

  private async printNow(html: string, job: { context?: BrowserContext; abandoned: boolean }): Promise<Buffer> {
    clearTimeout(this.idle);
    const browser = await this.launch();
    if (job.abandoned) throw new DomainError('SERVICE_UNAVAILABLE', 'The report was abandoned.');
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    job.context = context;
    try {
      if (job.abandoned) throw new DomainError('SERVICE_UNAVAILABLE', 'The report was abandoned.');
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: FOOTER,
        // 公文 margins, roughly: 37 mm top, 35 mm bottom (with the page number), 28 / 26 mm sides.
        margin: { top: '30mm', bottom: '28mm', left: '26mm', right: '24mm' },
      });
    } finally {
      await context.close().catch(() => undefined);
      this.idle = setTimeout(() => void this.shutDownBrowser(), IDLE_MS).unref();
    }
  }

  private async shutDownBrowser(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    const running = await browser?.catch(() => null);
    await running?.close().catch(() => undefined);
  }

  /** Waits for the report being printed, then closes the browser; called when the server stops. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.idle);
    await this.queue;
    await this.shutDownBrowser();
  }
}
