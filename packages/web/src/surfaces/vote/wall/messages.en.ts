import type { WallWords } from './messages';

const en: WallWords = {
  heading: 'Viewers’ messages',
  about: (title: string) => `On: ${title}`,
  label: 'Leave a message or a follow-up question',
  placeholder: 'Your message or the question you would ask',
  counter: (used: number, max: number) => `${used} / ${max}`,
  counterLabel: (left: number) => (left >= 0 ? `${left} characters left` : `${-left} characters too many`),
  note: 'Messages are reviewed before they appear here and on the screen. Please be civil and leave out personal details.',
  send: 'Send message',
  sending: 'Sending…',
  sent: 'Your message was sent; it will appear once approved.',
  problems: {
    empty: 'Write your message first.',
    tooLong: (max: number) => `A message has at most ${max} characters; please shorten it.`,
  },
  refusals: {
    closed: 'Messages are closed for now.',
    blocked: 'The message contains words that cannot be published; please change it.',
    rateLimited: (seconds: number | null) =>
      seconds ? `Too many messages; try again in ${seconds} s.` : 'Too many messages; try again shortly.',
    rateLimitedWait: (seconds: number) => `You can send again in ${seconds} s`,
    badInput: 'The message must be 1 to 140 characters; please change it.',
    pass: 'Your pass is no longer valid; reload the page to join again, then send your message.',
    network: 'No connection: the message was not sent. Please try again.',
    unknown: 'The message was not sent; please try again.',
  },
  wall: {
    heading: 'Message wall',
    count: (n: number) => `${n} shown`,
    empty: 'No approved messages yet.',
    error: 'The wall cannot update right now; retrying…',
    pinned: 'Pinned',
    put: 'Put to the respondent',
    sender: 'Viewer',
    upvote: 'Agree',
    upvoteLabel: (n: number) => `Agree with this message; ${n} agree so far`,
    upvoted: 'Agreed',
    upvotedLabel: (n: number) => `You agreed with this message; ${n} agree`,
    upvoteFailed: 'The upvote did not go through; please try again.',
  },
};

export default en;
