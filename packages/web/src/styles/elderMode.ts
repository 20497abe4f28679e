/**
 * 长辈模式 (elder mode, for 互联网应用适老化): larger type and touch targets, higher contrast and
 * less decoration on the public pages and the vote pages. It is one class on `<html>`, set by the
 * entry before any page renders (no flash of the small type), remembered on this device; what it
 * changes is in base.css, under `html.elder .elder-scope`. Free of Vue, and small: the entry of the
 * vote pages carries it.
 */
/** Also read by vote.html's inline script, so the page the server drew shows in elder mode from its first paint. */
export const ELDER_STORAGE_KEY = 'wz.elder';
const root = () => document.documentElement.classList;

/** Off where there is no page (the server drawing the vote page); the entry sets the class before the page runs. */
export const elderModeOn = (): boolean => typeof document !== 'undefined' && root().contains('elder');

/**
 * Switches elder mode on or off for every page and remembers the choice on this device; without an
 * argument, applies the remembered choice (the entry does, before mounting).
 */
export function setElderMode(on?: boolean): void {
  try {
    if (on === undefined) on = localStorage.getItem(ELDER_STORAGE_KEY) === '1';
    else localStorage.setItem(ELDER_STORAGE_KEY, on ? '1' : '');
  } catch {
    // Storage can be blocked: the switch still works for this page.
  }
  root().toggle('elder', !!on);
}
