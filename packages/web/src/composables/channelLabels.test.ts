import { describe, expect, it } from 'vitest';
import { channelsLabels } from '../labels/channels';
import { channelLabels } from './channelLabels';

const { 'zh-CN': channelsZhCN, en: channelsEn } = channelsLabels;

describe('channelLabels', () => {
  it('names the online channel by how its voters were known', () => {
    expect(channelLabels('DEVICE', channelsZhCN)).toEqual({ STUDIO: '现场测评', ONLINE: '网络测评' });
    expect(channelLabels('PHONE_CODE', channelsZhCN).ONLINE).toBe('网络测评（手机验证）');
    expect(channelLabels('ROSTER', channelsZhCN).ONLINE).toBe('网络测评（名册验证）');
  });

  it('has the same names in English', () => {
    expect(channelLabels('DEVICE', channelsEn)).toEqual({ STUDIO: 'Studio vote', ONLINE: 'Online vote' });
    expect(channelLabels('PHONE_CODE', channelsEn).ONLINE).toBe('Online vote (verified phone)');
    expect(channelLabels('ROSTER', channelsEn).ONLINE).toBe('Online vote (roster)');
  });

  it('gives the plain online name when the session’s identity is not known', () => {
    expect(channelLabels(null, channelsZhCN).ONLINE).toBe('网络测评');
    expect(channelLabels(undefined, channelsEn).ONLINE).toBe('Online vote');
  });
});
