// The vote pages' addresses. They run as their own small app without vue-router (vote.ts, which the
// server and the development server serve as vote.html at these addresses), so the phones' first
// download stays small; this is their whole routing table.

export type VotePage = { name: 'vote' } | { name: 'vote-live'; joinCode: string } | { name: 'vote-seat'; joinCode: string };

export function isVotePath(pathname: string): boolean {
  return pathname === '/vote' || pathname.startsWith('/vote/');
}

/** The vote page at `pathname`, or null for any other address. */
export function parseVotePath(pathname: string): VotePage | null {
  const match = /^\/vote(?:\/([^/]+)(\/seat)?)?\/?$/.exec(pathname);
  if (!match) return null;
  const [, code, seat] = match;
  if (!code) return { name: 'vote' };
  let joinCode: string;
  try {
    joinCode = decodeURIComponent(code);
  } catch {
    return null;
  }
  return seat ? { name: 'vote-seat', joinCode } : { name: 'vote-live', joinCode };
}

export function votePath(page: VotePage): string {
  if (page.name === 'vote') return '/vote';
  const code = encodeURIComponent(page.joinCode);
  return page.name === 'vote-seat' ? `/vote/${code}/seat` : `/vote/${code}`;
}
