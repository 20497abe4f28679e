import type { Language } from '../clue/clue-labels.js';
import type { SessionKind, SubjectKind } from '../session/session-kind.js';
import type { BallotType } from '../vote/ballot-type.js';
import type { FollowUpStatus } from '../follow-up/follow-up-status.js';
import type { Outcome, RoundResult } from '../vote/result.js';

export type { Language };

type Columns = [header: string, width: number][];

/** Words of the documents this module writes (workbooks, the session report); the web app has its own. */
export const statsLabels: Record<
  Language,
  {
    timeNote: string;
    yes: string;
    no: string;
    notDue: string;
    kinds: Record<SessionKind, string>;
    subjects: Record<SubjectKind, string>;
    ballotTypes: Record<BallotType, string>;
    outcomes: Record<Outcome, string>;
    /** A candidates' ballot: one or more elected, none, or a tie for the last place. */
    candidateOutcomes: Record<Outcome, string>;
    elected: string;
    votes: (n: number) => string;
    roundStatuses: Record<'CLOSED' | 'PUBLISHED', string>;
    followUpStatuses: Record<FollowUpStatus, string>;
    sessions: { sheet: string; columns: Columns };
    years: { sheet: string; columns: Columns };
    league: { sheet: string; columns: Columns; formula: string };
    rounds: { sheet: string; columns: Columns };
    followUps: { sheet: string; columns: Columns };
    files: { sessions: string; rounds: string; followUps: string };
  }
> = {
  zh: {
    timeNote: '时间均为北京时间；比率为百分数。',
    yes: '是',
    no: '否',
    notDue: '未到期',
    kinds: {
      TV_QUESTIONING: '电视问政',
      SPECIAL_INQUIRY: '专题询问',
      REPORT_ASSESSMENT: '报告满意度测评',
      PROJECT_VOTE: '民生实事项目票决',
      REPRESENTATIVE_REVIEW: '选民评议代表',
      LOOK_BACK: '回头看',
    },
    subjects: { ANSWER: '应询部门答复', REPORT: '报告', PROJECT: '民生实事项目', REPRESENTATIVE: '代表' },
    ballotTypes: { SATISFACTION: '满意度测评', APPROVAL: '赞成／反对票决', CHOOSE_UP_TO_N: '差额票决（限选）' },
    elected: '当选',
    votes: (n: number) => `${n} 票`,
    candidateOutcomes: {
      SATISFIED: '满意',
      BASICALLY_SATISFIED: '基本满意',
      UNSATISFIED: '不满意',
      PASSED: '产生当选项',
      REJECTED: '无当选项',
      TIED: '票数相同，另行表决',
      NO_VOTES: '无有效票',
    },
    outcomes: {
      SATISFIED: '满意',
      BASICALLY_SATISFIED: '基本满意',
      UNSATISFIED: '不满意',
      PASSED: '通过',
      REJECTED: '未通过',
      TIED: '票数相同，另行表决',
      NO_VOTES: '无有效票',
    },
    roundStatuses: { CLOSED: '已结束（未公布）', PUBLISHED: '已公布' },
    followUpStatuses: {
      DRAFT: '待交办',
      DISPATCHED: '已交办',
      ACCEPTED: '已签收',
      RETURNED: '已退回',
      IN_PROGRESS: '办理中',
      REPORTED: '待审核',
      APPROVED: '审核通过',
      SENT_BACK: '报告退回',
      EVALUATING: '回头看测评中',
      CLOSED: '已办结',
      REOPENED: '二次办理',
    },
    sessions: {
      sheet: '问政活动满意度',
      columns: [
        ['问政活动', 30],
        ['类型', 10],
        ['举办时间', 18],
        ['问题数', 8],
        ['已测评', 8],
        ['综合满意度(%)', 14],
        ['现场满意率(%)', 14],
        ['网络满意率(%)', 14],
        ['现场票数', 10],
        ['网络票数', 10],
        ['现场参评率(%)', 14],
        ['满意（含基本满意）', 12],
        ['不满意', 8],
        ['无有效票', 10],
      ],
    },
    years: {
      sheet: '年度趋势',
      columns: [
        ['年度', 8],
        ['场次', 8],
        ['已测评', 8],
        ['综合满意度(%)', 14],
        ['现场满意率(%)', 14],
        ['网络满意率(%)', 14],
        ['现场票数', 10],
        ['网络票数', 10],
        ['满意（含基本满意）', 12],
        ['不满意', 8],
      ],
    },
    league: {
      sheet: '部门排名',
      columns: [
        ['名次', 8],
        ['部门', 26],
        ['综合得分', 10],
        ['S 综合满意率(%)', 16],
        ['T 按期办结率(%)', 16],
        ['R 非二次办理率(%)', 18],
        ['应询问题', 10],
        ['督办事项', 10],
        ['已到期', 8],
        ['按期', 8],
        ['二次办理', 10],
      ],
      formula: '计算方法',
    },
    rounds: {
      sheet: '测评和票决结果',
      columns: [
        ['问政活动', 28],
        ['类型', 14],
        ['举办时间', 18],
        ['序号', 6],
        ['议题', 34],
        ['议题类别', 12],
        ['应询部门／报告单位／牵头单位', 24],
        ['应询人／报告人／代表', 18],
        ['选区', 14],
        ['预算(万元)', 10],
        ['结果状态', 16],
        ['表决方式', 16],
        ['现场 满意', 10],
        ['现场 基本满意', 12],
        ['现场 不满意', 10],
        ['现场 有效票', 10],
        ['现场满意率(%)', 14],
        ['网络 满意', 10],
        ['网络 基本满意', 12],
        ['网络 不满意', 10],
        ['网络 有效票', 10],
        ['网络满意率(%)', 14],
        ['现场权重(%)', 12],
        ['网络权重(%)', 12],
        ['综合满意度／赞成率(%)', 16],
        ['满意线／通过线(%)', 12],
        ['各选项得票', 40],
        ['结果', 14],
        ['规则', 50],
        ['说明', 40],
      ],
    },
    followUps: {
      sheet: '督办事项',
      columns: [
        ['事项', 30],
        ['主办单位', 22],
        ['协办单位', 22],
        ['问政活动', 26],
        ['问题', 30],
        ['测评结果', 10],
        ['整改承诺', 50],
        ['办理期限', 18],
        ['状态', 12],
        ['逾期', 6],
        ['办理轮次', 8],
        ['进度(%)', 8],
        ['交办时间', 18],
        ['报送时间', 18],
        ['按期', 8],
        ['办结时间', 18],
        ['子事项', 8],
      ],
    },
    files: { sessions: '问政活动统计', rounds: '测评和票决结果', followUps: '督办事项' },
  },
  en: {
    timeNote: 'Times are China Standard Time (UTC+8); rates are percentages.',
    yes: 'yes',
    no: 'no',
    notDue: 'not due',
    kinds: {
      TV_QUESTIONING: 'TV questioning',
      SPECIAL_INQUIRY: 'special inquiry',
      REPORT_ASSESSMENT: 'report assessment',
      PROJECT_VOTE: 'project vote',
      REPRESENTATIVE_REVIEW: 'representative review',
      LOOK_BACK: 'look-back',
    },
    subjects: { ANSWER: 'answer', REPORT: 'report', PROJECT: 'project', REPRESENTATIVE: 'representative' },
    ballotTypes: { SATISFACTION: 'satisfaction', APPROVAL: 'for / against', CHOOSE_UP_TO_N: 'choose up to N' },
    elected: 'elected',
    votes: (n: number) => `${n}`,
    candidateOutcomes: {
      SATISFIED: 'satisfied',
      BASICALLY_SATISFIED: 'basically satisfied',
      UNSATISFIED: 'unsatisfied',
      PASSED: 'chosen',
      REJECTED: 'none chosen',
      TIED: 'tied (to be voted again)',
      NO_VOTES: 'no votes',
    },
    outcomes: {
      SATISFIED: 'satisfied',
      BASICALLY_SATISFIED: 'basically satisfied',
      UNSATISFIED: 'unsatisfied',
      PASSED: 'passed',
      REJECTED: 'rejected',
      TIED: 'tied (to be voted again)',
      NO_VOTES: 'no votes',
    },
    roundStatuses: { CLOSED: 'closed (not revealed)', PUBLISHED: 'published' },
    followUpStatuses: {
      DRAFT: 'draft',
      DISPATCHED: 'dispatched',
      ACCEPTED: 'accepted',
      RETURNED: 'returned',
      IN_PROGRESS: 'in progress',
      REPORTED: 'reported',
      APPROVED: 'approved',
      SENT_BACK: 'sent back',
      EVALUATING: 'look-back vote',
      CLOSED: 'closed',
      REOPENED: 'reopened',
    },
    sessions: {
      sheet: 'Sessions',
      columns: [
        ['Session', 30],
        ['Kind', 10],
        ['Held', 18],
        ['Questions', 10],
        ['Rounds', 8],
        ['Composite (%)', 14],
        ['Studio rate (%)', 14],
        ['Online rate (%)', 14],
        ['Studio votes', 12],
        ['Online votes', 12],
        ['Studio turnout (%)', 16],
        ['Satisfied', 10],
        ['Unsatisfied', 12],
        ['No votes', 10],
      ],
    },
    years: {
      sheet: 'Years',
      columns: [
        ['Year', 8],
        ['Sessions', 10],
        ['Rounds', 8],
        ['Composite (%)', 14],
        ['Studio rate (%)', 14],
        ['Online rate (%)', 14],
        ['Studio votes', 12],
        ['Online votes', 12],
        ['Satisfied', 10],
        ['Unsatisfied', 12],
      ],
    },
    league: {
      sheet: 'League',
      columns: [
        ['Rank', 8],
        ['Department', 26],
        ['Score', 10],
        ['S satisfaction (%)', 16],
        ['T on time (%)', 14],
        ['R not reopened (%)', 18],
        ['Questions', 10],
        ['Items', 8],
        ['Due', 8],
        ['On time', 8],
        ['Reopened', 10],
      ],
      formula: 'Formula',
    },
    rounds: {
      sheet: 'Results',
      columns: [
        ['Session', 28],
        ['Kind', 14],
        ['Held', 18],
        ['No.', 6],
        ['Agenda item', 34],
        ['Subject', 12],
        ['Department', 22],
        ['Respondent / representative', 18],
        ['District', 14],
        ['Budget (10k yuan)', 10],
        ['Round', 16],
        ['Ballot', 16],
        ['Studio satisfied', 10],
        ['Studio basically', 12],
        ['Studio unsatisfied', 10],
        ['Studio votes', 10],
        ['Studio rate (%)', 14],
        ['Online satisfied', 10],
        ['Online basically', 12],
        ['Online unsatisfied', 10],
        ['Online votes', 10],
        ['Online rate (%)', 14],
        ['Studio weight (%)', 12],
        ['Online weight (%)', 12],
        ['Composite / in favour (%)', 16],
        ['Threshold (%)', 12],
        ['Votes per option', 40],
        ['Outcome', 14],
        ['Rule (zh-CN)', 50],
        ['Note (zh-CN)', 40],
      ],
    },
    followUps: {
      sheet: 'Follow-up items',
      columns: [
        ['Item', 30],
        ['Lead department', 22],
        ['Co-handling', 22],
        ['Session', 26],
        ['Question', 30],
        ['Result', 10],
        ['Commitment', 50],
        ['Deadline', 18],
        ['Status', 12],
        ['Overdue', 8],
        ['Handling round', 8],
        ['Progress (%)', 8],
        ['Dispatched', 18],
        ['Reported', 18],
        ['On time', 8],
        ['Closed', 18],
        ['Sub-items', 8],
      ],
    },
    files: { sessions: 'sessions', rounds: 'rounds', followUps: 'follow-ups' },
  },
};

/** A result's outcome in words: a candidates' ballot says whether any were chosen. */
export function outcomeLabel(result: Pick<RoundResult, 'ballotType' | 'outcome'>, language: Language): string {
  const labels = statsLabels[language];
  return (result.ballotType === 'CHOOSE_UP_TO_N' ? labels.candidateOutcomes : labels.outcomes)[result.outcome];
}
