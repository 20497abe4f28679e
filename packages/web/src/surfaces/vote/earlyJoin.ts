import type { ResultOf } from '@graphql-typed-document-node/core';
import { isJoinCode, readPass, savePass, type AudiencePass } from './audiencePass';
import type { LiveState } from '../../live/liveState';
import { fetchGraphql } from '../../graphql/fetchGraphql';
import { VoteJoinSessionDocument, type VoteLiveStateDocument } from './operations';

// A phone that opens the QR link joins while the page is still downloading: the request goes out
// from the entry script, and the vote page takes its answer over. The session's live state comes
// with the page itself (the server's http/vote-page.ts); a page that came without it waits for the
// socket's first message. The socket then follows the state from there.

export interface EarlyStart {
  pass: Promise<AudiencePass>;
  /** The live state the page came with, if any. */
  state: Promise<LiveState | null>;
}

let early: (EarlyStart & { joinCode: string }) | null = null;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The pass for `joinCode`: stored from an earlier visit, or a new one from the server (stored once it arrives). */
export function requestPass(joinCode: string): Promise<AudiencePass> {
  const stored = readPass(storage(), joinCode);
  if (stored) return Promise.resolve(stored);
  return fetchGraphql(VoteJoinSessionDocument, { joinCode }).then(({ joinSession }) => {
    savePass(storage(), joinCode, joinSession);
    return joinSession;
  });
}

/** The live state the server put in the page for `joinCode`, if it did. */
function servedState(joinCode: string): LiveState | null {
  try {
    const served = JSON.parse(document.getElementById('vote-page-state')?.textContent ?? 'null') as {
      joinCode: string;
      data: ResultOf<typeof VoteLiveStateDocument>;
    } | null;
    return served?.joinCode === joinCode ? served.data.liveState : null;
  } catch {
    return null;
  }
}

/** Starts joining now, if this address is the vote page of a session. */
export function startEarly(pathname: string): void {
  const match = /^\/vote\/(\d{6})\/?$/.exec(pathname);
  if (!match || !isJoinCode(match[1]!)) return;
  const pass = requestPass(match[1]!);
  const served = servedState(match[1]!);
  // The vote buttons show before the pass has arrived (a tap waits for it), unless the session asks
  // phones for a proven mobile number: those see the form, not buttons they could not use yet.
  const state = served && served.settings.onlineIdentity === 'DEVICE' ? Promise.resolve(served) : pass.then(() => served);
  // Failures are reported by the page when it takes the requests over.
  pass.catch(() => undefined);
  state.catch(() => undefined);
  early = { joinCode: match[1]!, pass, state };
}

/**
 * Hands the entry page's answer for `joinCode` to the vote page, so it is not asked for again:
 * a session that needs a proven mobile number (CODE_REQUIRED) is refused the same way twice.
 */
export function handOverRefusal(joinCode: string, refusal: unknown): void {
  const refused = Promise.reject(refusal);
  refused.catch(() => undefined);
  early = { joinCode, pass: refused, state: refused };
}

/** The early requests for `joinCode`, once: a retry after a failure asks the server again. */
export function takeEarlyStart(joinCode: string): EarlyStart | null {
  if (early?.joinCode !== joinCode) return null;
  const taken = early;
  early = null;
  return taken;
}
