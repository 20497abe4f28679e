/**
 * Where phones join a session: the server's public address (PUBLIC_URL) when it has one, never the
 * address this screen happens to be opened at (often localhost or a control-room name that phones
 * cannot reach); that address only when the server has none.
 */
export function joinAddress(
  joinCode: string,
  publicUrl: string | null | undefined,
  opened: { origin: string; host: string },
): { url: string; shown: string } {
  const base = publicUrl ? new URL(publicUrl) : opened;
  return { url: `${base.origin}/vote/${joinCode}`, shown: `${base.host}/vote` };
}
