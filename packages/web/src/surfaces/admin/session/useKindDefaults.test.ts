import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { i18n } from '../../../i18n';
import type { KindDefaults } from './operations';
import { DEFAULT_SETTINGS, type VoteSettings } from './sessionSettingsRules';

// Each kind's default rules against a stand-in GraphQL client: what is checked before asking, what
// is sent, and what the page shows of the answers.
const server = vi.hoisted(() => ({
  requests: [] as { operation: string; variables: Record<string, unknown> }[],
  answers: new Map<string, { data?: unknown; error?: unknown }>(),
  profiles: [] as unknown[],
}));

vi.mock('../../../graphql/client', async () => {
  const { cannedClient } = await import('./cannedClient.test-support');
  return cannedClient(server, (operation, variables) => {
    const profiles = server.profiles as KindDefaults[];
    if (operation === 'AdminKindDefaults') return { data: { sessionKindProfiles: profiles } };
    if (operation === 'AdminSetKindDefaults') {
      const input = variables.input as { kind: string; settings: VoteSettings; redoMonths: number | null };
      const saved = {
        ...profiles.find((p) => p.kind === input.kind)!,
        customized: true,
        settings: input.settings,
        redoMonths: input.redoMonths,
      };
      server.profiles = profiles.map((p) => (p.kind === input.kind ? saved : p));
      return { data: { setSessionKindDefaults: saved } };
    }
    if (operation === 'AdminResetKindDefaults') {
      const shipped = SHIPPED.find((p) => p.kind === variables.kind)!;
      server.profiles = profiles.map((p) => (p.kind === variables.kind ? shipped : p));
      return { data: { resetSessionKindDefaults: shipped } };
    }
    throw new Error(`no answer for ${operation}`);
  });
});

const { useKindDefaults, checkRedoMonths, takesRedoMonths } = await import('./useKindDefaults');

const rollOnly = { ...DEFAULT_SETTINGS, studioWeight: 100, onlineWeight: 0 };
const SHIPPED: KindDefaults[] = [
  {
    kind: 'TV_QUESTIONING',
    subject: 'ANSWER',
    ballotTypes: ['SATISFACTION'],
    customized: false,
    redoMonths: null,
    settings: DEFAULT_SETTINGS,
  },
  { kind: 'SPECIAL_INQUIRY', subject: 'ANSWER', ballotTypes: ['SATISFACTION'], customized: false, redoMonths: null, settings: rollOnly },
  { kind: 'REPORT_ASSESSMENT', subject: 'REPORT', ballotTypes: ['SATISFACTION'], customized: false, redoMonths: 6, settings: rollOnly },
  {
    kind: 'PROJECT_VOTE',
    subject: 'PROJECT',
    ballotTypes: ['APPROVAL', 'CHOOSE_UP_TO_N'],
    customized: false,
    redoMonths: null,
    settings: { ...rollOnly, passingBase: 'WHOLE_ROLL' },
  },
];

const refusal = (code: string, field?: string) =>
  new CombinedError({ graphQLErrors: [new GraphQLError('server text', { extensions: { code, ...(field ? { field } : {}) } })] });

function mount() {
  const scope = effectScope();
  const defaults = scope.run(() => useKindDefaults())!;
  return { defaults, stop: () => scope.stop() };
}

const sent = (operation: string) => server.requests.filter((r) => r.operation === operation).map((r) => r.variables);

beforeEach(() => {
  server.requests.length = 0;
  server.answers.clear();
  server.profiles = SHIPPED;
});

afterEach(() => {
  i18n.global.locale.value = 'zh-CN';
});

describe('useKindDefaults', () => {
  it('reads every kind, edits the first, and follows the kind chosen', async () => {
    const { defaults, stop } = mount();
    expect(defaults.status.value).toBe('loading');
    await defaults.load();
    expect(defaults.status.value).toBe('ready');
    expect(defaults.profiles.value.map((p) => p.kind)).toEqual(['TV_QUESTIONING', 'SPECIAL_INQUIRY', 'REPORT_ASSESSMENT', 'PROJECT_VOTE']);
    expect(defaults.kind.value).toBe('TV_QUESTIONING');
    expect(defaults.values.studioWeight).toBe(60);
    expect(defaults.dirty.value).toBe(false);

    defaults.select('PROJECT_VOTE');
    expect(defaults.values).toMatchObject({ studioWeight: 100, onlineWeight: 0, passingBase: 'WHOLE_ROLL', redoMonths: null });
    expect(defaults.showsRedoMonths.value).toBe(false);
    defaults.select('REPORT_ASSESSMENT');
    expect(defaults.values.redoMonths).toBe(6);
    expect(defaults.showsRedoMonths.value).toBe(true);
    stop();
  });

  it('knows when the form differs from the saved defaults, and puts them back', async () => {
    const { defaults, stop } = mount();
    await defaults.load();
    defaults.values.satisfiedGrade = 85;
    expect(defaults.dirty.value).toBe(true);
    defaults.values.satisfiedGrade = 80;
    expect(defaults.dirty.value).toBe(false);
    defaults.values.windowSeconds = 90;
    defaults.discard();
    expect(defaults.values.windowSeconds).toBe(60);
    expect(defaults.dirty.value).toBe(false);

    // Reading again keeps what is being edited.
    defaults.values.windowSeconds = 90;
    await defaults.load();
    expect(defaults.values.windowSeconds).toBe(90);
    stop();
  });

  it('checks the rules as the session form does before asking the server', async () => {
    const { defaults, stop } = mount();
    await defaults.load();
    defaults.values.studioWeight = 70;
    defaults.values.satisfiedGrade = 50;
    defaults.values.windowSeconds = null;
    expect(await defaults.save()).toBeNull();
    expect(defaults.fieldErrors.value).toEqual({
      onlineWeight: '现场与网络权重之和须为 100%（现为 110%）',
      satisfiedGrade: '满意线不能低于不满意线（60%）',
      windowSeconds: expect.stringContaining('投票时长（秒）'),
    });
    expect(sent('AdminSetKindDefaults')).toEqual([]);
    stop();
  });

  it('checks the months for 二次办理 only where they are used', async () => {
    expect(takesRedoMonths('REPORT')).toBe(true);
    expect(takesRedoMonths('ANSWER')).toBe(false);
    expect(checkRedoMonths(null)).toBeNull();
    expect(checkRedoMonths(25)).toEqual({ key: 'range', min: 1, max: 24 });
    expect(checkRedoMonths(1.5)).toEqual({ key: 'integer' });

    const { defaults, stop } = mount();
    await defaults.load();
    defaults.select('REPORT_ASSESSMENT');
    defaults.values.redoMonths = 0;
    expect(await defaults.save()).toBeNull();
    expect(defaults.fieldErrors.value.redoMonths).toBe('二次办理期限（月）应在 1 到 24 之间');
    // Empty: the follow-up board's usual deadline.
    defaults.values.redoMonths = null;
    expect(await defaults.save()).not.toBeNull();
    expect(sent('AdminSetKindDefaults').at(-1)).toMatchObject({ input: { kind: 'REPORT_ASSESSMENT', redoMonths: null } });
    stop();
  });

  it('saves every rule of the kind and marks it adjusted; a kind without 二次办理 keeps its months', async () => {
    const { defaults, stop } = mount();
    await defaults.load();
    defaults.select('SPECIAL_INQUIRY');
    defaults.values.satisfiedGrade = 85;
    const saved = await defaults.save();
    expect(saved?.customized).toBe(true);
    expect(sent('AdminSetKindDefaults')).toEqual([
      { input: { kind: 'SPECIAL_INQUIRY', settings: { ...rollOnly, satisfiedGrade: 85 }, redoMonths: null } },
    ]);
    expect(defaults.profile.value).toMatchObject({ customized: true, settings: { satisfiedGrade: 85 } });
    expect(defaults.dirty.value).toBe(false);
    expect(defaults.profiles.value.find((p) => p.kind === 'TV_QUESTIONING')?.customized).toBe(false);
    stop();
  });

  it('shows the server’s refusal beside the field it names, as the session form does', async () => {
    const { defaults, stop } = mount();
    await defaults.load();
    server.answers.set('AdminSetKindDefaults', { error: refusal('BAD_USER_INPUT', 'settings.onlineWeight') });
    defaults.values.satisfiedGrade = 90;
    expect(await defaults.save()).toBeNull();
    expect(defaults.fieldErrors.value.onlineWeight).toContain('网络权重（%）');
    expect(defaults.formError.value).toBeTruthy();
    // Still edited: nothing was saved.
    expect(defaults.dirty.value).toBe(true);
    expect(defaults.profile.value?.customized).toBe(false);

    server.answers.set('AdminSetKindDefaults', { error: refusal('FORBIDDEN') });
    expect(await defaults.save()).toBeNull();
    expect(defaults.formError.value).toBe(i18n.global.t('errors.FORBIDDEN'));
    stop();
  });

  it('goes back to the shipped defaults', async () => {
    server.profiles = SHIPPED.map((p) =>
      p.kind === 'SPECIAL_INQUIRY' ? { ...p, customized: true, settings: { ...p.settings, satisfiedGrade: 85 } } : p,
    );
    const { defaults, stop } = mount();
    await defaults.load();
    defaults.select('SPECIAL_INQUIRY');
    expect(defaults.values.satisfiedGrade).toBe(85);
    const shipped = await defaults.reset();
    expect(shipped?.customized).toBe(false);
    expect(sent('AdminResetKindDefaults')).toEqual([{ kind: 'SPECIAL_INQUIRY' }]);
    expect(defaults.values.satisfiedGrade).toBe(80);
    expect(defaults.profile.value?.customized).toBe(false);

    server.answers.set('AdminResetKindDefaults', { error: refusal('FORBIDDEN') });
    expect(await defaults.reset()).toBeNull();
    expect(defaults.formError.value).toBe(i18n.global.t('errors.FORBIDDEN'));
    stop();
  });

  it('says when the kinds cannot be read, and reads them on retry', async () => {
    server.answers.set('AdminKindDefaults', { error: new CombinedError({ networkError: new Error('down') }) });
    const { defaults, stop } = mount();
    await defaults.load();
    expect(defaults.status.value).toBe('error');
    expect(defaults.loadError.value?.message).toBe(i18n.global.t('errors.network'));
    i18n.global.locale.value = 'en';
    expect(defaults.loadError.value?.message).toBe(i18n.global.t('errors.network'));
    await defaults.load();
    expect(defaults.status.value).toBe('ready');
    expect(defaults.loadError.value).toBeNull();
    stop();
  });
});
