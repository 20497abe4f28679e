import { defineLabels } from './defineLabels';

// How a round's quorum rule applied, in words: one sentence shared by the console, the screen and
// the results pages (see quorumNote.ts). {placeholders} are filled by vue-i18n on the staff pages
// and by quorumNote on the light ones.
export const quorumLabels = defineLabels({
  'zh-CN': {
    /** Studio under 过半数 (more than half of the roll). */
    studioMajority: '现场参评 {voted} 人，未过名册 {electorate} 人的半数（需 {required} 人）',
    studioTwoThirds: '现场参评 {voted} 人，未达名册 {electorate} 人的三分之二（需 {required} 人）',
    /** The session has no studio roll, so nobody could vote in the studio. */
    studioNoRoll: '现场测评未设名册',
    online: '网络测评 {voted} 票，未达最低 {required} 票',
    /** Between two reasons, when both channels missed. */
    separator: '；',
    toOnline: '{reasons}，按网络测评结果计',
    toStudio: '{reasons}，按现场测评结果计',
    noResult: '{reasons}，按事先公布的规则本轮测评无有效结果',
  },
  en: {
    studioMajority: '{voted} of the {electorate} on the studio roll voted, short of a majority ({required} needed)',
    studioTwoThirds: '{voted} of the {electorate} on the studio roll voted, short of two thirds ({required} needed)',
    studioNoRoll: 'the studio has no roll',
    online: 'online ballots {voted}, short of the minimum of {required}',
    separator: '; ',
    toOnline: '{reasons}: the online vote alone decides',
    toStudio: '{reasons}: the studio vote alone decides',
    noResult: '{reasons}: under the rules published beforehand, this round has no valid result',
  },
});

export type QuorumMessages = (typeof quorumLabels)['zh-CN'];
