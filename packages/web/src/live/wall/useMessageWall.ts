import { onScopeDispose, shallowRef } from 'vue';
import type { LiveSocket, OperationError } from '../../graphql/live';
import { MessageWallChangedDocument, MessageWallDocument } from './operations';
import { acceptWall, type MessageWall } from './wall';

/**
 * The approved messages of a session, followed over a light surface's live socket (a phone's or the
 * broadcast screen's): read once, then every change the server sends (one shared snapshot, at most
 * a few a second). The subscription resumes by itself after a reconnect.
 */
export function useMessageWall(socket: LiveSocket, sessionId: string) {
  const wall = shallowRef<MessageWall | null>(null);
  const error = shallowRef<OperationError | null>(null);
  let changed = false;

  const stop = socket.subscribe(
    MessageWallChangedDocument,
    { sessionId },
    {
      next: ({ messageWallChanged }) => {
        changed = true;
        wall.value = acceptWall(wall.value, messageWallChanged, sessionId);
        error.value = null;
      },
      error: (failure) => (error.value = failure),
    },
  );
  // The subscription may speak only at the next change: the wall as it is now, unless a change came first.
  socket.execute(MessageWallDocument, { sessionId }).then(
    ({ messageWall }) => {
      if (!changed) wall.value = acceptWall(wall.value, messageWall, sessionId);
    },
    (failure: OperationError) => {
      if (!wall.value) error.value = failure;
    },
  );

  onScopeDispose(stop);

  /** Replaces the wall on show (e.g. with an upvote's answer) until the next change arrives. */
  const replace = (next: MessageWall) => (wall.value = next);

  return { wall, error, replace };
}
