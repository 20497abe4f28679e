import { ballotLabels } from '../../labels/ballot';
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
  },
  question: {
    number: (n: number, total: number) => `Question ${n} of ${total}`,
    questioner: 'Asked by',
    department: 'Department',
    respondent: 'Answered by',
  },
  countdown: { label: 'Time left', seconds: (n: number) => `${n}`, unit: 's' },
  join: {
    heading: 'Scan to vote online',
    codeLabel: 'Session code',
    hint: 'or visit',
    qrAlt: (url: string) => `QR code to vote, linking to ${url}`,
    identity: { PHONE_CODE: 'Mobile number verified: one number, one vote', ROSTER: 'For people on the roster, mobile number verified' },
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
  chart: { bar: (count: number, percent: string) => `${count} (${percent})`, label: 'Live votes' },
  result: {
    heading: 'Satisfaction result',
    composite: 'Weighted satisfaction',
    outcome: ballotLabels.en.outcome,
    threshold: (n: number) => `Pass mark ${n}%`,
    weights: (studio: number, online: number) => `Weights: studio ${studio}% · online ${online}%`,
    channel: 'Channel',
    valid: 'Valid votes',
    rate: 'Satisfaction',
  },
  summary: {
    heading: 'Results of this session',
    number: 'No.',
    question: 'Question',
    department: 'Department',
    composite: 'Weighted satisfaction',
    outcome: 'Outcome',
    notVoted: 'Not voted',
    notRevealed: 'Not revealed',
  },
};

export default en;
