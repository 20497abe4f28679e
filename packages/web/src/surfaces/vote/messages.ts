import type { BallotType, SubjectKind } from '../../gql/graphql';
import { ballotLabels } from '../../labels/ballot';
import { channelsLabels } from '../../labels/channels';
import { quorumLabels } from '../../labels/quorum';
import { defineSurfaceMessages } from '../../labels/surfaceMessages';

// The audience phone's words. Chinese ships with the page; English is fetched when chosen. The words of
// the ballot, the channels and the quorum come from the shared labels (src/labels).
const zhCN = {
  appName: '问政',
  pageTitle: '满意度测评',
  language: { label: '语言', switchTo: 'English', switchToLang: 'en' },
  elderMode: '长辈模式',
  entry: {
    heading: '网络测评',
    intro: '输入大屏上显示的 6 位数字场次码，或直接扫描大屏上的二维码，在网上对答复进行满意度测评。',
    codeLabel: '场次码',
    codeHint: '6 位数字',
    codeInvalid: '请输入 6 位数字场次码。',
    submit: '进入投票',
    seatLink: '我是现场代表，使用席位码',
  },
  seat: {
    heading: '现场测评',
    intro: '现场代表请输入座位上印制的席位码。每个席位码只能在一部手机上使用一次。',
    codeLabel: '席位码',
    codeHint: '6 位字母或数字，印在席位卡上',
    codeInvalid: '请输入席位码。',
    submit: '确认席位',
    claiming: '正在确认席位…',
    audienceLink: '我是观众，参与网络测评',
    taken: '这个席位码已经被使用过了。如有疑问，请联系现场工作人员。',
    invalid: '席位码不正确，请核对席位卡上的代码。',
  },
  phone: {
    why: {
      PHONE_CODE: '本场网络测评需验证手机号：一个号码只能投一次票。',
      ROSTER: '本场仅限名册内人员参与网络测评，请输入登记在名册上的手机号。',
    },
    numberLabel: '手机号',
    numberHint: '11 位手机号码',
    send: '获取验证码',
    sending: '正在发送…',
    resendIn: (seconds: number) => `${seconds} 秒后重发`,
    resend: '重新获取',
    back: '重新输入场次码',
    sent: (maskedPhone: string, minutes: number) => `验证码已发送至 ${maskedPhone}，${minutes} 分钟内有效。`,
    earlier: (maskedPhone: string) => `如已收到发往 ${maskedPhone} 的验证码，可直接输入。`,
    codeLabel: '短信验证码',
    codeHint: '6 位数字',
    submit: '验证并进入',
    verifying: '正在验证…',
    errors: {
      phoneFormat: '请输入 11 位手机号码。',
      notOnRoster: '这个号码不在本场网络测评名册中，请核对号码，或联系工作人员。',
      tooSoon: (seconds: number) => `获取验证码过于频繁，请 ${seconds} 秒后再试。`,
      smsFailed: '短信暂时发送不出去，请稍后再试。',
      codeFormat: '请输入短信中的 6 位验证码。',
      wrong: (triesLeft: number) => `验证码不正确，还可以再试 ${triesLeft} 次。`,
      stale: '这个验证码已失效，请重新获取。',
      expired: '验证码已过期，请重新获取。',
      tooManyTries: '验证码错误次数过多，请重新获取。',
    },
  },
  joining: '正在加入…',
  channel: { STUDIO: channelsLabels['zh-CN'].STUDIO, ONLINE: channelsLabels['zh-CN'].ONLINE.DEVICE },
  stream: { heading: '直播', open: '在新窗口打开直播' },
  session: {
    rehearsal: '彩排',
    /** Questions are counted as 题, reports, projects and representatives as 项. */
    questionOf: (n: number, total: number, subject: SubjectKind = 'ANSWER') =>
      subject === 'ANSWER' ? `第 ${n} 题 / 共 ${total} 题` : `第 ${n} 项 / 共 ${total} 项`,
  },
  question: {
    /** What an item shows besides its title, by its subject (live/subject.ts). */
    facts: {
      questioner: '提问',
      department: '应询部门',
      respondent: '答复',
      reportingBody: '报告单位',
      reporter: '报告人',
      leadDepartment: '牵头单位',
      budget: '预算',
      representative: '代表',
      district: '选区',
    },
    budget: (amount: number) => `${amount} 万元`,
  },
  phase: {
    notStarted: '问政尚未开始，开始后这里会显示当前问题。',
    waiting: '请稍候，下一个问题即将开始。',
    asking: '正在提问',
    answering: '正在答复，答复结束后开始投票',
    opensSoon: '投票即将开始',
    open: '请进行满意度测评',
    rollVoting: '名册人员正在投票',
    closed: '投票已截止',
    revealed: '结果已公布',
    ended: '本场问政已结束，感谢您的参与！',
  },
  countdown: {
    label: '剩余时间',
    seconds: (n: number) => `${n} 秒`,
    opensIn: (n: number) => `${n} 秒后开始投票`,
    // Read out by screen readers: at the opening, then at 30 and 10 seconds left.
    opened: (n: number, ask: string) => `投票开始，限时 ${n} 秒。${ask}`,
    under: (n: number) => `剩余不到 ${n} 秒`,
  },
  /** An item being presented, for the subjects other than a question (问题): report, project, representative. */
  phaseBy: {
    REPORT: { asking: '正在介绍报告', answering: '正在报告，报告结束后开始测评' },
    PROJECT: { asking: '正在介绍项目', answering: '正在陈述项目，陈述结束后开始票决' },
    REPRESENTATIVE: { asking: '正在介绍代表', answering: '代表正在述职，述职结束后开始测评' },
  },
  /** What the voter is asked while voting is open, by ballot. */
  openBy: {
    SATISFACTION: '请进行满意度测评',
    APPROVAL: '请投票表决',
    CHOOSE_UP_TO_N: '请选择后投票',
  } satisfies Record<BallotType, string>,
  choices: ballotLabels['zh-CN'].choice,
  choicesLabel: '您对这次答复的评价',
  /** The satisfaction question for the other subjects. */
  choicesLabelBy: {
    REPORT: '您对这份报告的评价',
    PROJECT: '您对这个项目的评价',
    REPRESENTATIVE: '您对这位代表履职的评价',
  },
  approvalLabel: '您的表决意见',
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
    separator: '、',
  },
  blank: ballotLabels['zh-CN'].blank,
  vote: {
    sending: '正在提交…',
    sendingOffline: '网络恢复后将自动重新提交，请勿关闭页面。',
    confirmed: '投票成功',
    yourChoice: (choice: string) => `您的选择：${choice}`,
    counted: '您的投票已被记录。',
    alreadyVoted: '本轮您已经投过票了，每个席位或设备每轮只能投一票。',
    /** A session whose online voters are known by their mobile number: the number voted, on whichever phone. */
    alreadyVotedNumber: '这个手机号本轮已经投过票了，一个号码每轮只能投一票。',
    notOnRoll: '您不在本场现场测评名册中，请联系工作人员。',
    lateRefused: '投票已截止，您这一票未能计入。',
    closedNoVote: '本轮投票已截止。',
    /** An online phone in a session where only the people on the roll vote (online weight 0). */
    rollOnly: '本场由名册人员投票，网络观众可观看结果。',
    tapAgain: '提交失败，请再试一次。',
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
  connection: {
    lost: '网络连接已断开，正在重新连接…',
    back: '已重新连接',
  },
  errors: {
    notFound: '没有找到这个场次，请核对大屏上的 6 位数字。',
    ended: '本场问政已结束，不再接受投票。',
    /** Passes are issued only from a while before the show: `when` is "19:30", or a date and time. */
    opensAt: (when: string) => `网络测评将于 ${when} 开放，请届时再来。`,
    onDay: (month: number, day: number, time: string) => `${month} 月 ${day} 日 ${time}`,
    notOnRoll: '您不在本场现场测评名册中，请联系工作人员。',
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
