import { computed, shallowRef } from 'vue';
import { graphql } from '../gql';
import type { SeatCodeFieldsFragment } from '../gql/graphql';
import { client } from '../graphql/client';
import { bySeatNumber } from './seatCodeOrder';
import { useSessionErrorMessage } from './sessionErrors';

export type SeatCode = SeatCodeFieldsFragment;

graphql(`
  fragment SeatCodeFields on SeatCode {
    id
    code
    label
    claimed
  }
`);

const SeatCodesDocument = graphql(`
  query AdminSeatCodes($sessionId: ID!) {
    seatCodes(sessionId: $sessionId) {
      ...SeatCodeFields
    }
  }
`);

const IssueSeatCodesDocument = graphql(`
  mutation AdminIssueSeatCodes($input: IssueSeatCodesInput!) {
    issueSeatCodes(input: $input) {
      ...SeatCodeFields
    }
  }
`);

/** How many codes one request may issue, as the server allows. */
export const SEAT_CODES_PER_ISSUE = { min: 1, max: 500 } as const;

/** The printed seat codes of one session: list them and issue more. */
export function useSeatCodes(sessionId: string) {
  const codes = shallowRef<readonly SeatCode[]>([]);
  const status = shallowRef<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<unknown>(null);
  const issuing = shallowRef(false);
  const issueError = shallowRef<unknown>(null);

  async function load() {
    status.value = 'loading';
    const result = await client.query(SeatCodesDocument, { sessionId }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) {
      codes.value = [...result.data.seatCodes].sort(bySeatNumber);
      loadError.value = null;
      status.value = 'ready';
    } else {
      loadError.value = result.error ?? new Error('empty response');
      status.value = 'error';
    }
  }

  /** The number of codes issued, or null when refused. */
  async function issue(count: number): Promise<number | null> {
    if (issuing.value) return null;
    issuing.value = true;
    issueError.value = null;
    try {
      const result = await client.mutation(IssueSeatCodesDocument, { input: { sessionId, count } }).toPromise();
      if (!result.data) {
        issueError.value = result.error ?? new Error('empty response');
        return null;
      }
      codes.value = [...codes.value, ...result.data.issueSeatCodes].sort(bySeatNumber);
      return result.data.issueSeatCodes.length;
    } finally {
      issuing.value = false;
    }
  }

  const claimedCount = computed(() => codes.value.filter((c) => c.claimed).length);

  void load();

  return {
    codes,
    status,
    claimedCount,
    loadError: useSessionErrorMessage(loadError),
    issuing,
    issueError: useSessionErrorMessage(issueError),
    load,
    issue,
  };
}
