import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Paths that may carry secrets or personal data; pino replaces their values. */
const redactPaths = [
  'password',
  '*.password',
  '*.*.password',
  'token',
  '*.token',
  '*.*.token',
  'phone',
  '*.phone',
  '*.*.phone',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'variables.input.password',
  'variables.input.phone',
  'variables.password',
  'variables.phone',
  'connectionParams.token',
  'connectionParams.authorization',
];

/** Mainland mobile numbers are masked even inside free text (e.g. an error message). */
const phonePattern = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
export const maskPhones = (text: string) => text.replace(phonePattern, '$1****$2');

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'wenzheng' },
      redact: { paths: redactPaths, censor: '[redacted]' },
      serializers: {
        err: (error: Error) => {
          const serialized = pino.stdSerializers.err(error);
          serialized.message = maskPhones(serialized.message);
          if (serialized.stack) serialized.stack = maskPhones(serialized.stack);
          return serialized;
        },
      },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? maskPhones(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
