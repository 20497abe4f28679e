/** How long one read of a session's page (its live state, drawn) serves every phone asking for it. */
export const VOTE_PAGE_SHARED_MS = 1_000;
/** Codes kept at once; past that, pages are read for each phone (a flood of made-up codes stays bounded). */
const SHARED_CODES = 1_000;

/**
 * A QR code shown on air brings thousands of phones to one session's page within seconds: they
 * share one read per code for `sharedMs` (answered from it while it is still on its way, too). The
 * state is a second old at most, and each phone's socket brings the current one first.
 */
export function sharedForAMoment<Page>(
  read: (joinCode: string, ip: string) => Promise<Page>,
  sharedMs = VOTE_PAGE_SHARED_MS,
  now = Date.now,
): (joinCode: string, ip: string) => Promise<Page> {
  const recent = new Map<string, { at: number; page: Promise<Page> }>();
  return (joinCode, ip) => {
    const at = now();
    const kept = recent.get(joinCode);
    if (kept && at - kept.at < sharedMs) return kept.page;
    if (recent.size >= SHARED_CODES) for (const [code, entry] of recent) if (at - entry.at >= sharedMs) recent.delete(code);
    const page = read(joinCode, ip);
    if (recent.size < SHARED_CODES) {
      recent.set(joinCode, { at, page });
      // A failed read is not handed to the next phone.
      page.catch(() => recent.get(joinCode)?.page === page && recent.delete(joinCode));
    }
    return page;
  };
}
