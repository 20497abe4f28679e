import { describe, expect, it } from 'vitest';
import { OperationError } from '../../graphql/fetchGraphql';
import { cleanJoinCode, useJoinCodeEntry } from './useJoinCodeEntry';

describe('cleanJoinCode', () => {
  it('keeps digits only, full-width ones as ASCII, six at most', () => {
    expect(cleanJoinCode('12a3').value).toBe('123');
    expect(cleanJoinCode('123 456').value).toBe('123456');
    expect(cleanJoinCode('１２３４５６').value).toBe('123456');
    expect(cleanJoinCode('1234567').value).toBe('123456');
    expect(cleanJoinCode('abc').value).toBe('');
    expect(cleanJoinCode('').value).toBe('');
  });

  it('keeps the caret after the digit it followed, not at the end', () => {
    // "12x|345": the x goes, the caret stays between 2 and 3.
    expect(cleanJoinCode('12x345', 3)).toEqual({ value: '12345', caret: 2 });
    expect(cleanJoinCode('1 2', 3)).toEqual({ value: '12', caret: 2 });
    // Past the sixth digit the caret stops at the end of what is kept.
    expect(cleanJoinCode('12345678', 8)).toEqual({ value: '123456', caret: 6 });
  });
});

/** A server that knows one code. */
function server(known = '123456') {
  const asked: string[] = [];
  const requestPass = async (joinCode: string) => {
    asked.push(joinCode);
    if (joinCode !== known) throw [{ message: 'No session has this code.', extensions: { code: 'BAD_USER_INPUT', field: 'joinCode' } }];
    return { token: 't', sessionId: 's', channel: 'ONLINE' };
  };
  return { requestPass, asked };
}

describe('useJoinCodeEntry', () => {
  it('refuses a code that is not six digits without asking the server', async () => {
    const { requestPass, asked } = server();
    const entry = useJoinCodeEntry({ requestPass });
    entry.input('12 34');
    expect(await entry.join()).toBeNull();
    expect(entry.problem.value).toEqual({ kind: 'format' });
    expect(entry.code.value).toBe('1234');
    expect(asked).toEqual([]);
  });

  it('keeps a wrong code, with the server’s reason, so it can be corrected in place', async () => {
    const { requestPass } = server();
    const entry = useJoinCodeEntry({ requestPass });
    entry.input('654321');
    const joining = entry.join();
    expect(entry.joining.value).toBe(true);
    expect(await joining).toBeNull();
    expect(entry.joining.value).toBe(false);
    expect(entry.code.value).toBe('654321');
    const problem = entry.problem.value;
    expect(problem?.kind).toBe('refused');
    expect(problem?.kind === 'refused' && problem.error).toBeInstanceOf(OperationError);
    expect(problem?.kind === 'refused' && problem.error.code).toBe('BAD_USER_INPUT');
  });

  it('reports an unreachable server as a network problem', async () => {
    const entry = useJoinCodeEntry({ requestPass: () => Promise.reject(new TypeError('Failed to fetch')) });
    entry.input('123456');
    expect(await entry.join()).toBeNull();
    const problem = entry.problem.value;
    expect(problem?.kind === 'refused' && problem.error.code).toBe('network');
  });

  it('clears the message once the code is changed, not when a stripped letter changed nothing', async () => {
    const { requestPass } = server();
    const entry = useJoinCodeEntry({ requestPass });
    entry.input('654321');
    await entry.join();
    entry.input('654321x');
    expect(entry.problem.value?.kind).toBe('refused');
    entry.input('65432');
    expect(entry.problem.value).toBeNull();
  });

  it('lets the phone in with a known code and asks the server once per submit', async () => {
    const { requestPass, asked } = server();
    const entry = useJoinCodeEntry({ requestPass });
    entry.input('１２３４５６');
    const first = entry.join();
    // A second tap while the first is on its way sends nothing more.
    expect(await entry.join()).toBeNull();
    expect(await first).toBe('123456');
    expect(asked).toEqual(['123456']);
    expect(entry.problem.value).toBeNull();
  });

  it('lets the phone on to the vote page when the session asks for a mobile number, handing the answer over', async () => {
    const handedOver: [string, string][] = [];
    const entry = useJoinCodeEntry({
      requestPass: () => Promise.reject([{ message: 'needs a code', extensions: { code: 'CODE_REQUIRED', identity: 'PHONE_CODE' } }]),
      handOver: (joinCode, refusal) => handedOver.push([joinCode, refusal.code]),
    });
    entry.input('123456');
    expect(await entry.join()).toBe('123456');
    expect(entry.problem.value).toBeNull();
    expect(handedOver).toEqual([['123456', 'CODE_REQUIRED']]);
  });

  it('keeps the code typed when the online vote has not opened yet, with the time it opens', async () => {
    const entry = useJoinCodeEntry({
      requestPass: () => Promise.reject([{ message: 'later', extensions: { code: 'INVALID_PHASE', opensAt: '2030-01-01T11:30:00.000Z' } }]),
    });
    entry.input('123456');
    expect(await entry.join()).toBeNull();
    expect(entry.code.value).toBe('123456');
    const problem = entry.problem.value;
    expect(problem?.kind === 'refused' && problem.error.extensions.opensAt).toBe('2030-01-01T11:30:00.000Z');
  });

  it('checks only the format for the seat page, which claims its own pass', () => {
    const { requestPass, asked } = server();
    const entry = useJoinCodeEntry({ requestPass });
    entry.input('12');
    expect(entry.check()).toBeNull();
    expect(entry.problem.value).toEqual({ kind: 'format' });
    entry.input('123456');
    expect(entry.check()).toBe('123456');
    expect(asked).toEqual([]);
  });
});
