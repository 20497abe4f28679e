// How the audience page embeds a session's live stream: a media file or HLS playlist plays in a
// <video>; any other https page (a streaming platform's player) goes in a sandboxed <iframe>.
// Anything else (http, javascript:, data:, a typo) is not embedded at all.

export type StreamEmbed = { kind: 'video'; src: string } | { kind: 'iframe'; src: string } | { kind: 'link'; href: string };

const MEDIA = /\.(m3u8|mp4|webm|ogv|ogg|mov)$/i;

export function streamEmbed(url: string | null | undefined): StreamEmbed | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const href = parsed.href;
  // The page's security policy lets media and frames load over https only.
  if (parsed.protocol === 'http:') return { kind: 'link', href };
  return MEDIA.test(parsed.pathname) ? { kind: 'video', src: href } : { kind: 'iframe', src: href };
}
