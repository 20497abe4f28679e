import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import type { SessionKindProfile } from './operations';
import { DEFAULT_SETTINGS } from './sessionSettingsRules';

// A new session's form against a stand-in GraphQL client whose kinds' rules arrive late.
const server = vi.hoisted(() => ({
  requests: [] as { operation: string; variables: Record<string, unknown> }[],
  answers: new Map<string, { data?: unknown; error?: unknown }>(),
  profilesArrive: null as null | Promise<void>,
}));

const rollOnly = { ...DEFAULT_SETTINGS, studioWeight: 100, onlineWeight: 0 };
const PROFILES = [
  { kind: 'TV_QUESTIONING', subject: 'ANSWER', ballotType: 'SATISFACTION', ballotTypes: ['SATISFACTION'], settings: DEFAULT_SETTINGS },
  {
    kind: 'PROJECT_VOTE',
    subject: 'PROJECT',
    ballotType: 'APPROVAL',
    ballotTypes: ['APPROVAL'],
    settings: { ...rollOnly, passingBase: 'ALL_MEMBERS' },
  },
] as unknown as SessionKindProfile[];

vi.mock('../../../graphql/client', async () => {
  const { cannedClient } = await import('./cannedClient.test-support');
  return cannedClient(server, (operation) => {
    if (operation !== 'AdminSessionKindProfiles') throw new Error(`no answer for ${operation}`);
    // The answer waits until the test lets it through.
    return server.profilesArrive!.then(() => ({ data: { sessionKindProfiles: PROFILES } })) as unknown as { data: unknown };
  });
});

const { useSessionEditor } = await import('./useSessionEditor');

function newSessionForm() {
  let release!: () => void;
  server.profilesArrive = new Promise<void>((resolve) => {
    release = resolve;
  });
  const editor = effectScope().run(() => useSessionEditor(null))!;
  return { editor, profilesArrive: async () => release() };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a new session before its kinds’ rules arrive', () => {
  it('takes the chosen kind’s rules once they arrive, when the planner chose the kind first', async () => {
    const { editor, profilesArrive } = newSessionForm();
    editor.changeKind('PROJECT_VOTE');
    editor.values.title = '2027 年民生实事项目票决';
    await profilesArrive();
    await flush();
    expect(editor.values.kind).toBe('PROJECT_VOTE');
    expect(editor.values).toMatchObject({ studioWeight: 100, onlineWeight: 0, passingBase: 'ALL_MEMBERS' });
    expect(editor.values.title).toBe('2027 年民生实事项目票决');
  });

  it('keeps rules the planner already changed', async () => {
    const { editor, profilesArrive } = newSessionForm();
    editor.changeKind('PROJECT_VOTE');
    editor.values.studioWeight = 70;
    editor.values.onlineWeight = 30;
    await profilesArrive();
    await flush();
    expect(editor.values).toMatchObject({
      kind: 'PROJECT_VOTE',
      studioWeight: 70,
      onlineWeight: 30,
      passingBase: DEFAULT_SETTINGS.passingBase,
    });
  });
});
