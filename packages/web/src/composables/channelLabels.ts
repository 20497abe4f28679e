import type { BallotType, Channel, OnlineIdentity } from '../gql/graphql';
import type { ChannelMessages } from '../labels/channels';

export type { ChannelMessages } from '../labels/channels';

/**
 * Each channel's name as shown with a result: 现场测评, and the online channel by the session's
 * online identity (网络测评, 网络测评（手机验证）, 网络测评（名册验证）). A session's settings are
 * frozen once it is live, so its identity holds for every round of it. Without one (a result whose
 * session is not known here) the online channel gets its plain name. A 票决 round's channels are
 * named for voting (现场表决, 网络表决).
 */
export function channelLabels(
  identity: OnlineIdentity | null | undefined,
  messages: ChannelMessages,
  ballotType?: BallotType | null,
): Record<Channel, string> {
  const names = ballotType && ballotType !== 'SATISFACTION' ? messages.motion : messages;
  return { STUDIO: names.STUDIO, ONLINE: names.ONLINE[identity ?? 'DEVICE'] };
}
