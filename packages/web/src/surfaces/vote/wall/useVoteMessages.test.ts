import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope, shallowRef } from 'vue';
import { OperationError, type LiveSocket } from '../../../graphql/live';
import type { MessageWall } from '../../../live/wall/wall';
import { useVoteMessages } from './useVoteMessages';

const wall = (upvotes = 0): MessageWall => ({
  sessionId: 's1',
  enabled: true,
  approvedCount: 1,
  messages: [
    {
      id: 'm1',
      body: '停车难',
      senderName: '网友',
      pinned: false,
      upvotes,
      putToRespondentAt: null,
    },
  ],
});

/** A phone's socket: answers each operation by its name, and lets the test push walls. */
function fakeSocket(answers: Record<string, (variables: Record<string, unknown>) => unknown>) {
  let push: ((data: unknown) => void) | null = null;
  const sent: { name: string; variables: Record<string, unknown> }[] = [];
  const nameOf = (document: unknown) =>
    (document as { definitions: { kind: string; name?: { value: string } }[] }).definitions.find((d) => d.kind === 'OperationDefinition')
      ?.name?.value ?? '';
  const socket = {
    status: shallowRef('connected'),
    subscribe: (_document: unknown, _variables: unknown, handlers: { next: (data: unknown) => void }) => {
      push = handlers.next;
      return () => (push = null);
    },
    execute: async (document: unknown, variables: Record<string, unknown>) => {
      const name = nameOf(document);
      sent.push({ name, variables });
      const answer = answers[name];
      if (!answer) throw new OperationError('unknown', `no answer for ${name}`);
      return answer(variables);
    },
    onReconnected: () => () => undefined,
    dispose: () => undefined,
  } as unknown as LiveSocket;
  return { socket, sent, push: (data: unknown) => push?.(data) };
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  } as unknown as Storage;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const scopes: ReturnType<typeof effectScope>[] = [];
function start(socket: LiveSocket, storage = memoryStorage()) {
  const scope = effectScope();
  scopes.push(scope);
  return scope.run(() => useVoteMessages(socket, 's1', storage))!;
}

afterEach(() => {
  scopes.splice(0).forEach((scope) => scope.stop());
  vi.useRealTimers();
});

describe('a phone’s messages', () => {
  it('sends the trimmed message and clears the form', async () => {
    const fake = fakeSocket({
      MessageWall: () => ({ messageWall: wall() }),
      VoteSendMessage: () => ({ sendMessage: { id: 'x', status: 'PENDING' } }),
    });
    const messages = start(fake.socket);
    messages.body.value = '  能否延长开放时间？ ';
    await messages.submit();
    expect(fake.sent.at(-1)).toEqual({ name: 'VoteSendMessage', variables: { input: { sessionId: 's1', body: '能否延长开放时间？' } } });
    expect(messages.send.value.kind).toBe('sent');
    expect(messages.body.value).toBe('');
  });

  it('refuses an empty or too long message before sending', async () => {
    const fake = fakeSocket({ MessageWall: () => ({ messageWall: wall() }) });
    const messages = start(fake.socket);
    messages.body.value = '   ';
    await messages.submit();
    expect(messages.send.value).toEqual({ kind: 'problem', problem: 'empty' });
    messages.body.value = '长'.repeat(141);
    await messages.submit();
    expect(messages.send.value).toEqual({ kind: 'problem', problem: 'tooLong' });
    expect(fake.sent.some((s) => s.name === 'VoteSendMessage')).toBe(false);
  });

  it('says why the server refused, and waits as long as it asks after RATE_LIMITED', async () => {
    vi.useFakeTimers();
    const refusal = shallowRef<OperationError>(new OperationError('BLOCKED_WORDS', 'blocked'));
    const fake = fakeSocket({
      MessageWall: () => ({ messageWall: wall() }),
      VoteSendMessage: () => {
        throw refusal.value;
      },
    });
    const messages = start(fake.socket);
    messages.body.value = '一条留言';
    await messages.submit();
    expect(messages.send.value).toMatchObject({ kind: 'refused', refusal: 'blocked' });
    expect(messages.body.value).toBe('一条留言');

    refusal.value = new OperationError('RATE_LIMITED', 'slow down', 12);
    await messages.submit();
    expect(messages.send.value).toMatchObject({ kind: 'refused', refusal: 'rateLimited' });
    expect(messages.waitSeconds.value).toBe(12);
    vi.advanceTimersByTime(5_000);
    expect(messages.waitSeconds.value).toBe(7);
    const before = fake.sent.length;
    await messages.submit();
    expect(fake.sent.length).toBe(before);
  });

  it('shows the wall as pushed, and an upvote once, remembered (ALREADY_UPVOTED counts as done)', async () => {
    const storage = memoryStorage();
    const fake = fakeSocket({
      MessageWall: () => ({ messageWall: wall() }),
      VoteUpvoteMessage: () => ({ upvoteMessage: { id: 'm1', upvotes: 1 } }),
    });
    const messages = start(fake.socket, storage);
    await flush();
    expect(messages.messages.value.map((m) => m.id)).toEqual(['m1']);
    fake.push({ messageWallChanged: wall(4) });
    expect(messages.messages.value[0]?.upvotes).toBe(4);

    await messages.upvote('m1');
    expect(messages.upvoted.value.has('m1')).toBe(true);
    expect(messages.messages.value[0]?.upvotes).toBe(1);
    await messages.upvote('m1');
    expect(fake.sent.filter((s) => s.name === 'VoteUpvoteMessage')).toHaveLength(1);

    const again = fakeSocket({
      MessageWall: () => ({ messageWall: wall() }),
      VoteUpvoteMessage: () => {
        throw new OperationError('ALREADY_UPVOTED', 'done');
      },
    });
    const otherTab = start(again.socket, memoryStorage());
    await otherTab.upvote('m1');
    expect(otherTab.upvoted.value.has('m1')).toBe(true);
    expect(otherTab.upvoteError.value).toBeNull();
    // The first phone's storage still knows after a reload.
    expect(start(fakeSocket({ MessageWall: () => ({ messageWall: wall() }) }).socket, storage).upvoted.value.has('m1')).toBe(true);
  });
});
