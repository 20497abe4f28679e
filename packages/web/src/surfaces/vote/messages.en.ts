import type { SubjectKind } from '../../gql/graphql';
import { ballotLabels } from '../../labels/ballot';
import { channelsLabels } from '../../labels/channels';
import type { VoteMessages } from './messages';

const en: VoteMessages = {
  appName: 'Wenzheng',
  pageTitle: 'Vote',
  language: { label: 'Language', switchTo: '中文', switchToLang: 'zh-CN' },
  elderMode: 'Large text',
  joining: 'Joining…',
  channel: { STUDIO: channelsLabels.en.STUDIO, ONLINE: channelsLabels.en.ONLINE.DEVICE },
  stream: { heading: 'Live stream', open: 'Open the stream in a new window' },
  session: {
    rehearsal: 'Rehearsal',
    questionOf: (n: number, total: number, subject: SubjectKind = 'ANSWER') =>
      `${{ ANSWER: 'Question', REPORT: 'Report', PROJECT: 'Project', REPRESENTATIVE: 'Representative' }[subject]} ${n} of ${total}`,
  },
  question: {
    facts: {
      questioner: 'Asked by',
      department: 'Department',
      respondent: 'Answered by',
      reportingBody: 'Reporting body',
      reporter: 'Reported by',
      leadDepartment: 'Lead department',
      budget: 'Budget',
      representative: 'Representative',
      district: 'District',
    },
    budget: (amount: number) => `${amount} × 10,000 yuan`,
  },
  phase: {
    notStarted: 'The session has not started yet; the current question will appear here.',
    waiting: 'Please wait: the next question is coming up.',
    asking: 'Question being asked',
    answering: 'Being answered; voting opens after the answer',
    opensSoon: 'Voting opens shortly',
    open: 'Rate this answer',
    rollVoting: 'The roll is voting',
    closed: 'Voting has closed',
    revealed: 'The result is out',
    ended: 'This session has ended. Thank you for taking part!',
  },
  countdown: {
    label: 'Time left',
    seconds: (n: number) => `${n} s`,
    opensIn: (n: number) => `Voting opens in ${n} s`,
    opened: (n: number, ask: string) => `Voting is open for ${n} seconds. ${ask}`,
    under: (n: number) => `Less than ${n} seconds left`,
  },
  phaseBy: {
    REPORT: { asking: 'Report being introduced', answering: 'Report being presented; rating opens after it' },
    PROJECT: { asking: 'Project being introduced', answering: 'Project being presented; the vote opens after it' },
    REPRESENTATIVE: { asking: 'Representative being introduced', answering: 'The representative is reporting; rating opens after it' },
  },
  openBy: {
    SATISFACTION: 'Rate it now',
    APPROVAL: 'Cast your vote',
    CHOOSE_UP_TO_N: 'Choose, then vote',
  },
  choices: ballotLabels.en.choice,
  choicesLabel: 'Your rating of this answer',
  choicesLabelBy: {
    REPORT: 'Your rating of this report',
    PROJECT: 'Your rating of this project',
    REPRESENTATIVE: 'Your rating of this representative’s work',
  },
  approvalLabel: 'Your vote',
  blank: ballotLabels.en.blank,
  vote: {
    /** Between the candidates a phone picked, in "your choice". */
    listSeparator: ', ',
    sending: 'Sending…',
    sendingOffline: 'It will be sent again as soon as the network is back; keep this page open.',
    confirmed: 'Vote received',
    yourChoice: (choice: string) => `Your choice: ${choice}`,
    counted: 'Your vote has been recorded.',
    alreadyVoted: 'You have already voted in this round: one vote per seat or device.',
    alreadyVotedNumber: 'This mobile number has already voted in this round: one vote per number.',
    notOnRoll: 'You are not on the studio roll of this session; please ask the staff.',
    lateRefused: 'Voting had closed; this vote was not counted.',
    closedNoVote: 'Voting for this question has closed.',
    rollOnly: 'Only the people on the roll vote in this session; the online audience can follow the results.',
    tapAgain: 'Sending failed; please try again.',
  },
  connection: {
    lost: 'Connection lost; reconnecting…',
    back: 'Reconnected',
  },
  errors: {
    notFound: 'No session has this code; check the 6 digits on the screen.',
    ended: 'This session has ended and takes no more votes.',
    opensAt: (when: string) => `The online vote opens at ${when}; please come back then.`,
    onDay: (month: number, day: number, time: string) =>
      `${time} on ${day} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]}`,
    notOnRoll: 'You are not on the studio roll of this session; please ask the staff.',
    rateLimited: (seconds: number | null) =>
      seconds ? `Too many people are joining; try again in ${seconds} s.` : 'Too many people are joining; try again shortly.',
    unauthenticated: 'Your voting pass is no longer valid; please join again.',
    network: 'The server cannot be reached; check your network and try again.',
    unknown: 'Something went wrong; please try again shortly.',
    retry: 'Try again',
    rejoin: 'Join again',
    enterCode: 'Enter the code again',
  },
};

export default en;
