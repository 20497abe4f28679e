import { describe, expect, it } from 'vitest';
import { acceptTally, formatPercent, tallyChartOption, tallySeries, turnout, type RoundResult, type RoundTally } from './tally';

const result: RoundResult = {
  channels: [
    {
      channel: 'ONLINE',
      satisfied: 2,
      basicallySatisfied: 1,
      unsatisfied: 1,
      total: 4,
      satisfiedPercent: 50,
      basicallySatisfiedPercent: 25,
      unsatisfiedPercent: 25,
      satisfactionRate: 75,
    },
    {
      channel: 'STUDIO',
      satisfied: 1,
      basicallySatisfied: 0,
      unsatisfied: 2,
      total: 3,
      satisfiedPercent: 33.3,
      basicallySatisfiedPercent: 0,
      unsatisfiedPercent: 66.7,
      satisfactionRate: 33.3,
    },
  ],
  composite: 50,
  outcome: 'UNSATISFIED',
  studioWeight: 60,
  onlineWeight: 40,
  threshold: 60,
  quorum: null,
};

const tally = (sequence: number, roundId = 'r1'): RoundTally => ({
  roundId,
  sequence,
  studioVoted: 3,
  studioElectorate: 5,
  onlineVoted: 4,
  result,
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

describe('tallySeries', () => {
  it('puts the studio first and the choices in a fixed order, with the server’s percentages', () => {
    const series = tallySeries(result);
    expect(series.map((s) => s.channel)).toEqual(['STUDIO', 'ONLINE']);
    expect(series[0]).toEqual({
      channel: 'STUDIO',
      total: 3,
      satisfactionRate: 33.3,
      bars: [
        { choice: 'SATISFIED', count: 1, percent: 33.3 },
        { choice: 'BASICALLY_SATISFIED', count: 0, percent: 0 },
        { choice: 'UNSATISFIED', count: 2, percent: 66.7 },
      ],
    });
    expect(series[1]!.bars.map((b) => b.count)).toEqual([2, 1, 1]);
  });

  it('shows an empty channel as zero without percentages', () => {
    const series = tallySeries({ ...result, channels: [] });
    expect(series[0]!.bars.every((b) => b.count === 0 && b.percent === null)).toBe(true);
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
  it('draws a bar per channel over the three choices, labelled with count and percentage', () => {
    const option = tallyChartOption(
      tallySeries(result),
      {
        choices: { SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', UNSATISFIED: '不满意' },
        channels: { STUDIO: '现场', ONLINE: '网络' },
        bar: (count, percent) => `${count} 票 · ${percent}`,
      },
      { fontFamily: 'sans-serif', fontSize: 30, text: '#fff', grid: '#333', colors: { STUDIO: '#c00', ONLINE: '#fc0' } },
    );
    expect(option.xAxis.data).toEqual(['满意', '基本满意', '不满意']);
    expect(option.legend.data).toEqual(['现场', '网络']);
    expect(option.series.map((s) => s.name)).toEqual(['现场', '网络']);
    expect(option.series[0]!.data.map((d) => d.value)).toEqual([1, 0, 2]);
    expect(option.series[0]!.data[2]!.label.formatter).toBe('2 票 · 66.7%');
    expect(option.series[1]!.itemStyle.color).toBe('#fc0');
  });
});
