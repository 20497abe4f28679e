import { registerEnumType } from 'type-graphql';

/** The standard three-point scale. */
export const Choice = { SATISFIED: 'SATISFIED', BASICALLY_SATISFIED: 'BASICALLY_SATISFIED', UNSATISFIED: 'UNSATISFIED' } as const;
export type Choice = (typeof Choice)[keyof typeof Choice];
export const choices = Object.values(Choice);
registerEnumType(Choice, { name: 'Choice', description: '满意 / 基本满意 / 不满意' });

/** 现场测评 and 网络测评 are counted separately and combined with the published weights. */
export const Channel = { STUDIO: 'STUDIO', ONLINE: 'ONLINE' } as const;
export type Channel = (typeof Channel)[keyof typeof Channel];
export const channels = Object.values(Channel);
registerEnumType(Channel, { name: 'Channel', description: '现场测评 (studio) or 网络测评 (online).' });
