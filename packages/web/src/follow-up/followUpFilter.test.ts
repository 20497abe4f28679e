import { describe, expect, it } from 'vitest';
import { emptyFollowUpFilter, filterFromQuery, filterToQuery, isFollowUpFiltered, toFollowUpFilterInput } from './followUpFilter';

describe('the board filter', () => {
  it('asks the server for everything when nothing is chosen', () => {
    const filter = emptyFollowUpFilter();
    expect(toFollowUpFilterInput(filter)).toEqual({ statuses: null, departmentId: null, sessionId: null, overdue: null, reopened: null });
    expect(isFollowUpFiltered(filter)).toBe(false);
  });

  it('turns a stage into its statuses and the switches into flags', () => {
    const filter = { ...emptyFollowUpFilter(), tab: 'handling' as const, overdue: true, reopened: true, departmentId: 'd1' };
    expect(toFollowUpFilterInput(filter)).toEqual({
      statuses: ['DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'SENT_BACK', 'REOPENED'],
      departmentId: 'd1',
      sessionId: null,
      overdue: true,
      reopened: true,
    });
    expect(isFollowUpFiltered(filter)).toBe(true);
  });

  it('survives a trip through the address, ignoring what it does not know', () => {
    const filter = { ...emptyFollowUpFilter(), tab: 'review' as const, sessionId: 's1', reopened: true };
    const query = filterToQuery(filter);
    expect(query).toEqual({ tab: 'review', session: 's1', reopened: '1' });
    expect({ ...emptyFollowUpFilter(), ...filterFromQuery(query) }).toEqual(filter);
    expect(filterFromQuery({ tab: 'nonsense', overdue: ['1'], word: 'maybe' })).toEqual({});
  });

  it('asks for the items whose submitter said 未解决, and keeps it in the address', () => {
    const filter = { ...emptyFollowUpFilter(), tab: 'closed' as const, submitterVerdict: 'UNRESOLVED' as const };
    expect(toFollowUpFilterInput(filter)).toMatchObject({ statuses: ['CLOSED'], submitterVerdict: 'UNRESOLVED' });
    expect(isFollowUpFiltered({ ...emptyFollowUpFilter(), submitterVerdict: 'RESOLVED' })).toBe(true);
    const query = filterToQuery(filter);
    expect(query).toEqual({ tab: 'closed', word: 'unresolved' });
    expect({ ...emptyFollowUpFilter(), ...filterFromQuery(query) }).toEqual(filter);
  });

  it('asks for one committee’s items or for those without a committee, and keeps the choice in the address', () => {
    const mine = { ...emptyFollowUpFilter(), committee: '6f1c2c1e-0000-4000-8000-000000000001' };
    expect(toFollowUpFilterInput(mine)).toMatchObject({ committeeId: mine.committee });
    expect(toFollowUpFilterInput({ ...emptyFollowUpFilter(), committee: 'none' })).toMatchObject({ noCommittee: true });
    expect(toFollowUpFilterInput(emptyFollowUpFilter())).not.toHaveProperty('committeeId');
    expect(isFollowUpFiltered(mine)).toBe(true);
    expect(filterFromQuery(filterToQuery(mine))).toMatchObject({ committee: mine.committee });
  });
});
