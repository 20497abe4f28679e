import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

// Chromium for the browser tests, with every page's errors collected so a failing test shows them.

export const screenshots = fileURLToPath(new URL('../test-results/', import.meta.url));

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(screenshots, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' };
export const STAGE: BrowserContextOptions = { viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' };

export interface Device {
  context: BrowserContext;
  page: Page;
}

export function deviceFactory(browser: Browser, baseURL: string, errors: string[]) {
  return async (name: string, options: BrowserContextOptions): Promise<Device> => {
    const context = await browser.newContext({ baseURL, ...options });
    context.setDefaultTimeout(15_000);
    context.on('weberror', (error) => errors.push(`${name}: ${error.error().message}`));
    context.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${name}: ${message.text()}`);
    });
    const page = await context.newPage();
    return { context, page };
  };
}

export const shot = (page: Page, name: string, options: { omitBackground?: boolean; fullPage?: boolean } = {}) =>
  page.screenshot({ path: `${screenshots}${name}.png`, fullPage: options.fullPage ?? false, omitBackground: options.omitBackground });
