import type { HostAddressVolumesQuery } from '../../gql/graphql';

type Volume = Pick<HostAddressVolumesQuery['addressVolumes']['addresses'][number], 'address' | 'flagged'>;

/** How many addresses the console lists: enough to spot a pattern, small enough to read live. */
export const SHOWN_ADDRESSES = 6;

/**
 * The addresses to show: flagged ones first, then the busiest. The server sends them busiest first
 * (by how close they are to a flag level); that order is kept within each group.
 */
export function busiestAddresses<V extends Volume>(addresses: readonly V[], limit = SHOWN_ADDRESSES): V[] {
  return [...addresses.filter((a) => a.flagged), ...addresses.filter((a) => !a.flagged)].slice(0, limit);
}
