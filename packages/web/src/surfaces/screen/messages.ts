import { ballotLabels } from '../../labels/ballot';
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
  },
  question: {
    number: (n: number, total: number) => `第 ${n} 题 / 共 ${total} 题`,
    questioner: '提问人',
    department: '承办单位',
    respondent: '答复人',
  },
  countdown: { label: '投票剩余', seconds: (n: number) => `${n}`, unit: '秒' },
  join: {
    heading: '扫码参与网络测评',
    codeLabel: '场次码',
    hint: '或访问',
    qrAlt: (url: string) => `参与投票的二维码，链接 ${url}`,
    /** What a phone is asked for when the session's online vote needs a proven number. */
    identity: { PHONE_CODE: '需验证手机号，一个号码一票', ROSTER: '仅限名册内人员，需验证手机号' },
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
  chart: { bar: (count: number, percent: string) => `${count}（${percent}）`, label: '实时票数' },
  result: {
    heading: '满意度测评结果',
    composite: '综合满意率',
    outcome: ballotLabels['zh-CN'].outcome,
    threshold: (n: number) => `满意线 ${n}%`,
    weights: (studio: number, online: number) => `加权：现场 ${studio}% · 网络 ${online}%`,
    channel: '测评渠道',
    valid: '有效票',
    rate: '满意率',
  },
  summary: {
    heading: '本场问政测评结果汇总',
    number: '序号',
    question: '问题',
    department: '承办单位',
    composite: '综合满意率',
    outcome: '结果',
    notVoted: '未测评',
    notRevealed: '未公布',
  },
};

export type ScreenMessages = typeof zhCN;

export const screenMessages = defineSurfaceMessages<ScreenMessages>(zhCN, { en: () => import('./messages.en') });
export const useScreenMessages = screenMessages.useMessages;
