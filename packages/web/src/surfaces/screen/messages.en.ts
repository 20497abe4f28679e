import type { SubjectKind } from '../../gql/graphql';
import { ballotLabels } from '../../labels/ballot';
import { kindLabels } from '../../labels/kind';
import { channelsLabels } from '../../labels/channels';
import { quorumLabels } from '../../labels/quorum';
import type { ScreenMessages } from './messages';

const en: ScreenMessages = {
  appName: 'Wenzheng',
  pageTitle: 'Broadcast screen',
  home: {
    heading: 'Broadcast screen',
    intro:
      'Open a session’s screen on the studio display or in the vision mixer. The overlay has a transparent background for OBS or vMix browser sources.',
    empty: 'No session has been published yet.',
    loadError: 'The list of sessions could not be loaded; reload the page to try again.',
    open: 'Screen',
    overlay: 'Overlay',
    status: { DRAFT: 'Draft', PUBLISHED: 'Upcoming', LIVE: 'Live', ENDED: 'Ended' },
  },
  connecting: 'Connecting…',
  connection: { live: 'Live', lost: 'Connection lost; reconnecting…' },
  rehearsal: 'Rehearsal',
  notFound: 'No such session, or it has not been published.',
  loadError: 'The server cannot be reached; retrying…',
  stage: {
    notStarted: 'Starting soon',
    waiting: 'Next question coming up',
    asking: 'Question',
    answering: 'Answer',
    voting: 'Satisfaction vote in progress',
    closed: 'Voting closed; result coming up',
    revealed: 'Result',
    ended: 'This session has ended',
    notStartedKind: (kind: string) => `${kind}: starting soon`,
    endedKind: (kind: string) => `${kind}: this session has ended`,
    waitingItem: 'Next item coming up',
    votingBy: { SATISFACTION: 'Satisfaction vote in progress', APPROVAL: 'Vote in progress', CHOOSE_UP_TO_N: 'Vote in progress' },
    revealedBy: { SATISFACTION: 'Result', APPROVAL: 'Result of the vote', CHOOSE_UP_TO_N: 'Result of the vote' },
    phaseBy: {
      REPORT: { asking: 'Report introduced', answering: 'Report' },
      PROJECT: { asking: 'Project introduced', answering: 'Project presented' },
      REPRESENTATIVE: { asking: 'Representative introduced', answering: 'Representative reporting' },
    },
  },
  kind: kindLabels.en.kind,
  item: kindLabels.en.item,
  question: {
    number: (n: number, total: number, subject: SubjectKind = 'ANSWER') =>
      `${{ ANSWER: 'Question', REPORT: 'Report', PROJECT: 'Project', REPRESENTATIVE: 'Representative' }[subject]} ${n} of ${total}`,
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
  countdown: { label: 'Time left', seconds: (n: number) => `${n}`, unit: 's' },
  join: {
    heading: 'Scan to vote online',
    watchHeading: 'Scan to follow the results on your phone',
    codeLabel: 'Session code',
    hint: 'or visit',
    qrAlt: (url: string) => `QR code to vote, linking to ${url}`,
    identity: { PHONE_CODE: 'Mobile number verified: one number, one vote', ROSTER: 'For people on the roster, mobile number verified' },
  },
  wall: {
    heading: 'Viewers’ messages',
    sender: 'Viewer',
    upvotes: (n: number) => `${n} agree`,
    put: 'Viewer’s follow-up',
  },
  turnout: {
    heading: 'Turnout',
    studio: (voted: number, electorate: number) =>
      electorate > 0 ? `Studio ${voted} of ${electorate} on the roll` : 'Studio vote: no roll set',
    online: (channel: string, voted: number) => `${channel}: ${voted}`,
    hidden: 'Results are shown once voting has closed',
  },
  choices: ballotLabels.en.choice,
  channels: channelsLabels.en,
  quorum: quorumLabels.en,
  chart: {
    bar: (count: number) => `${count}`,
    option: (label: string, share: string) => `${label}\n${share}`,
    label: 'Live votes',
    count: (count: number, share: string) => `${count} votes (${share})`,
  },
  result: {
    heading: 'Satisfaction result',
    headingBy: { SATISFACTION: 'Satisfaction result', APPROVAL: 'Result of the vote', CHOOSE_UP_TO_N: 'Result of the vote' },
    composite: 'Weighted satisfaction',
    approval: 'Share in favour',
    outcome: ballotLabels.en.outcome,
    elected: ballotLabels.en.elected,
    threshold: (unsatisfiedBelow: number, satisfiedFrom: number | null) =>
      satisfiedFrom !== null && satisfiedFrom > unsatisfiedBelow
        ? `Satisfied from ${satisfiedFrom}% · unsatisfied below ${unsatisfiedBelow}%`
        : `Pass mark ${unsatisfiedBelow}%`,
    passing: (n: number) => `Passes with more than ${n}%`,
    option: 'Option',
    candidate: 'Candidate',
    share: 'Share',
    total: 'Total',
    weights: (studio: number, online: number) => `Weights: studio ${studio}% · online ${online}%`,
    channel: 'Channel',
    valid: 'Valid votes',
    rate: 'Satisfaction',
  },
  summary: {
    heading: 'Results of this session',
    headingKind: (kind: string) => `${kind}: results of this session`,
    number: 'No.',
    question: 'Question',
    department: 'Department',
    unit: { ANSWER: 'Department', REPORT: 'Reporting body', PROJECT: 'Lead department', REPRESENTATIVE: 'Representative · district' },
    composite: 'Weighted satisfaction',
    figure: 'Votes',
    electedList: (names: string) => `Elected: ${names}`,
    separator: ', ',
    outcome: 'Outcome',
    notVoted: 'Not voted',
    notRevealed: 'Not revealed',
  },
};

export default en;
