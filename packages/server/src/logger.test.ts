import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, maskPhones } from './logger.js';

function capture(): { logger: ReturnType<typeof createLogger>; output: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { logger: createLogger('info', stream), output: () => text };
}

describe('logs', () => {
  it('redact passwords, tokens and phone fields', () => {
    const { logger, output } = capture();
    logger.info(
      {
        password: 'hunter2',
        token: 'abc.def',
        input: { phone: '13912345678' },
        req: { headers: { authorization: 'Bearer x', cookie: 'wz_session=y' } },
      },
      'hello',
    );
    expect(output()).not.toMatch(/hunter2|abc\.def|13912345678|Bearer x|wz_session=y/);
    expect(output()).toContain('[redacted]');
  });

  it('mask phone numbers inside messages and errors', () => {
    const { logger, output } = capture();
    logger.info('call 13912345678 back');
    logger.error({ err: new Error('duplicate phone 13800001111') }, 'failed');
    expect(output()).not.toMatch(/13912345678|13800001111/);
    expect(output()).toContain('139****5678');
    expect(output()).toContain('138****1111');
  });

  it('leave other numbers alone', () => {
    expect(maskPhones('订单号 202611211234567 与 2026 年')).toBe('订单号 202611211234567 与 2026 年');
  });
});
