import type { Channel, Outcome, QuorumCheckFieldsFragment } from '../gql/graphql';
import type { QuorumMessages } from '../labels/quorum';

export type { QuorumMessages } from '../labels/quorum';

/** What the sentence needs of a round's result: any result fragment that selects these fields. */
export interface QuorumResult {
  outcome: Outcome;
  channels: readonly { channel: Channel; total: number }[];
  quorum?: QuorumCheckFieldsFragment | null;
}

type Params = Record<string, string | number>;
/** vue-i18n's `t` bound to the `quorum` messages, e.g. `(key, params) => t(\`quorum.${key}\`, params)`. */
export type QuorumTranslate = (key: keyof QuorumMessages, params: Params) => string;

const fill = (template: string, params: Params) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/**
 * The quorum rule as it applied to a round, in one sentence (e.g. 现场参评 4 人，未过名册 30 人的
 * 半数（需 16 人），按网络测评结果计), or null when every channel counted as usual or the result is
 * from before quorum rules. Takes the messages of the current language (`labels/quorum.ts`) or a
 * translate function over them. Mirrors the server's wording for printed reports.
 */
export function quorumNote(result: QuorumResult | null | undefined, messages: QuorumMessages | QuorumTranslate): string | null {
  const quorum = result?.quorum;
  if (!quorum || (!quorum.studioMissed && !quorum.onlineMissed)) return null;
  const say: QuorumTranslate = typeof messages === 'function' ? messages : (key, params) => fill(messages[key], params);
  const voted = (channel: Channel) => result.channels.find((c) => c.channel === channel)?.total ?? 0;

  const reasons: string[] = [];
  if (quorum.studioMissed) {
    const key = quorum.studioElectorate === 0 ? 'studioNoRoll' : quorum.studioRule === 'TWO_THIRDS' ? 'studioTwoThirds' : 'studioMajority';
    reasons.push(say(key, { voted: voted('STUDIO'), electorate: quorum.studioElectorate, required: quorum.studioRequired }));
  }
  if (quorum.onlineMissed) reasons.push(say('online', { voted: voted('ONLINE'), required: quorum.onlineRequired }));

  // No valid result: the rules said so (NO_RESULT), or the channel left over had no votes either.
  const ending = result.outcome === 'NO_VOTES' ? 'noResult' : quorum.studioMissed ? 'toOnline' : 'toStudio';
  const sentence = say(ending, { reasons: reasons.join(say('separator', {})) });
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
