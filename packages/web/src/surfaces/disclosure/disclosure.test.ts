import { describe, expect, it } from 'vitest';
import {
  channelsUsed,
  formatPercent,
  optionRows,
  outcomeText,
  publicStepTone,
  publicSteps,
  resultRows,
  type DisclosureResult,
} from './disclosure';
import { disclosureMessages } from './messages';

const channel = (name: 'STUDIO' | 'ONLINE', satisfied: number, basically: number, unsatisfied: number) => {
  const total = satisfied + basically + unsatisfied;
  const pct = (n: number) => (total ? Math.round((n / total) * 1000) / 10 : null);
  return {
    channel: name,
    satisfied,
    basicallySatisfied: basically,
    unsatisfied,
    total,
    satisfiedPercent: pct(satisfied),
    basicallySatisfiedPercent: pct(basically),
    unsatisfiedPercent: pct(unsatisfied),
    satisfactionRate: pct(satisfied + basically),
  };
};

/** What a satisfaction result carries besides its channels (the ballot, options and rule in words). */
const satisfaction = {
  ballotType: 'SATISFACTION' as const,
  options: [],
  rule: null,
  note: null,
  satisfiedGrade: 80,
  passingBase: null,
};

describe('resultRows', () => {
  it('gives each channel its shares and a combined row weighted as the composite', () => {
    const result: DisclosureResult = {
      ...satisfaction,
      composite: 54,
      outcome: 'UNSATISFIED',
      threshold: 60,
      studioWeight: 60,
      onlineWeight: 40,
      channels: [channel('STUDIO', 1, 1, 2), channel('ONLINE', 3, 1, 1)],
      quorum: null,
    };
    const [studio, online, combined] = resultRows(result);
    expect(studio).toMatchObject({
      key: 'STUDIO',
      total: 4,
      rate: 50,
      percents: { SATISFIED: 25, BASICALLY_SATISFIED: 25, UNSATISFIED: 50 },
    });
    expect(online).toMatchObject({ key: 'ONLINE', total: 5, rate: 80, counts: { SATISFIED: 3 } });
    // 满意 25 × 0.6 + 60 × 0.4 = 39; 不满意 50 × 0.6 + 20 × 0.4 = 38.
    expect(combined).toMatchObject({
      key: 'COMBINED',
      total: 9,
      rate: 54,
      percents: { SATISFIED: 39, BASICALLY_SATISFIED: 23, UNSATISFIED: 38 },
    });
  });

  it('gives a channel without votes no weight, and no votes at all no numbers', () => {
    const onlineOnly = resultRows({
      ...satisfaction,
      composite: 33.3,
      outcome: 'UNSATISFIED',
      threshold: 60,
      studioWeight: 0,
      onlineWeight: 100,
      channels: [channel('STUDIO', 0, 0, 0), channel('ONLINE', 1, 0, 2)],
      quorum: null,
    });
    expect(onlineOnly[2]!.percents).toEqual({ SATISFIED: 33.3, BASICALLY_SATISFIED: 0, UNSATISFIED: 66.7 });
    const none = resultRows({
      ...satisfaction,
      composite: null,
      outcome: 'NO_VOTES',
      threshold: 60,
      studioWeight: 60,
      onlineWeight: 40,
      channels: [channel('STUDIO', 0, 0, 0), channel('ONLINE', 0, 0, 0)],
      quorum: null,
    });
    expect(none[2]).toMatchObject({ total: 0, rate: null, percents: { SATISFIED: null } });
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(33.333)).toBe('33.3%');
  });

  it('leaves out a channel that missed its quorum: its votes are shown, the combined row is the other channel', () => {
    const rows = resultRows({
      ...satisfaction,
      composite: 80,
      outcome: 'SATISFIED',
      threshold: 60,
      studioWeight: 0,
      onlineWeight: 100,
      channels: [channel('STUDIO', 0, 0, 1), channel('ONLINE', 3, 1, 1)],
      quorum: {
        studioElectorate: 3,
        studioRule: 'MAJORITY',
        studioRequired: 2,
        studioMissed: true,
        onlineRequired: 0,
        onlineMissed: false,
        fallback: 'OTHER_CHANNEL',
      },
    });
    expect(rows[0]).toMatchObject({ key: 'STUDIO', total: 1 });
    expect(rows[2]).toMatchObject({
      key: 'COMBINED',
      total: 6,
      rate: 80,
      percents: { SATISFIED: 60, BASICALLY_SATISFIED: 20, UNSATISFIED: 20 },
    });
  });

  it('has no combined shares when the rules left the round without a valid result', () => {
    const rows = resultRows({
      ...satisfaction,
      composite: null,
      outcome: 'NO_VOTES',
      threshold: 60,
      studioWeight: 60,
      onlineWeight: 40,
      channels: [channel('STUDIO', 0, 0, 0), channel('ONLINE', 1, 0, 0)],
      quorum: {
        studioElectorate: 0,
        studioRule: 'MAJORITY',
        studioRequired: 1,
        studioMissed: true,
        onlineRequired: 3,
        onlineMissed: true,
        fallback: 'NO_RESULT',
      },
    });
    expect(rows[2]).toMatchObject({
      key: 'COMBINED',
      total: 1,
      rate: null,
      percents: { SATISFIED: null, BASICALLY_SATISFIED: null, UNSATISFIED: null },
    });
  });
});

describe('a 票决', () => {
  const option = (key: string, label: string, studio: number, share: number | null, elected: boolean | null = null) => ({
    key,
    label,
    studio,
    online: 0,
    share,
    elected,
  });
  const vote = (fields: Partial<DisclosureResult>): DisclosureResult => ({
    ...satisfaction,
    ballotType: 'APPROVAL',
    satisfiedGrade: null,
    passingBase: 'WHOLE_ROLL',
    composite: 66.7,
    outcome: 'PASSED',
    threshold: 50,
    studioWeight: 100,
    onlineWeight: 0,
    channels: [channel('STUDIO', 0, 0, 0), channel('ONLINE', 0, 0, 0)].map((c) => (c.channel === 'STUDIO' ? { ...c, total: 28 } : c)),
    quorum: null,
    rule: '赞成票超过名册全体 30 人的半数为通过',
    ...fields,
  });

  it('lists 赞成 / 反对 / 弃权 with their votes and shares; a roll-only vote shows the studio alone', () => {
    const result = vote({
      options: [option('FOR', '赞成', 20, 66.7), option('AGAINST', '反对', 5, 16.7), option('ABSTAIN', '弃权', 3, 10)],
    });
    expect(optionRows(result).map((r) => [r.label, r.total, r.share, r.elected])).toEqual([
      ['赞成', 20, 66.7, null],
      ['反对', 5, 16.7, null],
      ['弃权', 3, 10, null],
    ]);
    expect(channelsUsed(result)).toEqual(['STUDIO']);
    expect(outcomeText(result, disclosureMessages.useMessages().value)).toBe('通过');
  });

  it('names every outcome, a candidates’ ballot by whether any were chosen', () => {
    const zh = disclosureMessages.useMessages().value;
    const candidates = vote({
      ballotType: 'CHOOSE_UP_TO_N',
      composite: null,
      options: [option('0', '甲', 16, 53.3, true), option('1', '乙', 14, 46.7, false)],
    });
    expect(
      optionRows(candidates)
        .filter((r) => r.elected)
        .map((r) => r.label),
    ).toEqual(['甲']);
    expect(outcomeText(candidates, zh)).toBe('产生当选项目');
    expect(outcomeText({ ...candidates, outcome: 'TIED' }, zh)).toBe('票数相同，另行表决');
    for (const outcome of ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED', 'PASSED', 'REJECTED', 'TIED', 'NO_VOTES'] as const)
      expect(zh.outcome[outcome]).toBeTruthy();
    expect(outcomeText({ ballotType: 'SATISFACTION', outcome: 'BASICALLY_SATISFIED' }, zh)).toBe('基本满意');
  });
});

describe('the public timeline', () => {
  it('sets the notice apart and leaves out staff bookkeeping', () => {
    expect(publicStepTone('NOTICE')).toBe('notice');
    expect(publicStepTone('REOPENED')).toBe('alert');
    expect(publicSteps([{ action: 'CREATED' }, { action: 'EDITED' }, { action: 'DISPATCHED' }]).map((s) => s.action)).toEqual([
      'CREATED',
      'DISPATCHED',
    ]);
  });
});
