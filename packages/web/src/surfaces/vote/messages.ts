import type { BallotType, SubjectKind } from '../../gql/graphql';
import { ballotLabels } from '../../labels/ballot';
import { channelsLabels } from '../../labels/channels';
import { defineSurfaceMessages } from '../../labels/surfaceMessages';

// The words of the audience phone's live page. Chinese ships with the page; English is fetched when
// chosen. The ballot's and the channels' words come from the shared labels (src/labels). The forms'
// words (formMessages.ts) and those of a candidate list and a result (roundMessages.ts) come with
// them, on demand.
const zhCN = {
  appName: '问政',
  pageTitle: '满意度测评',
  language: { label: '语言', switchTo: 'English', switchToLang: 'en' },
  elderMode: '长辈模式',
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
  blank: ballotLabels['zh-CN'].blank,
  vote: {
    /** Between the candidates a phone picked, in "your choice". */
    listSeparator: '、',
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
