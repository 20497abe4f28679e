import { ballotLabels } from '../../labels/ballot';
import { channelsLabels } from '../../labels/channels';
import { quorumLabels } from '../../labels/quorum';
import { defineSurfaceMessages } from '../../labels/surfaceMessages';

// The words of a candidate list (票决) and of a round's result: loaded with them, when a round needs
// them, so the live page's first load does not carry them.
const zhCN = {
  picks: {
    legend: (max: number) => `至多选 ${max} 项`,
    count: (picked: number, max: number) => `已选 ${picked} / ${max} 项`,
    tooMany: (max: number) => `最多只能选 ${max} 项。如要改选，请先取消一项。`,
    submit: '投票',
    blankTitle: '您没有选择任何一项',
    blankText: '提交后将计为弃权票，提交后不能更改。',
    blankConfirm: '确认弃权',
    blankBack: '返回选择',
    confirmHint: '提交后不能更改。',
  },
  result: {
    heading: '结果',
    composite: '综合满意率',
    approval: '赞成票占比',
    outcome: ballotLabels['zh-CN'].outcome,
    elected: ballotLabels['zh-CN'].elected,
    threshold: (unsatisfiedBelow: number, satisfiedFrom: number | null) =>
      satisfiedFrom !== null && satisfiedFrom > unsatisfiedBelow
        ? `满意线 ${satisfiedFrom}% · 不满意线 ${unsatisfiedBelow}%`
        : `满意线 ${unsatisfiedBelow}%`,
    passing: (n: number) => `超过 ${n}% 为通过`,
    options: '各选项得票',
    share: (percent: string) => `占 ${percent}`,
    rate: '满意率',
    votes: (n: number) => `${n} 票`,
    rule: '表决规则',
  },
  channels: channelsLabels['zh-CN'],
  quorum: quorumLabels['zh-CN'],
};

export type RoundMessages = typeof zhCN;

export const roundMessages = defineSurfaceMessages<RoundMessages>(zhCN, { en: () => import('./roundMessages.en') });
export const useRoundMessages = roundMessages.useMessages;
