import type { Channel, OnlineIdentity } from '../gql/graphql';
import { defineLabels } from './defineLabels';

// The two voting channels' names, shown with every result: the online channel is named by how its
// voters were known (the session's online identity), so a reader can weigh it. See
// composables/channelLabels.ts.
export const channelsLabels = defineLabels({
  'zh-CN': {
    STUDIO: '现场测评',
    ONLINE: {
      DEVICE: '网络测评',
      PHONE_CODE: '网络测评（手机验证）',
      ROSTER: '网络测评（名册验证）',
    } satisfies Record<OnlineIdentity, string>,
  } satisfies Record<Channel, unknown>,
  en: {
    STUDIO: 'Studio vote',
    ONLINE: {
      DEVICE: 'Online vote',
      PHONE_CODE: 'Online vote (verified phone)',
      ROSTER: 'Online vote (roster)',
    },
  },
});

export type ChannelMessages = (typeof channelsLabels)['zh-CN'];
