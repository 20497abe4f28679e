import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { TEST_PASSWORD } from './api';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';

// Chromium for the browser tests, with every page's errors collected so a failing test shows them.

export const screenshots = fileURLToPath(new URL('../test-results/', import.meta.url));

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(screenshots, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
};
export const STAGE: BrowserContextOptions = { viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' };

export interface Device {
  context: BrowserContext;
  page: Page;
}

/**
 * A test file's browser: launched before its tests and closed after them. Each device is a context of
 * its own (`options` may name another `baseURL`); when a test fails, the errors its pages reported
 * are printed (and forgotten after every test).
 */
export function useBrowser(baseURL: string) {
  const errors: string[] = [];
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(({ task }) => {
    if (task.result?.state === 'fail' && errors.length > 0) console.error(`Browser errors:\n${errors.join('\n')}`);
    errors.length = 0;
  });
  const newDevice = async (name: string, options: BrowserContextOptions): Promise<Device> => {
    const context = await browser!.newContext({ baseURL, ...options });
    context.setDefaultTimeout(15_000);
    context.on('weberror', (error) => errors.push(`${name}: ${error.error().message}`));
    context.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${name}: ${message.text()}`);
    });
    const page = await context.newPage();
    return { context, page };
  };
  return { errors, newDevice };
}

/** Signs in through the login page as one of the test accounts (the page then goes where the account lands). */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(TEST_PASSWORD);
  await page.getByLabel('密码').press('Enter');
}

/**
 * Opens `path` signed in as `username`: a staff page sends a visitor to the login page first and,
 * once signed in, back to `path`.
 */
export async function signInAt(page: Page, path: string, username = 'admin'): Promise<void> {
  await page.goto(path);
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(TEST_PASSWORD);
  await page.getByLabel('密码').press('Enter');
  await page.waitForURL((url) => url.pathname === path);
}

export const shot = (page: Page, name: string, options: { omitBackground?: boolean; fullPage?: boolean } = {}) =>
  page.screenshot({ path: `${screenshots}${name}.png`, fullPage: options.fullPage ?? false, omitBackground: options.omitBackground });

/** The combobox of an Element Plus select, given the select or its input. */
async function comboboxOf(select: Locator): Promise<Locator> {
  return (await select.getAttribute('role')) === 'combobox' ? select : select.getByRole('combobox');
}

/** Opens an Element Plus select, again if a click landed while the page was still rendering and left it closed. */
async function openSelect(page: Page, select: Locator): Promise<void> {
  const combobox = await comboboxOf(select);
  const deadline = Date.now() + 15_000;
  while ((await combobox.getAttribute('aria-expanded')) !== 'true') {
    if (Date.now() > deadline) throw new Error('the select did not open');
    // The select's placeholder lies over its input and takes the click, as it does for people.
    await select.click({ force: true });
    await page.waitForTimeout(100);
  }
}

/** Picks an option of an Element Plus select by its name; a multiple select is closed afterwards. */
export async function chooseOption(
  page: Page,
  select: Locator,
  option: string | RegExp,
  { exact = true, multiple = false }: { exact?: boolean; multiple?: boolean } = {},
): Promise<void> {
  // A list re-rendered while open (its options arriving, the row around it refreshed) can close the
  // select or keep the option moving; the select is then opened again, a few times at most.
  for (let attempt = 1; ; attempt++) {
    await openSelect(page, select);
    try {
      await page.getByRole('option', { name: option, exact }).click({ timeout: 5_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  if (multiple) await page.keyboard.press('Escape');
}

/**
 * Types a search into a remote Element Plus select and picks an option once the server has answered that
 * search: an option clicked before the answer may be replaced under the pointer by the new list.
 */
export async function searchOption(page: Page, select: Locator, query: string, option: string | RegExp): Promise<void> {
  const answered = page.waitForResponse((response) => (response.request().postData() ?? '').includes(JSON.stringify(query)));
  // A remote select with nothing listed yet stays collapsed until a search answers, so it is clicked once.
  await select.click({ force: true });
  await (await comboboxOf(select)).fill(query);
  await answered;
  await page.getByRole('option', { name: option }).click();
}

/**
 * Text drawn outside the title-safe area (5% in from each edge), as "text @ left,top–right,bottom";
 * empty when every visible letter is inside. Text cut off by an ancestor's overflow counts only
 * for its visible part; visually hidden text (clipped to nothing) does not count.
 */
export function textOutsideTitleSafe(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const safe = { left: innerWidth * 0.05, right: innerWidth * 0.95, top: innerHeight * 0.05, bottom: innerHeight * 0.95 };
    const outside: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent?.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        let { left, right, top, bottom } = rect;
        for (let element: Element | null = parent; element; element = element.parentElement) {
          const style = getComputedStyle(element);
          // Clipped away (.visually-hidden): nothing is drawn.
          if (style.clip !== 'auto' && style.position === 'absolute') right = left;
          if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
          const box = element.getBoundingClientRect();
          left = Math.max(left, box.left);
          right = Math.min(right, box.right);
          top = Math.max(top, box.top);
          bottom = Math.min(bottom, box.bottom);
        }
        if (right - left < 2 || bottom - top < 2) continue;
        if (left < safe.left - 0.5 || right > safe.right + 0.5 || top < safe.top - 0.5 || bottom > safe.bottom + 0.5) {
          outside.push(`${text.slice(0, 24)} @ ${Math.round(left)},${Math.round(top)}–${Math.round(right)},${Math.round(bottom)}`);
        }
      }
    }
    return outside;
  });
}

/** The mouse cursor shown at the centre and near each corner of the window. */
export function cursorsAcrossWindow(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      [innerWidth / 2, innerHeight / 2],
      [4, 4],
      [innerWidth - 4, 4],
      [4, innerHeight - 4],
      [innerWidth - 4, innerHeight - 4],
    ].map(([x, y]) => {
      const element = document.elementFromPoint(x!, y!);
      return element ? getComputedStyle(element).cursor : 'no element';
    }),
  );
}

/** The WCAG contrast ratio of an element's text on its background (the nearest opaque one). */
export function contrastRatio(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const parse = (color: string) => {
      const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const [R, G, B] = [r, g, b].map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
    };
    let background = { r: 255, g: 255, b: 255, a: 1 };
    for (let current: Element | null = element; current; current = current.parentElement) {
      const color = parse(getComputedStyle(current).backgroundColor);
      if (color.a > 0) {
        background = color;
        break;
      }
    }
    const [light, dark] = [luminance(parse(getComputedStyle(element).color)), luminance(background)].sort((x, y) => y - x);
    return (light! + 0.05) / (dark! + 0.05);
  });
}
