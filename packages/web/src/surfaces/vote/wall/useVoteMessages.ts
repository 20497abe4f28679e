import { computed, onScopeDispose, shallowRef } from 'vue';
import { type LiveSocket, type OperationError, toOperationError } from '../../../graphql/live';
import { useMessageWall } from '../../../live/wall/useMessageWall';
import { messageProblem, readUpvoted, rememberUpvote, sendRefusal, withUpvotes, type SendRefusal } from '../../../live/wall/wall';
import { VoteSendMessageDocument, VoteUpvoteMessageDocument } from './operations';

function storageOrUndefined(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export type SendState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'sent' }
  | { kind: 'problem'; problem: 'empty' | 'tooLong' }
  | { kind: 'refused'; refusal: SendRefusal; error: OperationError };

/**
 * A phone's messages in one session, over the vote page's socket (which carries its pass): sending
 * one, the approved wall, and this phone's upvotes (remembered on the phone).
 */
export function useVoteMessages(socket: LiveSocket, sessionId: string, storage: Storage | undefined = storageOrUndefined()) {
  const { wall, error: wallError, replace } = useMessageWall(socket, sessionId);
  const body = shallowRef('');
  const send = shallowRef<SendState>({ kind: 'idle' });
  /** Seconds until the server takes another message from this phone, after RATE_LIMITED. */
  const waitSeconds = shallowRef(0);
  const upvoted = shallowRef(readUpvoted(storage, sessionId));
  const upvoting = shallowRef<string | null>(null);
  const upvoteError = shallowRef<string | null>(null);
  let waitTimer: ReturnType<typeof setInterval> | undefined;

  function startWait(seconds: number): void {
    clearInterval(waitTimer);
    waitSeconds.value = seconds;
    waitTimer = setInterval(() => {
      waitSeconds.value = Math.max(0, waitSeconds.value - 1);
      if (waitSeconds.value === 0) clearInterval(waitTimer);
    }, 1000);
  }

  /** Sends the message written; the server records the question on air with it. */
  async function submit(): Promise<void> {
    if (send.value.kind === 'sending' || waitSeconds.value > 0) return;
    const problem = messageProblem(body.value);
    if (problem) {
      send.value = { kind: 'problem', problem };
      return;
    }
    send.value = { kind: 'sending' };
    try {
      await socket.execute(VoteSendMessageDocument, { input: { sessionId, body: body.value.trim() } });
      body.value = '';
      send.value = { kind: 'sent' };
    } catch (caught) {
      const failure = toOperationError(caught);
      send.value = { kind: 'refused', refusal: sendRefusal(failure.code), error: failure };
      if (failure.code === 'RATE_LIMITED') startWait(failure.retryAfterSeconds ?? 15);
    }
  }

  async function upvote(messageId: string): Promise<void> {
    if (upvoted.value.has(messageId) || upvoting.value) return;
    upvoting.value = messageId;
    upvoteError.value = null;
    try {
      const { upvoteMessage } = await socket.execute(VoteUpvoteMessageDocument, { messageId });
      upvoted.value = rememberUpvote(storage, sessionId, messageId);
      if (wall.value) replace(withUpvotes(wall.value, upvoteMessage.id, upvoteMessage.upvotes));
    } catch (caught) {
      const failure = toOperationError(caught);
      // Done before (another tab, or storage cleared): the button shows it done.
      if (failure.code === 'ALREADY_UPVOTED') upvoted.value = rememberUpvote(storage, sessionId, messageId);
      else upvoteError.value = messageId;
    } finally {
      upvoting.value = null;
    }
  }

  onScopeDispose(() => clearInterval(waitTimer));

  const messages = computed(() => wall.value?.messages ?? []);

  return { wall, wallError, messages, body, send, waitSeconds, upvoted, upvoting, upvoteError, submit, upvote };
}
