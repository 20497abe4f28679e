import type { QuorumMessages } from './quorum.zh-CN';

// How a round's quorum rule applied, in English: the same keys as `quorum.zh-CN.ts`.
const quorum: QuorumMessages = {
  studioMajority: '{voted} of the {electorate} on the studio roll voted, short of a majority ({required} needed)',
  studioTwoThirds: '{voted} of the {electorate} on the studio roll voted, short of two thirds ({required} needed)',
  studioNoRoll: 'the studio has no roll',
  online: 'online ballots {voted}, short of the minimum of {required}',
  separator: '; ',
  toOnline: '{reasons}: the online vote alone decides',
  toStudio: '{reasons}: the studio vote alone decides',
  noResult: '{reasons}: under the rules published beforehand, this round has no valid result',
};

export default quorum;
