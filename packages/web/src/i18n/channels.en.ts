import type { ChannelMessages } from './channels.zh-CN';

// The voting channels' names in English: the same keys as `channels.zh-CN.ts`.
const channels: ChannelMessages = {
  STUDIO: 'Studio vote',
  ONLINE: {
    DEVICE: 'Online vote',
    PHONE_CODE: 'Online vote (verified phone)',
    ROSTER: 'Online vote (roster)',
  },
};

export default channels;
