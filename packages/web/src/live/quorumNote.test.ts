import { describe, expect, it } from 'vitest';
import { quorumLabels } from '../labels/quorum';
import { quorumNote, type QuorumResult } from './quorumNote';

const { 'zh-CN': quorumZhCN, en: quorumEn } = quorumLabels;

type Quorum = NonNullable<QuorumResult['quorum']>;

function result(
  studio: number,
  online: number,
  quorum: Partial<Quorum> | null,
  outcome: QuorumResult['outcome'] = 'SATISFIED',
): QuorumResult {
  return {
    outcome,
    channels: [
      { channel: 'STUDIO', total: studio },
      { channel: 'ONLINE', total: online },
    ],
    quorum:
      quorum === null
        ? null
        : {
            studioElectorate: 30,
            studioRule: 'MAJORITY',
            studioRequired: 16,
            studioMissed: false,
            onlineRequired: 1,
            onlineMissed: false,
            fallback: 'OTHER_CHANNEL',
            ...quorum,
          },
  };
}

describe('quorumNote', () => {
  it('says nothing for results from before quorum rules, or when every channel counted', () => {
    expect(quorumNote(null, quorumZhCN)).toBeNull();
    expect(quorumNote(result(4, 10, null), quorumZhCN)).toBeNull();
    expect(quorumNote(result(20, 10, {}), quorumZhCN)).toBeNull();
  });

  it('says the studio missed a majority of the roll and the online vote counts instead', () => {
    expect(quorumNote(result(4, 120, { studioMissed: true }), quorumZhCN)).toBe(
      '现场参评 4 人，未过名册 30 人的半数（需 16 人），按网络测评结果计',
    );
    expect(quorumNote(result(4, 120, { studioMissed: true }), quorumEn)).toBe(
      '4 of the 30 on the studio roll voted, short of a majority (16 needed): the online vote alone decides',
    );
  });

  it('says plainly that the studio has no roll, rather than counting 0 of 0', () => {
    const noRoll = result(0, 8, { studioMissed: true, studioElectorate: 0, studioRequired: 1 });
    expect(quorumNote(noRoll, quorumZhCN)).toBe('现场测评未设名册，按网络测评结果计');
    expect(quorumNote(noRoll, quorumEn)).toBe('The studio has no roll: the online vote alone decides');
  });

  it('names the two-thirds rule with its own words', () => {
    expect(quorumNote(result(12, 50, { studioMissed: true, studioRule: 'TWO_THIRDS', studioRequired: 20 }), quorumZhCN)).toBe(
      '现场参评 12 人，未达名册 30 人的三分之二（需 20 人），按网络测评结果计',
    );
  });

  it('says the online vote missed its minimum and the studio counts instead', () => {
    expect(quorumNote(result(20, 7, { onlineMissed: true, onlineRequired: 50 }), quorumZhCN)).toBe(
      '网络测评 7 票，未达最低 50 票，按现场测评结果计',
    );
    expect(quorumNote(result(20, 7, { onlineMissed: true, onlineRequired: 50 }), quorumEn)).toBe(
      'Online ballots 7, short of the minimum of 50: the studio vote alone decides',
    );
  });

  it('says the round has no valid result when the rules say so', () => {
    expect(quorumNote(result(4, 120, { studioMissed: true, fallback: 'NO_RESULT' }, 'NO_VOTES'), quorumZhCN)).toBe(
      '现场参评 4 人，未过名册 30 人的半数（需 16 人），按事先公布的规则本轮测评无有效结果',
    );
    expect(quorumNote(result(4, 120, { studioMissed: true, fallback: 'NO_RESULT' }, 'NO_VOTES'), quorumEn)).toBe(
      '4 of the 30 on the studio roll voted, short of a majority (16 needed): under the rules published beforehand, this round has no valid result',
    );
  });

  it('gives both reasons when both channels missed', () => {
    expect(quorumNote(result(4, 7, { studioMissed: true, onlineMissed: true, onlineRequired: 50 }, 'NO_VOTES'), quorumZhCN)).toBe(
      '现场参评 4 人，未过名册 30 人的半数（需 16 人）；网络测评 7 票，未达最低 50 票，按事先公布的规则本轮测评无有效结果',
    );
  });

  it('takes a translate function as well, as vue-i18n pages pass it', () => {
    const t = (key: keyof typeof quorumZhCN, params: Record<string, string | number>) => `${key}(${Object.values(params).join(',')})`;
    expect(quorumNote(result(4, 120, { studioMissed: true }), t)).toBe('ToOnline(studioMajority(4,30,16))');
  });
});
