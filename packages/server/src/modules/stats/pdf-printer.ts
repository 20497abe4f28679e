import type { Browser } from 'playwright-core';
import { DomainError } from '../../graphql/errors.js';
import type { Logger } from '../../logger.js';

/** Closes an idle browser after this long; the next report starts it again (about a second). */
const IDLE_MS = 5 * 60_000;

const FOOTER = `<div style="width:100%;text-align:center;font-size:10pt;font-family:'Noto Serif CJK SC',serif;color:#333">— <span class="pageNumber"></span> —</div>`;

/**
 * Prints HTML to A4 PDF with the machine's Chromium (CHROMIUM_PATH): started on the first report,
 * kept while reports are asked for, closed when idle and when the server stops. One report prints
 * at a time, so a burst of downloads cannot start a browser page each on a small server. The pages
 * run no script and load nothing: the HTML is the whole document.
 */
export class PdfPrinter {
  private browser: Promise<Browser> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private idle: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly executablePath: string,
    private readonly logger: Logger,
  ) {}

  print(html: string): Promise<Buffer> {
    if (this.closed) return Promise.reject(new DomainError('SERVICE_UNAVAILABLE', 'The server is stopping; try again in a moment.'));
    const job = this.queue.then(() => this.printNow(html));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private launch(): Promise<Browser> {
    if (!this.browser) {
      // playwright-core is loaded with the first report, not at start-up: it is large, and a restarted
      // server must be ready within seconds.
      const launching = import('playwright-core')
        .then(({ chromium }) => chromium.launch({ executablePath: this.executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] }))
        .then((browser) => {
          browser.on('disconnected', () => {
            if (this.browser === launching) this.browser = null;
          });
          return browser;
        });
      launching.catch((error: unknown) => {
        if (this.browser === launching) this.browser = null;
        this.logger.error({ err: error, executablePath: this.executablePath }, 'could not start Chromium to print a report');
      });
      this.browser = launching;
    }
    return this.browser.catch(() => {
      throw new DomainError('SERVICE_UNAVAILABLE', 'The PDF printer (Chromium) could not be started; ask the administrator to install Chromium or set CHROMIUM_PATH.');
    });
  }

  private async printNow(html: string): Promise<Buffer> {
    clearTimeout(this.idle);
    const browser = await this.launch();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
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
