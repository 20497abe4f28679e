import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import { sessionErrorCode, sessionErrorMessage } from '../../../session/sessionErrors';
import {
  applicableRules,
  checkWeights,
  DEFAULT_SETTINGS,
  gradeOf,
  hasDefaultSettings,
  settingsValues,
  emptySessionForm,
  fromLocalDateTimeInput,
  fromSession,
  needsSmsCode,
  ONLINE_IDENTITIES,
  studioBallotsRequired,
  toLocalDateTimeInput,
  toSessionInput,
  toVoteSettingsInput,
  translateSessionProblems,
  validateSessionForm,
  validateSessionRules,
} from './sessionSettingsRules';

afterEach(() => {
  i18n.global.locale.value = 'zh-CN';
});

const valid = () => ({ ...emptySessionForm(), title: '2026 年电视问政', theme: '加强物业管理', scheduledAt: '2026-06-01T19:30' });

describe('checkWeights', () => {
  it('wants the two weights to add up to 100', () => {
    expect(checkWeights(60, 40)).toBeNull();
    expect(checkWeights(100, 0)).toBeNull();
    expect(checkWeights(70, 40)).toEqual({ key: 'weightsSum', sum: 110 });
    expect(checkWeights(50, 40)).toEqual({ key: 'weightsSum', sum: 90 });
  });

  it('leaves a missing or out-of-range weight to its own check', () => {
    expect(checkWeights(null, 40)).toBeNull();
    expect(checkWeights(120, -20)).toBeNull();
  });
});

describe('validateSessionForm', () => {
  it('accepts a complete plan with the default settings', () => {
    expect(validateSessionForm(valid())).toEqual({});
  });

  it('asks for the title, theme and time', () => {
    expect(validateSessionForm(emptySessionForm())).toEqual({
      title: { key: 'required' },
      theme: { key: 'required' },
      scheduledAt: { key: 'requiredSelect' },
    });
  });

  it('checks every number against the server’s limits', () => {
    const problems = validateSessionForm({
      ...valid(),
      windowSeconds: 5,
      streamDelaySeconds: 121,
      satisfiedThreshold: null,
      minOnlineBallots: 1.5,
    });
    expect(problems).toEqual({
      windowSeconds: { key: 'range', min: 10, max: 600 },
      streamDelaySeconds: { key: 'range', min: 0, max: 120 },
      satisfiedThreshold: { key: 'required' },
      minOnlineBallots: { key: 'integer' },
    });
  });

  it('wants the minimum of online ballots to be a whole number from 0 (any)', () => {
    expect(validateSessionForm({ ...valid(), minOnlineBallots: 0 })).toEqual({});
    expect(validateSessionForm({ ...valid(), minOnlineBallots: 200 })).toEqual({});
    expect(validateSessionForm({ ...valid(), minOnlineBallots: -1 })).toEqual({
      minOnlineBallots: { key: 'range', min: 0, max: 1_000_000 },
    });
    expect(validateSessionForm({ ...valid(), minOnlineBallots: 2.5 })).toEqual({ minOnlineBallots: { key: 'integer' } });
    expect(validateSessionForm({ ...valid(), minOnlineBallots: null })).toEqual({ minOnlineBallots: { key: 'required' } });
  });

  it('asks for a choice of studio quorum and of what a missed quorum does', () => {
    const values = { ...valid(), studioQuorum: '' as never, quorumFallback: 'SOMETHING' as never };
    expect(validateSessionForm(values)).toEqual({ studioQuorum: { key: 'requiredSelect' }, quorumFallback: { key: 'requiredSelect' } });
  });

  it('accepts each online identity tier, and asks for a choice otherwise', () => {
    for (const onlineIdentity of ONLINE_IDENTITIES) expect(validateSessionForm({ ...valid(), onlineIdentity })).toEqual({});
    expect(validateSessionForm({ ...valid(), onlineIdentity: '' as never })).toEqual({ onlineIdentity: { key: 'requiredSelect' } });
    expect(validateSessionForm({ ...valid(), onlineIdentity: 'EMAIL' as never })).toEqual({ onlineIdentity: { key: 'requiredSelect' } });
  });

  it('reports weights that do not add up beside the online weight', () => {
    expect(validateSessionForm({ ...valid(), studioWeight: 70, onlineWeight: 40 })).toEqual({
      onlineWeight: { key: 'weightsSum', sum: 110 },
    });
  });

  it('wants web addresses for the stream', () => {
    expect(validateSessionForm({ ...valid(), streamUrl: 'rtmp://live.example/stream' })).toEqual({ streamUrl: { key: 'url' } });
    expect(validateSessionForm({ ...valid(), streamUrl: 'https://live.example/stream.m3u8' })).toEqual({});
  });
});

describe('date and time', () => {
  it('round-trips between the local input and an ISO instant', () => {
    const iso = fromLocalDateTimeInput('2026-06-01T19:30');
    expect(iso).not.toBeNull();
    expect(toLocalDateTimeInput(iso!)).toBe('2026-06-01T19:30');
    expect(fromLocalDateTimeInput('2026-13-45T99:99')).toBeNull();
    expect(fromLocalDateTimeInput('tomorrow')).toBeNull();
    expect(toLocalDateTimeInput('not a date')).toBe('');
  });
});

describe('toSessionInput and fromSession', () => {
  it('sends trimmed text, no empty stream address, and every setting', () => {
    const input = toSessionInput({ ...valid(), title: '  问政  ', streamUrl: '  ', studioWeight: 70, onlineWeight: 30 });
    expect(input).toMatchObject({ title: '问政', streamUrl: null });
    // The studio electorate is the roll's size: the form no longer sends one.
    expect(input).not.toHaveProperty('studioElectorate');
    expect(input.settings).toEqual({
      windowSeconds: 60,
      streamDelaySeconds: 0,
      hideResultsUntilClosed: false,
      studioWeight: 70,
      onlineWeight: 30,
      satisfiedThreshold: 60,
      satisfiedGrade: 80,
      passingBase: 'VALID_BALLOTS',
      passingShare: 50,
      studioQuorum: 'MAJORITY',
      minOnlineBallots: 0,
      quorumFallback: 'OTHER_CHANNEL',
      onlineIdentity: 'DEVICE',
    });
    expect(input.kind).toBe('TV_QUESTIONING');
  });

  it('sends the quorum rules chosen', () => {
    const input = toSessionInput({ ...valid(), studioQuorum: 'TWO_THIRDS', minOnlineBallots: 50, quorumFallback: 'NO_RESULT' });
    expect(input.settings).toMatchObject({ studioQuorum: 'TWO_THIRDS', minOnlineBallots: 50, quorumFallback: 'NO_RESULT' });
  });

  it('fills the form from a saved session', () => {
    const scheduledAt = fromLocalDateTimeInput('2026-06-01T19:30')!;
    const settings = {
      windowSeconds: 90,
      streamDelaySeconds: 5,
      hideResultsUntilClosed: true,
      studioWeight: 50,
      onlineWeight: 50,
      satisfiedThreshold: 70,
      satisfiedGrade: 85,
      passingBase: 'VALID_BALLOTS' as const,
      passingShare: 50,
      studioQuorum: 'TWO_THIRDS' as const,
      minOnlineBallots: 100,
      quorumFallback: 'NO_RESULT' as const,
      onlineIdentity: 'PHONE_CODE' as const,
    };
    const form = fromSession({ kind: 'TV_QUESTIONING', title: '2026 年电视问政', theme: '物业', scheduledAt, streamUrl: null, settings });
    expect(form).toMatchObject({
      title: '2026 年电视问政',
      scheduledAt: '2026-06-01T19:30',
      windowSeconds: 90,
      streamUrl: '',
      studioQuorum: 'TWO_THIRDS',
      minOnlineBallots: 100,
      quorumFallback: 'NO_RESULT',
    });
    expect(form).not.toHaveProperty('studioElectorate');
    expect(form.onlineIdentity).toBe('PHONE_CODE');
    expect(toSessionInput(form).settings?.onlineIdentity).toBe('PHONE_CODE');
  });

  it('sends the online identity tier chosen, the device pass by default', () => {
    expect(emptySessionForm().onlineIdentity).toBe('DEVICE');
    expect(toSessionInput({ ...valid(), onlineIdentity: 'ROSTER' }).settings?.onlineIdentity).toBe('ROSTER');
  });
});

describe('online identity tiers', () => {
  it('lists the three tiers, least strict first', () => {
    expect(ONLINE_IDENTITIES).toEqual(['DEVICE', 'PHONE_CODE', 'ROSTER']);
  });

  it('knows which tiers text a code, and so need an SMS gateway', () => {
    expect(needsSmsCode('DEVICE')).toBe(false);
    expect(needsSmsCode('PHONE_CODE')).toBe(true);
    expect(needsSmsCode('ROSTER')).toBe(true);
  });
});

describe('studioBallotsRequired', () => {
  it('counts 过半数 as more than half of the roll', () => {
    expect(studioBallotsRequired('MAJORITY', 3)).toBe(2);
    expect(studioBallotsRequired('MAJORITY', 4)).toBe(3);
    expect(studioBallotsRequired('MAJORITY', 45)).toBe(23);
  });

  it('counts 三分之二 as at least two thirds of the roll, and at least one person', () => {
    expect(studioBallotsRequired('TWO_THIRDS', 3)).toBe(2);
    expect(studioBallotsRequired('TWO_THIRDS', 4)).toBe(3);
    expect(studioBallotsRequired('TWO_THIRDS', 45)).toBe(30);
    expect(studioBallotsRequired('TWO_THIRDS', 0)).toBe(1);
  });

  it('needs only one studio ballot without a quorum', () => {
    expect(studioBallotsRequired('NONE', 45)).toBe(1);
  });
});

describe('translateSessionProblems', () => {
  it('words every problem in both languages', () => {
    const problems = {
      title: { key: 'required' as const },
      windowSeconds: { key: 'range' as const, min: 10, max: 600 },
      onlineWeight: { key: 'weightsSum' as const, sum: 110 },
    };
    expect(translateSessionProblems(problems, { title: '标题', windowSeconds: '投票时长（秒）', onlineWeight: '网络权重（%）' })).toEqual({
      title: '请填写标题',
      windowSeconds: '投票时长（秒）应在 10 到 600 之间',
      onlineWeight: '现场与网络权重之和须为 100%（现为 110%）',
    });
    i18n.global.locale.value = 'en';
    expect(translateSessionProblems(problems, { title: 'Title', windowSeconds: 'Voting window' }).onlineWeight).toBe(
      'Studio and online weights must add up to 100% (now 110%)',
    );
  });

  it('words the quorum problems with the form’s labels', () => {
    const problems = validateSessionForm({ ...valid(), minOnlineBallots: -5, studioQuorum: '' as never });
    const labels = { minOnlineBallots: '网络最少票数', studioQuorum: '现场法定人数' };
    expect(translateSessionProblems(problems, labels)).toEqual({
      minOnlineBallots: '网络最少票数应在 0 到 1000000 之间',
      studioQuorum: '请选择现场法定人数',
    });
    expect(translateSessionProblems({ minOnlineBallots: { key: 'integer' } }, labels)).toEqual({
      minOnlineBallots: '网络最少票数须为整数',
    });
  });
});

describe('sessionErrorMessage', () => {
  const gqlError = (code: string, extensions: Record<string, unknown> = {}) =>
    new CombinedError({ graphQLErrors: [new GraphQLError('server text', { extensions: { code, ...extensions } })] });

  it('says plainly when a step does not fit the current state', () => {
    expect(sessionErrorCode(gqlError('INVALID_PHASE'))).toBe('INVALID_PHASE');
    expect(sessionErrorMessage(gqlError('INVALID_PHASE'))?.message).toMatch(/^当前状态下不能这样操作/);
    expect(sessionErrorMessage(gqlError('FORBIDDEN'))?.message).toBe('您没有权限执行此操作。');
    expect(sessionErrorMessage(null)).toBeNull();
  });

  it('puts the server’s nested field errors beside the field', () => {
    const message = sessionErrorMessage(gqlError('BAD_USER_INPUT', { field: 'settings.onlineWeight' }), { onlineWeight: '网络权重（%）' });
    expect(message?.fields).toEqual({ onlineWeight: '网络权重（%）填写不正确' });
  });
});

describe('the 满意 and 不满意 lines', () => {
  it('want the 满意 line at or above the 不满意 line, shown beside the 满意 line as the server reports it', () => {
    expect(validateSessionForm({ ...valid(), satisfiedGrade: 80, satisfiedThreshold: 60 })).toEqual({});
    expect(validateSessionForm({ ...valid(), satisfiedGrade: 60, satisfiedThreshold: 60 })).toEqual({});
    expect(validateSessionForm({ ...valid(), satisfiedGrade: 55, satisfiedThreshold: 60 })).toEqual({
      satisfiedGrade: { key: 'gradeBelowThreshold', threshold: 60 },
    });
  });

  it('check each line on its own first', () => {
    expect(validateSessionForm({ ...valid(), satisfiedGrade: 101 })).toEqual({ satisfiedGrade: { key: 'range', min: 0, max: 100 } });
    expect(validateSessionForm({ ...valid(), satisfiedGrade: null })).toEqual({ satisfiedGrade: { key: 'required' } });
  });

  it('says what the lines mean in words', () => {
    const [message] = Object.values(
      translateSessionProblems({ satisfiedGrade: { key: 'gradeBelowThreshold', threshold: 60 } }, { satisfiedGrade: '满意线（%）' }),
    );
    expect(message).toBe('满意线不能低于不满意线（60%）');
  });

  it('grade a rate as the server does: ≥ 满意线 满意, between 基本满意, below 不满意', () => {
    expect(gradeOf(80, 80, 60)).toBe('SATISFIED');
    expect(gradeOf(79.9, 80, 60)).toBe('BASICALLY_SATISFIED');
    expect(gradeOf(60, 80, 60)).toBe('BASICALLY_SATISFIED');
    expect(gradeOf(59.9, 80, 60)).toBe('UNSATISFIED');
  });
});

describe('the passing rule', () => {
  it('wants a share from 0 to 99 and a known base', () => {
    expect(validateSessionForm({ ...valid(), passingShare: 50, passingBase: 'WHOLE_ROLL' })).toEqual({});
    expect(validateSessionForm({ ...valid(), passingShare: 100 })).toEqual({ passingShare: { key: 'range', min: 0, max: 99 } });
    expect(validateSessionForm({ ...valid(), passingBase: '' as never })).toEqual({ passingBase: { key: 'requiredSelect' } });
  });
});

describe('the kind and its defaults', () => {
  const projectDefaults = {
    ...DEFAULT_SETTINGS,
    studioWeight: 100,
    onlineWeight: 0,
    quorumFallback: 'NO_RESULT' as const,
    passingBase: 'WHOLE_ROLL' as const,
  };

  it('starts a new session as TV questioning with its defaults, or from a kind’s', () => {
    expect(emptySessionForm()).toMatchObject({ kind: 'TV_QUESTIONING', satisfiedGrade: 80, satisfiedThreshold: 60, passingShare: 50 });
    expect(emptySessionForm('PROJECT_VOTE', projectDefaults)).toMatchObject({
      kind: 'PROJECT_VOTE',
      studioWeight: 100,
      onlineWeight: 0,
      passingBase: 'WHOLE_ROLL',
    });
  });

  it('sends the kind and every rule, the new ones too', () => {
    const input = toSessionInput({ ...valid(), ...settingsValues(projectDefaults), kind: 'PROJECT_VOTE', passingShare: 66 });
    expect(input.kind).toBe('PROJECT_VOTE');
    expect(input.settings).toMatchObject({
      passingBase: 'WHOLE_ROLL',
      passingShare: 66,
      satisfiedGrade: 80,
      satisfiedThreshold: 60,
      onlineWeight: 0,
    });
  });

  it('checks and sends the rules alone, as a kind’s defaults hold them, the same way as a session’s', () => {
    const rules = settingsValues(projectDefaults);
    expect(validateSessionRules(rules)).toEqual({});
    expect(validateSessionRules({ ...rules, onlineWeight: 10, satisfiedGrade: 50 })).toEqual({
      onlineWeight: { key: 'weightsSum', sum: 110 },
      satisfiedGrade: { key: 'gradeBelowThreshold', threshold: 60 },
    });
    // The session form finds the same problems in its rules, besides its own fields'.
    expect(validateSessionForm({ ...valid(), ...rules, onlineWeight: 10, title: '' })).toEqual({
      title: { key: 'required' },
      onlineWeight: { key: 'weightsSum', sum: 110 },
    });
    expect(toVoteSettingsInput(rules)).toEqual(projectDefaults);
    expect(toSessionInput({ ...valid(), ...rules }).settings).toEqual(toVoteSettingsInput(rules));
  });

  it('knows whether the rules are still the kind’s defaults (nothing to lose on a change of kind)', () => {
    const form = emptySessionForm('PROJECT_VOTE', projectDefaults);
    expect(hasDefaultSettings(form, projectDefaults)).toBe(true);
    expect(hasDefaultSettings({ ...form, passingShare: 60 }, projectDefaults)).toBe(false);
    expect(hasDefaultSettings(form, DEFAULT_SETTINGS)).toBe(false);
  });

  it('shows the rules that apply: grades for ratings, passing for 票决, each channel’s own when it has weight', () => {
    expect(applicableRules(['SATISFACTION'], 60, 40)).toEqual({ grades: true, passing: false, online: true, studio: true });
    expect(applicableRules(['APPROVAL', 'CHOOSE_UP_TO_N'], 100, 0)).toEqual({ grades: false, passing: true, online: false, studio: true });
    expect(applicableRules(['SATISFACTION'], 0, 100)).toMatchObject({ online: true, studio: false });
    // A weight being typed (empty) keeps its rules on screen.
    expect(applicableRules(['SATISFACTION'], 100, null)).toMatchObject({ online: true });
  });
});
