import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../gql/graphql';
import { ballotLabels } from '../labels/ballot';
import {
  acceptTally,
  compositeKind,
  formatPercent,
  optionLabel,
  optionRows,
  OUTCOME_TONES,
  outcomeText,
  outcomeTone,
  ruleLines,
  tallyChartOption,
  tallySeries,
  turnout,
  type RoundResult,
  type RoundTally,
} from './tally';

const channel = (name: 'STUDIO' | 'ONLINE', total: number, rate: number | null = null) => ({
  channel: name,
  satisfied: 0,
  basicallySatisfied: 0,
  unsatisfied: 0,
  total,
  satisfiedPercent: null,
  basicallySatisfiedPercent: null,
  unsatisfiedPercent: null,
  satisfactionRate: rate,
});

const base = {
  rule: '综合满意度 = 现场 60% + 网络 40%；60% 以上为满意。',
  note: null,
  satisfiedGrade: 80,
  passingBase: null,
  studioWeight: 60,
  onlineWeight: 40,
  quorum: null,
};

const satisfaction: RoundResult = {
  ...base,
  ballotType: 'SATISFACTION',
  options: [
    { key: 'SATISFIED', label: '满意', studio: 1, online: 2, share: 45.3, elected: null },
    { key: 'BASICALLY_SATISFIED', label: '基本满意', studio: 0, online: 1, share: 10, elected: null },
    { key: 'UNSATISFIED', label: '不满意', studio: 2, online: 1, share: 44.7, elected: null },
  ],
  channels: [channel('ONLINE', 4, 75), channel('STUDIO', 3, 33.3)],
  composite: 55.3,
  outcome: 'UNSATISFIED',
  threshold: 60,
};

const approval: RoundResult = {
  ...base,
  ballotType: 'APPROVAL',
  rule: '赞成票超过有效票的 50% 为通过。',
  passingBase: 'VALID_BALLOTS',
  options: [
    { key: 'FOR', label: '赞成', studio: 30, online: 0, share: 75, elected: null },
    { key: 'AGAINST', label: '反对', studio: 8, online: 0, share: 20, elected: null },
    { key: 'ABSTAIN', label: '弃权', studio: 2, online: 0, share: 5, elected: null },
  ],
  channels: [channel('STUDIO', 40)],
  composite: 75,
  outcome: 'PASSED',
  threshold: 50,
};

const chooseUpTo: RoundResult = {
  ...base,
  ballotType: 'CHOOSE_UP_TO_N',
  rule: '每票至多选 2 项；得票超过全体代表半数、按票数从高到低当选 2 项。',
  note: '第 2、3 项票数相同，另行表决。',
  passingBase: 'WHOLE_ROLL',
  options: [
    { key: '0', label: '老旧小区加装电梯', studio: 10, online: 0, share: 25, elected: false },
    { key: '1', label: '城区停车场', studio: 30, online: 0, share: 75, elected: true },
    { key: '2', label: '农村饮水提质', studio: 21, online: 0, share: 52.5, elected: true },
    { key: '3', label: '社区食堂', studio: 21, online: 0, share: 52.5, elected: false },
  ],
  channels: [channel('STUDIO', 40)],
  composite: null,
  outcome: 'PASSED',
  threshold: 50,
};

const tally = (sequence: number, roundId = 'r1'): RoundTally => ({
  roundId,
  sequence,
  studioVoted: 3,
  studioElectorate: 5,
  onlineVoted: 4,
  result: satisfaction,
});

describe('acceptTally', () => {
  it('keeps the newest tally of a round and switches with the round', () => {
    const shown = tally(4);
    expect(acceptTally(null, shown)).toBe(shown);
    expect(acceptTally(shown, tally(3))).toBe(shown);
    const newer = tally(5);
    expect(acceptTally(shown, newer)).toBe(newer);
    const other = tally(1, 'r2');
    expect(acceptTally(shown, other)).toBe(other);
  });
});

describe('optionRows', () => {
  it('lists every answer in ballot order, marking which are choices', () => {
    const rows = optionRows(approval);
    expect(rows.map((r) => [r.key, r.choice, r.studio, r.share])).toEqual([
      ['FOR', 'FOR', 30, 75],
      ['AGAINST', 'AGAINST', 8, 20],
      ['ABSTAIN', 'ABSTAIN', 2, 5],
    ]);
    expect(rows.every((r) => r.elected === false)).toBe(true);
  });

  it('keeps candidates in ballot order while counting, and puts the elected first (then by share) once ranked', () => {
    expect(optionRows(chooseUpTo).map((r) => r.key)).toEqual(['0', '1', '2', '3']);
    const ranked = optionRows(chooseUpTo, true);
    expect(ranked.map((r) => r.key)).toEqual(['1', '2', '3', '0']);
    expect(ranked.map((r) => r.elected)).toEqual([true, true, false, false]);
    expect(ranked[0]!.choice).toBeNull();
  });

  it('does not reorder the answers of other ballots when ranked', () => {
    expect(optionRows(satisfaction, true).map((r) => r.key)).toEqual(['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED']);
  });

  it('names a choice in the viewer’s language and a candidate as given', () => {
    const [first] = optionRows(approval);
    expect(optionLabel(first!, ballotLabels.en.choice)).toBe('For');
    expect(optionLabel(optionRows(chooseUpTo)[1]!, ballotLabels.en.choice)).toBe('城区停车场');
  });
});

describe('outcomes', () => {
  // The Outcome enum as the schema has it: a value added there without a label or tone fails here.
  const schema = readFileSync(new URL('../../../../schema.graphql', import.meta.url), 'utf8');
  const outcomes = [...(/enum Outcome \{([^}]*)\}/.exec(schema)?.[1] ?? '').matchAll(/^\s*([A-Z_]+)\s*$/gm)].map((m) => m[1] as Outcome);

  it('reads the schema’s outcomes', () => {
    expect(outcomes).toEqual(
      expect.arrayContaining(['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED', 'PASSED', 'REJECTED', 'TIED', 'NO_VOTES']),
    );
  });

  it('has a label in every language and a tone for every outcome', () => {
    for (const outcome of outcomes) {
      expect(ballotLabels['zh-CN'].outcome[outcome], outcome).toBeTruthy();
      expect(ballotLabels.en.outcome[outcome], outcome).toBeTruthy();
      expect(OUTCOME_TONES[outcome as keyof typeof OUTCOME_TONES], outcome).toBeTruthy();
    }
    expect(Object.keys(ballotLabels['zh-CN'].outcome).sort()).toEqual([...outcomes].sort());
  });

  it('reads 当选 for a list of candidates chosen, the outcome’s label otherwise', () => {
    const words = ballotLabels['zh-CN'];
    expect(outcomeText(chooseUpTo, words)).toBe('当选');
    expect(outcomeText(approval, words)).toBe('通过');
    expect(outcomeText({ ...approval, outcome: 'REJECTED' }, words)).toBe('未通过');
    expect(outcomeText({ ...chooseUpTo, outcome: 'TIED' }, words)).toBe('票数相同');
    expect(outcomeText(satisfaction, words)).toBe('不满意');
  });

  it('tones outcomes for colour', () => {
    expect(outcomeTone('PASSED')).toBe('good');
    expect(outcomeTone('BASICALLY_SATISFIED')).toBe('fair');
    expect(outcomeTone('REJECTED')).toBe('bad');
    expect(outcomeTone('NO_VOTES')).toBe('none');
  });
});

describe('compositeKind and ruleLines', () => {
  it('names the headline figure by ballot', () => {
    expect(compositeKind(satisfaction)).toBe('satisfaction');
    expect(compositeKind(approval)).toBe('approval');
    expect(compositeKind(chooseUpTo)).toBeNull();
  });

  it('prints the rule and then the note, leaving out what is missing', () => {
    expect(ruleLines(chooseUpTo)).toEqual([chooseUpTo.rule, chooseUpTo.note]);
    expect(ruleLines(approval)).toEqual([approval.rule]);
    expect(ruleLines({ rule: null, note: '  ' })).toEqual([]);
  });
});

describe('tallySeries', () => {
  it('puts the studio first with a bar per option in ballot order, from the options’ counts', () => {
    const series = tallySeries(satisfaction);
    expect(series.map((s) => s.channel)).toEqual(['STUDIO', 'ONLINE']);
    expect(series[0]).toEqual({
      channel: 'STUDIO',
      total: 3,
      satisfactionRate: 33.3,
      bars: [
        { key: 'SATISFIED', count: 1 },
        { key: 'BASICALLY_SATISFIED', count: 0 },
        { key: 'UNSATISFIED', count: 2 },
      ],
    });
    expect(series[1]!.bars.map((b) => b.count)).toEqual([2, 1, 1]);
  });

  it('gives a satisfaction rate only for satisfaction ballots, and an empty channel as zero', () => {
    const series = tallySeries(chooseUpTo);
    expect(series[0]!.bars.map((b) => b.count)).toEqual([10, 30, 21, 21]);
    expect(series[0]!.satisfactionRate).toBeNull();
    expect(series[1]).toMatchObject({ channel: 'ONLINE', total: 0 });
  });
});

describe('turnout', () => {
  it('gives the studio share for the meter and the online count', () => {
    expect(turnout(tally(1))).toEqual({ studioVoted: 3, studioElectorate: 5, studioShare: 60, onlineVoted: 4 });
    expect(turnout({ studioVoted: 0, studioElectorate: 0, onlineVoted: 9 }).studioShare).toBeNull();
  });
});

describe('formatPercent', () => {
  it('prints the server’s one decimal, or a dash', () => {
    expect(formatPercent(66.7)).toBe('66.7%');
    expect(formatPercent(50)).toBe('50.0%');
    expect(formatPercent(null)).toBe('—');
  });
});

describe('tallyChartOption', () => {
  const labels = {
    choices: ballotLabels['zh-CN'].choice,
    channels: { STUDIO: '现场', ONLINE: '网络' },
    option: (label: string, share: string) => `${label} ${share}`,
    bar: (count: number) => `${count} 票`,
  };
  const style = {
    fontFamily: 'sans-serif',
    fontSize: 30,
    text: '#fff',
    grid: '#333',
    colors: { STUDIO: '#c00', ONLINE: '#fc0' },
    elected: '#0f0',
  };

  it('draws a bar per channel over the ballot’s answers, each named with its share', () => {
    const option = tallyChartOption(approval, labels, style);
    expect(option.xAxis.data.map((d) => d.value)).toEqual(['赞成 75.0%', '反对 20.0%', '弃权 5.0%']);
    expect(option.legend.data).toEqual(['现场', '网络']);
    expect(option.series.map((s) => s.name)).toEqual(['现场', '网络']);
    expect(option.series[0]!.data.map((d) => d.value)).toEqual([30, 8, 2]);
    expect(option.series[0]!.data[0]!.label.formatter).toBe('30 票');
    expect(option.series[1]!.itemStyle.color).toBe('#fc0');
  });

  it('names candidates as given and colours the elected', () => {
    const option = tallyChartOption(chooseUpTo, labels, style);
    expect(option.xAxis.data.map((d) => d.value)[1]).toBe('城区停车场 75.0%');
    expect(option.xAxis.data.map((d) => d.textStyle?.color ?? null)).toEqual([null, '#0f0', '#0f0', null]);
  });
});
