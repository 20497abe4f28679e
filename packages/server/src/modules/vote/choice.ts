import { registerEnumType } from 'type-graphql';

/** A ballot's answer: the three-point satisfaction scale (测评), or 赞成 / 反对 / 弃权 (票决). */
export const Choice = {
  SATISFIED: 'SATISFIED',
  BASICALLY_SATISFIED: 'BASICALLY_SATISFIED',
  UNSATISFIED: 'UNSATISFIED',
  FOR: 'FOR',
  AGAINST: 'AGAINST',
  ABSTAIN: 'ABSTAIN',
} as const;
export type Choice = (typeof Choice)[keyof typeof Choice];
registerEnumType(Choice, {
  name: 'Choice',
  description: 'SATISFACTION ballots: 满意 / 基本满意 / 不满意. APPROVAL ballots: 赞成 (FOR) / 反对 (AGAINST) / 弃权 (ABSTAIN).',
});

/** 现场测评 and 网络测评 are counted separately and combined with the published weights. */
export const Channel = { STUDIO: 'STUDIO', ONLINE: 'ONLINE' } as const;
export type Channel = (typeof Channel)[keyof typeof Channel];
export const channels = Object.values(Channel);
registerEnumType(Channel, { name: 'Channel', description: '现场测评 (studio) or 网络测评 (online).' });
