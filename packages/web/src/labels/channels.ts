import type { Channel, OnlineIdentity } from '../gql/graphql';
import { defineLabels } from './defineLabels';

// The two voting channels' names, shown with every result: the online channel is named by how its
// voters were known (the session's online identity), so a reader can weigh it; a 票决 round's
// channels vote (表决), a satisfaction round's assess (测评). See composables/channelLabels.ts.
export const channelsLabels = defineLabels({
  'zh-CN': {
    STUDIO: '现场测评',
    ONLINE: {
      DEVICE: '网络测评',
      PHONE_CODE: '网络测评（手机验证）',
      ROSTER: '网络测评（名册验证）',
    } satisfies Record<OnlineIdentity, string>,
    motion: {
      STUDIO: '现场表决',
      ONLINE: {
        DEVICE: '网络表决',
        PHONE_CODE: '网络表决（手机验证）',
        ROSTER: '网络表决（名册验证）',
      } satisfies Record<OnlineIdentity, string>,
    },
  } satisfies Record<Channel, unknown> & Record<string, unknown>,
  en: {
    STUDIO: 'Studio vote',
    ONLINE: {
      DEVICE: 'Online vote',
      PHONE_CODE: 'Online vote (verified phone)',
      ROSTER: 'Online vote (roster)',
    },
    motion: {
      STUDIO: 'Studio ballot',
      ONLINE: {
        DEVICE: 'Online ballot',
        PHONE_CODE: 'Online ballot (verified phone)',
        ROSTER: 'Online ballot (roster)',
      },
    },
  },
});

export type ChannelMessages = (typeof channelsLabels)['zh-CN'];
