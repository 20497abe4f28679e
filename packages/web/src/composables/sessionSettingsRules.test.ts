import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import '../surfaces/admin/session-messages';
import { sessionErrorCode, sessionErrorMessage } from './sessionErrors';
import {
  checkWeights,
  emptySessionForm,
  fromLocalDateTimeInput,
  fromSession,
  toLocalDateTimeInput,
  toSessionInput,
  translateSessionProblems,
  validateSessionForm,
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
    const problems = validateSessionForm({ ...valid(), windowSeconds: 5, streamDelaySeconds: 121, satisfiedThreshold: null, studioElectorate: 1.5 });
    expect(problems).toEqual({
      windowSeconds: { key: 'range', min: 10, max: 600 },
      streamDelaySeconds: { key: 'range', min: 0, max: 120 },
      satisfiedThreshold: { key: 'required' },
      studioElectorate: { key: 'integer' },
    });
  });

  it('reports weights that do not add up beside the online weight', () => {
    expect(validateSessionForm({ ...valid(), studioWeight: 70, onlineWeight: 40 })).toEqual({ onlineWeight: { key: 'weightsSum', sum: 110 } });
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
    expect(input).toMatchObject({ title: '问政', streamUrl: null, studioElectorate: 0 });
    expect(input.settings).toEqual({ windowSeconds: 60, streamDelaySeconds: 0, hideResultsUntilClosed: false, studioWeight: 70, onlineWeight: 30, satisfiedThreshold: 60 });
  });

  it('fills the form from a saved session', () => {
    const scheduledAt = fromLocalDateTimeInput('2026-06-01T19:30')!;
    const settings = { windowSeconds: 90, streamDelaySeconds: 5, hideResultsUntilClosed: true, studioWeight: 50, onlineWeight: 50, satisfiedThreshold: 70 };
    const form = fromSession({ title: '2026 年电视问政', theme: '物业', scheduledAt, streamUrl: null, studioElectorate: 12, settings });
    expect(form).toMatchObject({ title: '2026 年电视问政', scheduledAt: '2026-06-01T19:30', studioElectorate: 12, windowSeconds: 90, streamUrl: '' });
  });
});

describe('translateSessionProblems', () => {
  it('words every problem in both languages', () => {
    const problems = { title: { key: 'required' as const }, windowSeconds: { key: 'range' as const, min: 10, max: 600 }, onlineWeight: { key: 'weightsSum' as const, sum: 110 } };
    expect(translateSessionProblems(problems, { title: '标题', windowSeconds: '投票时长（秒）', onlineWeight: '网络权重（%）' })).toEqual({
      title: '请填写标题',
      windowSeconds: '投票时长（秒）应在 10 到 600 之间',
      onlineWeight: '现场与网络权重之和须为 100%（现为 110%）',
    });
    i18n.global.locale.value = 'en';
    expect(translateSessionProblems(problems, { title: 'Title', windowSeconds: 'Voting window' }).onlineWeight).toBe('Studio and online weights must add up to 100% (now 110%)');
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
