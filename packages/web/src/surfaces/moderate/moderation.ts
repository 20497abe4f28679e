import type { MessageStatus, ModerationMessageFieldsFragment } from '../../gql/graphql';

// The moderation console's rules, pure: which messages a tab shows and in what order, how long each
// waited, and what a key press does.

export type ModerationMessage = ModerationMessageFieldsFragment;

export const MESSAGE_TABS: readonly MessageStatus[] = ['PENDING', 'APPROVED', 'REJECTED', 'BLOCKED'];

/** The preset reasons for rejecting, by key (words in interaction.reject.presets). */
export const REJECT_PRESETS = ['offTopic', 'abusive', 'privacy', 'duplicate', 'advert'] as const;
export type RejectPreset = (typeof REJECT_PRESETS)[number];
export const REJECT_REASON_MAX = 100;

/** Pending messages oldest first (they are waiting); the rest newest first, by when they were decided. */
export function compareMessages(status: MessageStatus) {
  const at = (message: ModerationMessage) =>
    Date.parse(status === 'PENDING' ? message.createdAt : (message.moderatedAt ?? message.createdAt));
  return (a: ModerationMessage, b: ModerationMessage) => (status === 'PENDING' ? at(a) - at(b) : at(b) - at(a));
}

export const matchesSearch = (message: ModerationMessage, search: string) =>
  !search.trim() || message.body.toLowerCase().includes(search.trim().toLowerCase());

/** Most messages a tab shows before newer arrivals are only counted (at 50 a second the page stays light). */
export const QUEUE_WINDOW = 100;

/**
 * The tab's list after a message arrived or changed (over the subscription, or as a decision's
 * answer): in it, in order, when it has the tab's status and matches the search; out of it otherwise.
 * A message that would go after the last one shown is only counted (`beyond`) while the list is not the
 * whole tab (`complete` false) or already holds `window` messages: it is read with the next page.
 * `added` says whether the list gained a message, `removed` whether it lost one (the total follows both,
 * and `beyond`).
 */
export function applyChange(
  list: readonly ModerationMessage[],
  message: ModerationMessage,
  status: MessageStatus,
  search: string,
  { complete = true, window = Number.POSITIVE_INFINITY }: { complete?: boolean; window?: number } = {},
): { list: ModerationMessage[]; added: boolean; removed: boolean; beyond: boolean } {
  const index = list.findIndex((item) => item.id === message.id);
  const belongs =
    message.sessionId === (list[0]?.sessionId ?? message.sessionId) && message.status === status && matchesSearch(message, search);
  if (!belongs) {
    if (index < 0) return { list: [...list], added: false, removed: false, beyond: false };
    return { list: list.filter((item) => item.id !== message.id), added: false, removed: true, beyond: false };
  }
  const order = compareMessages(status);
  const last = list.at(-1);
  if (index < 0 && last && order(message, last) > 0 && (!complete || list.length >= window))
    return { list: [...list], added: false, removed: false, beyond: true };
  const rest = list.filter((item) => item.id !== message.id);
  return { list: [...rest, message].sort(order), added: index < 0, removed: false, beyond: false };
}

/**
 * Seconds a message has waited: the server's figure when it was read, plus the time since, while it
 * is still pending (so the count ticks without trusting this computer's clock against the server's).
 */
export function waitedNow(message: Pick<ModerationMessage, 'status' | 'waitedSeconds'>, receivedAt: number, now: number): number {
  if (message.status !== 'PENDING') return message.waitedSeconds;
  return message.waitedSeconds + Math.max(0, Math.floor((now - receivedAt) / 1000));
}

/** A wait in words: "45 秒" under a minute, else "3 分 05 秒". */
export function waitParts(seconds: number): { minutes: number; seconds: number } | { seconds: number } {
  if (seconds < 60) return { seconds };
  return { minutes: Math.floor(seconds / 60), seconds: seconds % 60 };
}

/** The reason sent for a rejection: the preset's words, or the free text, trimmed. */
export function rejectReason(preset: RejectPreset | 'other' | null, presetText: string, other: string): string {
  return (preset === 'other' ? other : preset ? presetText : '').trim();
}

export function rejectReasonProblem(reason: string): 'required' | 'tooLong' | null {
  if (!reason.trim()) return 'required';
  return [...reason.trim()].length > REJECT_REASON_MAX ? 'tooLong' : null;
}

export type ShortcutAction = 'next' | 'previous' | 'approve' | 'reject' | 'pin';

/**
 * What a key press asks for: j/k move, a approves, r rejects, p pins. Not while typing in a field,
 * nor with a modifier held (Ctrl+R reloads the page), nor when a dialog is open.
 */
export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  target: EventTarget | null,
): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const element = target as { tagName?: string; isContentEditable?: boolean; closest?: (selector: string) => unknown } | null;
  if (element?.tagName && ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName)) return null;
  if (element?.isContentEditable) return null;
  if (element?.closest?.('[role="dialog"]')) return null;
  switch (event.key.toLowerCase()) {
    case 'j':
      return 'next';
    case 'k':
      return 'previous';
    case 'a':
      return 'approve';
    case 'r':
      return 'reject';
    case 'p':
      return 'pin';
    default:
      return null;
  }
}

/**
 * Which actions a message in this state allows: a pending one is approved or rejected, an approved one
 * pinned or unpinned; rejected and blocked ones are for reading (the server refuses the rest with INVALID_PHASE).
 */
export function allowedActions(message: Pick<ModerationMessage, 'status'>): { approve: boolean; reject: boolean; pin: boolean } {
  return { approve: message.status === 'PENDING', reject: message.status === 'PENDING', pin: message.status === 'APPROVED' };
}

/** The selection after the list changed: the same message if still there, else the one now at its place. */
export function keepSelection(list: readonly { id: string }[], selectedId: string | null, previousIndex: number): string | null {
  if (list.length === 0) return null;
  if (selectedId && list.some((item) => item.id === selectedId)) return selectedId;
  return list[Math.min(Math.max(previousIndex, 0), list.length - 1)]!.id;
}
