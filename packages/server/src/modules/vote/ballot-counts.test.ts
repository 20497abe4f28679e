import { describe, expect, it } from 'vitest';
import { committedBefore } from './ballot-counts.js';

describe('a vote batch against a database snapshot', () => {
  it('counts as included when it committed before the snapshot', () => {
    expect(committedBefore('99', '100:105:')).toBe(true);
    expect(committedBefore('101', '100:105:')).toBe(true);
  });

  it('counts as not included when it was still running or started later', () => {
    expect(committedBefore('102', '100:105:102,103')).toBe(false);
    expect(committedBefore('105', '100:105:')).toBe(false);
    expect(committedBefore('900', '100:105:')).toBe(false);
  });
});
