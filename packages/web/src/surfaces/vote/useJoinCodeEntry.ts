import { shallowRef } from 'vue';
import { isJoinCode } from './audiencePass';
import { toOperationError, type OperationError } from '../../graphql/fetchGraphql';
import { handOverRefusal, requestPass } from './earlyJoin';

// The code typed on the vote entry page. It is checked with the server before the page is left, so
// a wrong code is explained beside the field that still holds it.

export const JOIN_CODE_LENGTH = 6;

/** Full-width digits (some Chinese keyboards) become ASCII; everything else but digits goes. */
const digitsOf = (text: string) => text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\D/g, '');

/**
 * What the field keeps of what was typed or pasted: digits only, six at most; and where the caret
 * goes, so a letter typed mid-code does not throw it to the end.
 */
export function cleanJoinCode(raw: string, caret: number = raw.length): { value: string; caret: number } {
  const value = digitsOf(raw).slice(0, JOIN_CODE_LENGTH);
  return { value, caret: Math.min(digitsOf(raw.slice(0, caret)).length, value.length) };
}

/** Why the code was not accepted: not six digits, or the server's refusal (unknown code, ended, busy, offline). */
export type JoinCodeProblem = { kind: 'format' } | { kind: 'refused'; error: OperationError };

/**
 * The entry form's state. `join` asks the server for this phone's pass (kept for the vote page);
 * `check` only looks at the format, for the seat page, which claims its own pass. A session whose
 * online vote needs a proven mobile number lets the phone on to the vote page, which asks for it.
 */
export function useJoinCodeEntry(
  options: { requestPass?: (joinCode: string) => Promise<unknown>; handOver?: (joinCode: string, refusal: OperationError) => void } = {},
) {
  const askServer = options.requestPass ?? requestPass;
  const handOver = options.handOver ?? handOverRefusal;
  const code = shallowRef('');
  const problem = shallowRef<JoinCodeProblem | null>(null);
  const joining = shallowRef(false);

  /** Takes what the field now holds; returns what it should show instead. */
  function input(raw: string, caret?: number): { value: string; caret: number } {
    const cleaned = cleanJoinCode(raw, caret);
    // A stripped letter changes nothing, so it does not clear the message about the code.
    if (cleaned.value !== code.value) problem.value = null;
    code.value = cleaned.value;
    return cleaned;
  }

  /** The code if it has six digits; otherwise says so and returns null. */
  function check(): string | null {
    if (isJoinCode(code.value)) return code.value;
    problem.value = { kind: 'format' };
    return null;
  }

  /** The code once the server has let this phone in; null (with the reason kept) otherwise. */
  async function join(): Promise<string | null> {
    const joinCode = check();
    if (joinCode === null || joining.value) return null;
    problem.value = null;
    joining.value = true;
    try {
      await askServer(joinCode);
      return joinCode;
    } catch (error) {
      const refusal = toOperationError(error);
      if (refusal.code === 'CODE_REQUIRED') {
        handOver(joinCode, refusal);
        return joinCode;
      }
      problem.value = { kind: 'refused', error: refusal };
      return null;
    } finally {
      joining.value = false;
    }
  }

  return { code, problem, joining, input, check, join };
}
