import { describe, expect, it } from 'vitest';
import { busiestAddresses } from './addressVolumes';

const volume = (address: string, joins: number, flagged = false) => ({ address, joins, topRoundBallots: 0, flagged });

describe('busiestAddresses', () => {
  it('lists flagged addresses first, then the busiest, in the order the server gave', () => {
    const addresses = [volume('10.0.0.1', 90), volume('10.0.0.2', 80, true), volume('10.0.0.3', 70), volume('10.0.0.4', 60, true)];
    expect(busiestAddresses(addresses).map((a) => a.address)).toEqual(['10.0.0.2', '10.0.0.4', '10.0.0.1', '10.0.0.3']);
  });

  it('shows at most the limit', () => {
    const addresses = Array.from({ length: 20 }, (_, i) => volume(`10.0.0.${i}`, 20 - i));
    expect(busiestAddresses(addresses, 3).map((a) => a.address)).toEqual(['10.0.0.0', '10.0.0.1', '10.0.0.2']);
    expect(busiestAddresses([])).toEqual([]);
  });
});
