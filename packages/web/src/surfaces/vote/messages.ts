import { defineSurfaceMessages } from '../../i18n/surfaceMessages';

// The audience phone's words. Chinese ships with the page; English is fetched when chosen.
const zhCN = {
  appName: '问政',
  pageTitle: '现场投票',
  language: { label: '语言', switchTo: 'English', switchToLang: 'en' },
  entry: {
    heading: '现场投票',
    intro: '输入大屏上显示的 6 位数字场次码，或直接扫描大屏上的二维码，参与对答复的满意度评议。',
    codeLabel: '场次码',
    codeHint: '6 位数字',
    codeInvalid: '请输入 6 位数字场次码。',
    submit: '进入投票',
    seatLink: '我是现场代表，使用席位码',
  },
  seat: {
    heading: '现场代表席位',
    intro: '请输入您座位上印制的席位码。每个席位码只能在一部手机上使用一次。',
    codeLabel: '席位码',
    codeHint: '6 位字母或数字，印在席位卡上',
    codeInvalid: '请输入席位码。',
    submit: '确认席位',
    claiming: '正在确认席位…',
    audienceLink: '我是观众，直接参与网络投票',
    taken: '这个席位码已经被使用过了。如有疑问，请联系现场工作人员。',
    invalid: '席位码不正确，请核对席位卡上的代码。',
  },
  joining: '正在加入…',
  channel: { STUDIO: '现场代表席', ONLINE: '网络投票' },
  stream: { heading: '直播', open: '在新窗口打开直播' },
  session: { rehearsal: '彩排', questionOf: (n: number, total: number) => `第 ${n} 题 / 共 ${total} 题` },
  question: {
    questioner: '提问',
    respondent: '答复',
    to: (department: string, respondent: string) => `${department} · ${respondent}`,
  },
  phase: {
    notStarted: '问政尚未开始，开始后这里会显示当前问题。',
    waiting: '请稍候，下一个问题即将开始。',
    asking: '正在提问',
    answering: '正在答复，答复结束后开始投票',
    opensSoon: '投票即将开始',
    open: '请为这次答复评议',
    closed: '投票已截止',
    revealed: '评议结果已公布',
    ended: '本场问政已结束，感谢您的参与！',
  },
  countdown: {
    label: '剩余时间',
    seconds: (n: number) => `${n} 秒`,
    opensIn: (n: number) => `${n} 秒后开始投票`,
  },
  choices: { SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', UNSATISFIED: '不满意' },
  choicesLabel: '您对这次答复的评价',
  vote: {
    sending: '正在提交…',
    sendingOffline: '网络恢复后将自动重新提交，请勿关闭页面。',
    confirmed: '投票成功',
    yourChoice: (choice: string) => `您的选择：${choice}`,
    counted: '您的投票已被记录。',
    alreadyVoted: '本轮您已经投过票了，每个席位或设备每轮只能投一票。',
    lateRefused: '投票已截止，您这一票未能计入。',
    closedNoVote: '本轮投票已截止。',
    tapAgain: '提交失败，请再试一次。',
  },
  result: {
    heading: '评议结果',
    composite: '综合满意率',
    outcome: { SATISFIED: '满意', UNSATISFIED: '不满意', NO_VOTES: '无有效票' },
    threshold: (n: number) => `满意线 ${n}%`,
    channel: { STUDIO: '现场', ONLINE: '网络' },
    rate: '满意率',
    votes: (n: number) => `${n} 票`,
  },
  connection: {
    lost: '网络连接已断开，正在重新连接…',
    back: '已重新连接',
  },
  errors: {
    notFound: '没有找到这个场次，请核对大屏上的 6 位数字。',
    ended: '本场问政已结束，不再接受投票。',
    rateLimited: (seconds: number | null) => (seconds ? `加入的人太多，请 ${seconds} 秒后再试。` : '加入的人太多，请稍后再试。'),
    unauthenticated: '您的投票凭证已失效，请重新加入。',
    network: '无法连接服务器，请检查网络后重试。',
    unknown: '出现了问题，请稍后重试。',
    retry: '重试',
    rejoin: '重新加入',
    enterCode: '重新输入场次码',
  },
};

export type VoteMessages = typeof zhCN;

export const voteMessages = defineSurfaceMessages<VoteMessages>(zhCN, { en: () => import('./messages.en') });
export const useVoteMessages = voteMessages.useMessages;
