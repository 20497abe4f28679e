import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// The automated part of the WCAG 2.1 A/AA check the public platform has to pass (互联网应用适老化
// and the accessibility review): axe-core's rules for those levels, run on the page as it is now.

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Each violation as "rule: selector, selector (help)", so a failing test says what to fix. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')} (${violation.help})`,
  );
}

/** Fails on any WCAG 2.1 A or AA violation axe-core finds on the page; `where` names it in the failure. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), where).toEqual([]);
}
