import type { BallotType, SubjectKind } from '../../gql/graphql';
import { ballotLabels } from '../../labels/ballot';
import { kindLabels } from '../../labels/kind';
import { channelsLabels } from '../../labels/channels';
import { quorumLabels } from '../../labels/quorum';
import { defineSurfaceMessages } from '../../labels/surfaceMessages';

// The broadcast screen's words. Chinese ships with the page; English is fetched when chosen.
const zhCN = {
  appName: '问政',
  pageTitle: '现场大屏',
  home: {
    heading: '现场大屏',
    intro: '在演播室大屏或导播软件中打开问政场次的大屏页面。叠加模式的背景透明，可作为 OBS、vMix 的浏览器源。',
    empty: '目前没有已发布的问政场次。',
    loadError: '场次列表加载失败，请刷新页面重试。',
    open: '大屏',
    overlay: '叠加层',
    status: { DRAFT: '草稿', PUBLISHED: '待开始', LIVE: '直播中', ENDED: '已结束' },
  },
  connecting: '正在连接…',
  connection: { live: '实时', lost: '连接中断，正在重连…' },
  rehearsal: '彩排',
  notFound: '没有找到这个场次，或场次尚未发布。',
  loadError: '无法连接服务器，正在重试…',
  stage: {
    notStarted: '问政即将开始',
    waiting: '下一个问题即将开始',
    asking: '正在提问',
    answering: '正在答复',
    voting: '满意度测评进行中',
    closed: '投票已截止，等待公布结果',
    revealed: '测评结果',
    ended: '本场问政已结束',
    /** The same, naming the session's kind (电视问政, 专题询问, …). */
    notStartedKind: (kind: string) => `${kind}即将开始`,
    endedKind: (kind: string) => `本场${kind}已结束`,
    waitingItem: '下一项即将开始',
    votingBy: { SATISFACTION: '满意度测评进行中', APPROVAL: '票决进行中', CHOOSE_UP_TO_N: '票决进行中' } satisfies Record<
      BallotType,
      string
    >,
    revealedBy: { SATISFACTION: '测评结果', APPROVAL: '票决结果', CHOOSE_UP_TO_N: '票决结果' } satisfies Record<BallotType, string>,
    /** An item being presented, for the subjects other than a question. */
    phaseBy: {
      REPORT: { asking: '介绍报告', answering: '正在报告' },
      PROJECT: { asking: '介绍项目', answering: '项目陈述' },
      REPRESENTATIVE: { asking: '介绍代表', answering: '代表述职' },
    },
  },
  kind: kindLabels['zh-CN'].kind,
  item: kindLabels['zh-CN'].item,
  question: {
    number: (n: number, total: number, subject: SubjectKind = 'ANSWER') =>
      subject === 'ANSWER' ? `第 ${n} 题 / 共 ${total} 题` : `第 ${n} 项 / 共 ${total} 项`,
    /** What an item shows besides its title, by its subject (live/subject.ts). */
    facts: {
      questioner: '提问人',
      department: '应询部门',
      respondent: '答复人',
      reportingBody: '报告单位',
      reporter: '报告人',
      leadDepartment: '牵头单位',
      budget: '预算',
      representative: '代表',
      district: '选区',
    },
    budget: (amount: number) => `${amount} 万元`,
  },
  countdown: { label: '投票剩余', seconds: (n: number) => `${n}`, unit: '秒' },
  join: {
    heading: '扫码参与网络测评',
    /** A session where only the roll votes: the audience follows on their phones. */
    watchHeading: '扫码在手机上观看结果',
    codeLabel: '场次码',
    hint: '或访问',
    qrAlt: (url: string) => `参与投票的二维码，链接 ${url}`,
    /** What a phone is asked for when the session's online vote needs a proven number. */
    identity: { PHONE_CODE: '需验证手机号，一个号码一票', ROSTER: '仅限名册内人员，需验证手机号' },
  },
  /** Approved audience messages (网络互动): the ticker on the stage, the lower third on the overlay. */
  wall: {
    heading: '网友留言',
    sender: '网友',
    upvotes: (n: number) => `${n} 人赞同`,
    put: '网友追问',
  },
  turnout: {
    heading: '投票情况',
    /** Votes in the studio out of the people on its roll (代表名册); a session may have none. */
    studio: (voted: number, electorate: number) => (electorate > 0 ? `现场 ${voted} / 名册 ${electorate} 人` : '现场测评：未设名册'),
    online: (channel: string, voted: number) => `${channel} ${voted} 人`,
    hidden: '结果将在投票结束后公布',
  },
  choices: ballotLabels['zh-CN'].choice,
  /** The online channel is named by how its voters were known: see composables/channelLabels.ts. */
  channels: channelsLabels['zh-CN'],
  quorum: quorumLabels['zh-CN'],
  chart: {
    bar: (count: number) => `${count}`,
    option: (label: string, share: string) => `${label}\n${share}`,
    label: '实时票数',
    count: (count: number, share: string) => `${count} 票（${share}）`,
  },
  result: {
    heading: '满意度测评结果',
    headingBy: { SATISFACTION: '满意度测评结果', APPROVAL: '票决结果', CHOOSE_UP_TO_N: '票决结果' } satisfies Record<BallotType, string>,
    composite: '综合满意率',
    approval: '赞成票占比',
    outcome: ballotLabels['zh-CN'].outcome,
    elected: ballotLabels['zh-CN'].elected,
    threshold: (unsatisfiedBelow: number, satisfiedFrom: number | null) =>
      satisfiedFrom !== null && satisfiedFrom > unsatisfiedBelow
        ? `满意线 ${satisfiedFrom}% · 不满意线 ${unsatisfiedBelow}%`
        : `满意线 ${unsatisfiedBelow}%`,
    passing: (n: number) => `超过 ${n}% 为通过`,
    option: '选项',
    candidate: '候选',
    share: '得票率',
    total: '合计',
    weights: (studio: number, online: number) => `加权：现场 ${studio}% · 网络 ${online}%`,
    channel: '测评渠道',
    valid: '有效票',
    rate: '满意率',
  },
  summary: {
    heading: '本场问政测评结果汇总',
    headingKind: (kind: string) => `本场${kind}结果汇总`,
    number: '序号',
    question: '问题',
    department: '应询部门',
    /** The unit column, by the items' subject. */
    unit: { ANSWER: '应询部门', REPORT: '报告单位', PROJECT: '牵头单位', REPRESENTATIVE: '代表 · 选区' } satisfies Record<
      SubjectKind,
      string
    >,
    composite: '综合满意率',
    figure: '得票',
    electedList: (names: string) => `当选：${names}`,
    separator: '、',
    outcome: '结果',
    notVoted: '未测评',
    notRevealed: '未公布',
  },
};

export type ScreenMessages = typeof zhCN;

export const screenMessages = defineSurfaceMessages<ScreenMessages>(zhCN, { en: () => import('./messages.en') });
export const useScreenMessages = screenMessages.useMessages;
