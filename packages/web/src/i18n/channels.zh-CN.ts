import type { Channel, OnlineIdentity } from '../gql/graphql';

// The two voting channels' names, shown with every result: the online channel is named by how its
// voters were known (the session's online identity), so a reader can weigh it. Plain strings, so
// the light surfaces (the phones, the screen, the results pages) use them without vue-i18n; see
// composables/channelLabels.ts. `channels.en.ts` has the same keys.
const channels = {
  STUDIO: '现场测评',
  ONLINE: {
    DEVICE: '网络测评',
    PHONE_CODE: '网络测评（手机验证）',
    ROSTER: '网络测评（名册验证）',
  } satisfies Record<OnlineIdentity, string>,
} satisfies Record<Channel, unknown>;

export type ChannelMessages = typeof channels;
export default channels;
