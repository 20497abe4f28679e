import type { FormMessages } from './formMessages';

const en: FormMessages = {
  entry: {
    heading: 'Online vote',
    intro: 'Enter the 6-digit session code shown on the screen, or scan the QR code there, to rate the answers online.',
    codeLabel: 'Session code',
    codeHint: '6 digits',
    codeInvalid: 'Enter the 6-digit session code.',
    submit: 'Join',
    seatLink: 'I am a representative in the studio: use a seat code',
  },
  seat: {
    heading: 'Studio vote',
    intro: 'Representatives in the studio: enter the seat code printed at your seat. Each seat code works once, on one phone.',
    codeLabel: 'Seat code',
    codeHint: '6 letters or digits, on your seat card',
    codeInvalid: 'Enter the seat code.',
    submit: 'Claim seat',
    claiming: 'Claiming the seat…',
    audienceLink: 'I am in the audience: vote online',
    taken: 'This seat code has already been used. Please ask the studio staff.',
    invalid: 'This seat code is not right; check the code on your seat card.',
  },
  phone: {
    why: {
      PHONE_CODE: 'The online vote of this session needs your mobile number: one number, one vote.',
      ROSTER: 'Only the people on the roster of this session take part in the online vote: enter your number as it is on the roster.',
    },
    numberLabel: 'Mobile number',
    numberHint: '11 digits',
    send: 'Get code',
    sending: 'Sending…',
    resendIn: (seconds: number) => `Resend in ${seconds} s`,
    resend: 'Resend',
    back: 'Enter another session code',
    sent: (maskedPhone: string, minutes: number) => `A code was sent to ${maskedPhone}; it works for ${minutes} minutes.`,
    earlier: (maskedPhone: string) => `If a code has already reached ${maskedPhone}, enter it below.`,
    codeLabel: 'Code from the text message',
    codeHint: '6 digits',
    submit: 'Verify and join',
    verifying: 'Verifying…',
    errors: {
      phoneFormat: 'Enter an 11-digit mobile number.',
      notOnRoster: 'This number is not on the online roster of this session; check it, or ask the staff.',
      tooSoon: (seconds: number) => `Codes were asked for too often; try again in ${seconds} s.`,
      smsFailed: 'The text message could not be sent just now; try again shortly.',
      codeFormat: 'Enter the 6-digit code from the text message.',
      wrong: (triesLeft: number) => `This code is not right; ${triesLeft} ${triesLeft === 1 ? 'try' : 'tries'} left.`,
      stale: 'This code no longer works; ask for a new one.',
      expired: 'This code has expired; ask for a new one.',
      tooManyTries: 'Too many wrong codes; ask for a new one.',
    },
  },
};

export default en;
