import type { Channel, FollowUpStatus, SessionStatus } from '../../gql/graphql';
import { ballotLabels } from '../../labels/ballot';
import { channelsLabels } from '../../labels/channels';
import { quorumLabels } from '../../labels/quorum';
import { defineSurfaceMessages } from '../../labels/surfaceMessages';

// The public disclosure page's words (公示). It is a light route (no vue-i18n), so its words live
// here; English is fetched when chosen. Every follow-up status and timeline step has a label.

const zhCN = {
  appName: '问政',
  language: { label: '语言', switchTo: 'English', switchToLang: 'en' },
  title: '结果公示',
  heading: (title: string) => `${title} · 结果公示`,
  intro: '本页公开本场问政每个问题的群众满意度测评结果，以及承办单位整改承诺的办理过程，接受社会监督。',
  home: '首页',
  print: '打印',
  loading: '正在加载…',
  retry: '重试',
  notFound: '没有找到这场问政活动，可能地址有误或尚未公开。',
  loadError: '加载失败，请检查网络后重试。',
  empty: '本场问政还没有问题。',
  scheduledAt: (date: string) => `问政时间：${date}`,
  theme: (theme: string) => `主题：${theme}`,
  contents: '问题目录',
  allSessions: '全部场次',
  index: {
    title: '问政场次与结果公示',
    intro: '历次问政活动的场次安排，以及每个问题的满意度测评结果和整改落实情况，接受社会监督。',
    searchLabel: '搜索场次',
    searchPlaceholder: '按标题或主题搜索',
    search: '搜索',
    clearSearch: '显示全部',
    empty: '还没有公开的问政场次。',
    emptySearch: (search: string) => `没有找到与“${search}”相关的场次。`,
    loadMore: '加载更多',
    loadingMore: '正在加载…',
    moreError: '没能加载更多场次，请重试。',
    allShown: '已显示全部场次',
    lookBack: '回头看',
    vote: '进入网络测评',
    scheduledAt: (date: string, _status: SessionStatus) => `问政时间：${date}`,
  },
  sessionStatus: { DRAFT: '草稿', PUBLISHED: '即将开始', LIVE: '直播中', ENDED: '已结束' } satisfies Record<SessionStatus, string>,
  question: {
    label: (n: number) => `问题 ${n}`,
    department: '承办单位',
    respondent: '答复人',
    result: '满意度测评结果',
    noResult: '测评结果尚未公布。',
    followUps: '整改落实情况',
    noFollowUps: '整改事项尚未交办。',
  },
  result: {
    caption: (title: string) => `“${title}”满意度测评结果`,
    channel: '测评渠道',
    ...ballotLabels['zh-CN'].choice,
    votes: '有效票',
    rate: '满意率',
    combined: '综合',
    weights: (studio: number, online: number, threshold: number) =>
      `综合按现场 ${studio}%、网络 ${online}% 加权计算；满意率（满意 + 基本满意）不低于 ${threshold}% 为满意。`,
    onlyChannel: (channel: string, threshold: number) =>
      `只有${channel}有有效票，综合结果即${channel}结果；满意率（满意 + 基本满意）不低于 ${threshold}% 为满意。`,
    threshold: (value: number) => `满意线 ${value}%`,
    composite: '综合满意率',
    outcome: '测评结果',
    noVotes: '—',
  },
  /** Each channel's name with a result; the online one by how its voters were known (composables/channelLabels.ts). */
  channels: channelsLabels['zh-CN'],
  quorum: quorumLabels['zh-CN'],
  outcome: ballotLabels['zh-CN'].outcome,
  channelName: { STUDIO: '现场', ONLINE: '网络' } satisfies Record<Channel, string>,
  item: {
    commitment: '整改承诺',
    department: '承办单位',
    deadline: '办理期限',
    progressLabel: '完成进度',
    progress: (n: number) => `${n}%`,
    overdue: '已逾期',
    round: (n: number) => `第 ${n} 次办理`,
    secondHandling: '二次办理',
    lookBack: '回头看测评结果',
    timeline: '办理过程',
    percent: (n: number) => `进度 ${n}%`,
    newDeadline: (date: string) => `新期限 ${date}`,
    dueOn: (date: string) => `办理期限 ${date}`,
    evidence: (n: number) => `附佐证材料 ${n} 份`,
  },
  status: {
    DRAFT: '待交办',
    DISPATCHED: '已交办',
    ACCEPTED: '已签收',
    RETURNED: '已退回',
    IN_PROGRESS: '办理中',
    REPORTED: '已报送整改报告',
    APPROVED: '审核通过',
    SENT_BACK: '整改报告退回',
    EVALUATING: '回头看测评中',
    CLOSED: '已办结',
    REOPENED: '二次办理',
  } satisfies Record<FollowUpStatus, string>,
  action: {
    CREATED: '生成事项',
    EDITED: '完善事项',
    SPLIT: '分解事项',
    DISPATCHED: '交办',
    ACCEPTED: '签收',
    RETURNED: '退回',
    REASSIGNED: '改派',
    INSISTED: '维持交办',
    PROGRESS: '进展',
    REPORTED: '整改报告',
    APPROVED: '审核通过',
    SENT_BACK: '整改报告退回',
    EVALUATION_OPENED: '回头看测评',
    EVALUATION_VOID: '回头看无有效票',
    CLOSED: '办结',
    NOTICE: '情况通报',
    REOPENED: '重新交办（二次办理）',
    unknown: '其他',
  },
};

export type DisclosureMessages = typeof zhCN;

export const disclosureMessages = defineSurfaceMessages<DisclosureMessages>(zhCN, { en: () => import('./messages.en') });
export const useDisclosureMessages = disclosureMessages.useMessages;
