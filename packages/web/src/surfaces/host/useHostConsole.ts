import type { AnyVariables, CombinedError, OperationResultSource, OperationResult, TypedDocumentNode } from '@urql/core';
import { computed, onScopeDispose, shallowRef, watch } from 'vue';
import type { PreLiveCheckCode } from '../../gql/graphql';
import { client, liveConnection } from '../../graphql/client';
import type { HostAction } from './hostActions';
import { SessionDetailDocument, type SessionDetail } from '../../session/operations';
import { sessionErrorCode } from '../../session/sessionErrors';
import {
  AskQuestionDocument,
  CloseVotingDocument,
  EndSessionDocument,
  ExtendVotingDocument,
  LiveStateDocument,
  OpenVotingDocument,
  ResetRehearsalDocument,
  RevealResultDocument,
  StartAnswerDocument,
  StartSessionDocument,
  UndoQuestionDocument,
} from './operations';

export type LiveStatus = 'connecting' | 'live' | 'offline';

interface Outcome {
  session: SessionDetail | null;
  error: CombinedError | null;
}

async function settle<D>(
  source: OperationResultSource<OperationResult<D, AnyVariables>>,
  pick: (data: D) => SessionDetail,
): Promise<Outcome> {
  const result = await source.toPromise();
  return { session: result.data ? pick(result.data) : null, error: result.error ?? null };
}

function mutate<D, V extends AnyVariables>(document: TypedDocumentNode<D, V>, variables: V, pick: (data: D) => SessionDetail) {
  return settle(client.mutation(document, variables), pick);
}

function execute(sessionId: string, action: HostAction, acceptWarnings: readonly PreLiveCheckCode[]): Promise<Outcome> {
  switch (action.kind) {
    case 'startLive':
      return mutate(
        StartSessionDocument,
        { input: { sessionId, rehearsal: false, acceptWarnings: [...acceptWarnings] } },
        (d) => d.startSession,
      );
    case 'startRehearsal':
      // A rehearsal needs no warning accepted; blockers refuse it all the same.
      return mutate(StartSessionDocument, { input: { sessionId, rehearsal: true } }, (d) => d.startSession);
    case 'endSession':
      return mutate(EndSessionDocument, { id: sessionId }, (d) => d.endSession);
    case 'resetRehearsal':
      return mutate(ResetRehearsalDocument, { id: sessionId }, (d) => d.resetRehearsal);
    case 'ask':
      return mutate(AskQuestionDocument, { id: action.questionId }, (d) => d.askQuestion);
    case 'startAnswer':
      return mutate(StartAnswerDocument, { id: action.questionId }, (d) => d.startAnswer);
    case 'undo':
      return mutate(UndoQuestionDocument, { id: action.questionId }, (d) => d.undoQuestion);
    case 'openVoting':
      return mutate(OpenVotingDocument, { id: action.questionId }, (d) => d.openVoting);
    case 'closeVoting':
      return mutate(CloseVotingDocument, { id: action.questionId }, (d) => d.closeVoting);
    case 'extend':
      return mutate(ExtendVotingDocument, { input: { questionId: action.questionId, seconds: action.seconds } }, (d) => d.extendVoting);
    case 'reveal':
      return mutate(RevealResultDocument, { id: action.questionId }, (d) => d.revealResult);
  }
}

/**
 * One session as the host console runs it. The session is read whole; the live state subscription
 * says when it changed (here, on another console, or by the server closing a round) and the session
 * is read again. Every action answers with the whole session, which replaces the one shown.
 */
export function useHostConsole(sessionId: string) {
  const session = shallowRef<SessionDetail | null>(null);
  const loadError = shallowRef<unknown>(null);
  const pending = shallowRef<HostAction | null>(null);
  const actionError = shallowRef<unknown>(null);

  /** Answers can cross on the wire; never go back to an older state. */
  function accept(next: SessionDetail) {
    if (!session.value || next.stateVersion >= session.value.stateVersion) session.value = next;
  }

  let fetching: Promise<void> | null = null;
  let again = false;

  function refresh(): Promise<void> {
    if (fetching) {
      again = true;
      return fetching;
    }
    fetching = (async () => {
      do {
        again = false;
        const result = await client.query(SessionDetailDocument, { id: sessionId }, { requestPolicy: 'network-only' }).toPromise();
        if (result.data) {
          accept(result.data.session);
          loadError.value = null;
        } else {
          loadError.value = result.error ?? new Error('empty response');
        }
      } while (again);
    })().finally(() => (fetching = null));
    return fetching;
  }

  const subscriptionError = shallowRef<unknown>(null);
  const subscription = client.subscription(LiveStateDocument, { sessionId }).subscribe((result) => {
    subscriptionError.value = result.error ?? null;
    const state = result.data?.liveStateChanged;
    if (!state) return;
    if (session.value ? state.version > session.value.stateVersion : !fetching) void refresh();
  });
  onScopeDispose(() => subscription.unsubscribe());

  // Changes made while the socket was down were not sent: read the session again once it is back.
  let connectedBefore = liveConnection.value === 'connected';
  watch(liveConnection, (state) => {
    if (state !== 'connected') return;
    if (connectedBefore) void refresh();
    connectedBefore = true;
  });

  const liveStatus = computed<LiveStatus>(() => {
    if (subscriptionError.value || liveConnection.value === 'closed') return 'offline';
    return liveConnection.value === 'connected' ? 'live' : 'connecting';
  });

  const status = computed<'loading' | 'ready' | 'error'>(() => (session.value ? 'ready' : loadError.value ? 'error' : 'loading'));

  /** Takes a step; going on air sends the pre-live warnings the host accepted. */
  async function run(action: HostAction, acceptWarnings: readonly PreLiveCheckCode[] = []): Promise<boolean> {
    if (pending.value) return false;
    pending.value = action;
    actionError.value = null;
    try {
      const outcome = await execute(sessionId, action, acceptWarnings);
      if (!outcome.session) {
        actionError.value = outcome.error ?? new Error('empty response');
        // The console was behind (another console moved on): show where things are now.
        if (sessionErrorCode(outcome.error) === 'INVALID_PHASE') void refresh();
        return false;
      }
      accept(outcome.session);
      return true;
    } finally {
      pending.value = null;
    }
  }

  const dismissError = () => (actionError.value = null);

  void refresh();

  return { session, status, loadError, liveStatus, pending, actionError, run, refresh, dismissError };
}
