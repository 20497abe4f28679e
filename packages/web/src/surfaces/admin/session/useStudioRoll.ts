import { computed, shallowRef } from 'vue';
import type { RollMemberFieldsFragment, RollRepresentativeFieldsFragment } from '../../../gql/graphql';
import { client } from '../../../graphql/client';
import { sessionErrorCode, useSessionErrorMessage } from '../../../session/sessionErrors';
import {
  accountRefusal,
  checkPastedNames,
  checkPickedAccounts,
  checkSeatCount,
  inSeatOrder,
  parsePastedNames,
  pastedNameRefusal,
  translateRollProblem,
  type RollProblem,
} from './studioRoll';
import {
  AddToRollDocument,
  IssueSeatCodesDocument,
  RemoveFromRollDocument,
  RepresentativesDocument,
  StudioRollDocument,
} from './operations';

export type RollMember = RollMemberFieldsFragment;
export type RollRepresentative = RollRepresentativeFieldsFragment;

/** The three ways to add people, each a small form of its own, and taking someone off. */
export type RollAction = 'names' | 'accounts' | 'seats' | 'remove';

/**
 * A session's studio roll (代表名册): who may vote in the studio, each with a seat code. Adds people
 * by pasted names, by representative accounts or as blank seats, and takes them off. `onChanged`
 * runs after every change, since the roll's size is the session's studio electorate, and after a
 * refusal because the session went live, so the page shows it frozen.
 */
export function useStudioRoll(sessionId: string, onChanged: () => void = () => {}) {
  const members = shallowRef<readonly RollMember[]>([]);
  const status = shallowRef<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<unknown>(null);

  /** The form's inputs. */
  const namesText = shallowRef('');
  const pickedAccountIds = shallowRef<string[]>([]);
  const seatCount = shallowRef<number | null>(10);

  const busy = shallowRef<RollAction | null>(null);
  const problems = shallowRef<Partial<Record<RollAction, RollProblem>>>({});
  const failure = shallowRef<{ action: RollAction; error: unknown } | null>(null);

  const size = computed(() => members.value.length);
  const claimedCount = computed(() => members.value.filter((m) => m.seatClaimed).length);
  const pastedNames = computed(() => parsePastedNames(namesText.value));

  async function load(): Promise<void> {
    // A roll already shown stays on screen while it is read again.
    if (status.value !== 'ready') status.value = 'loading';
    const result = await client.query(StudioRollDocument, { sessionId }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) {
      members.value = inSeatOrder(result.data.studioRoll);
      loadError.value = null;
      status.value = 'ready';
    } else if (status.value !== 'ready') {
      loadError.value = result.error ?? new Error('empty response');
      status.value = 'error';
    }
  }

  // —— Representative accounts to pick from: found by name as the user types.
  const representatives = shallowRef<readonly RollRepresentative[]>([]);
  const representativesLoading = shallowRef(false);
  const representativesError = shallowRef<unknown>(null);
  /** Accounts seen in any search, so a picked one keeps its name when a later search leaves it out. */
  const known = new Map<string, RollRepresentative>();
  let latestSearch = 0;

  async function searchRepresentatives(query = ''): Promise<void> {
    const current = ++latestSearch;
    representativesLoading.value = true;
    try {
      const result = await client
        .query(RepresentativesDocument, { search: query.trim() || undefined }, { requestPolicy: 'network-only' })
        .toPromise();
      if (current !== latestSearch) return;
      if (result.data) {
        for (const account of result.data.accounts.nodes) known.set(account.id, account);
        representatives.value = result.data.accounts.nodes;
        representativesError.value = null;
      } else {
        representativesError.value = result.error ?? new Error('empty response');
      }
    } finally {
      if (current === latestSearch) representativesLoading.value = false;
    }
  }

  const pickedAccounts = computed(() =>
    pickedAccountIds.value.map((id) => known.get(id)).filter((a): a is RollRepresentative => a !== undefined),
  );
  /** The picked accounts first, then the found ones not yet on the roll. */
  const accountChoices = computed(() => {
    const onRoll = new Set(members.value.map((m) => m.accountId).filter(Boolean));
    const picked = new Set(pickedAccountIds.value);
    return [...pickedAccounts.value, ...representatives.value.filter((a) => !onRoll.has(a.id) && !picked.has(a.id))];
  });

  // —— Changes.
  function begin(action: RollAction, problem: RollProblem | null): boolean {
    if (busy.value) return false;
    problems.value = problem ? { [action]: problem } : {};
    failure.value = null;
    if (problem) return false;
    busy.value = action;
    return true;
  }

  /** A refusal: beside the line or account it concerns when the server names one, else for the whole form. */
  function refuse(action: RollAction, error: unknown, problem: RollProblem | null) {
    if (problem) problems.value = { [action]: problem };
    else failure.value = { action, error };
    // The session went live (or ended) meanwhile: show it, read-only.
    if (sessionErrorCode(error) === 'INVALID_PHASE') onChanged();
  }

  /** After a refusal that may come from someone else's change: the roll, and the session's count of it, as they are now. */
  async function reread() {
    await load();
    onChanged();
  }

  function added(people: readonly RollMember[]) {
    members.value = inSeatOrder([...members.value, ...people]);
    onChanged();
  }

  /** Adds the pasted names; the number added, or null when nothing was. */
  async function addNames(): Promise<number | null> {
    const names = pastedNames.value;
    if (!begin('names', checkPastedNames(names))) return null;
    try {
      const people = names.map((n) => ({ name: n.name }));
      const result = await client.mutation(AddToRollDocument, { input: { sessionId, people } }).toPromise();
      if (!result.data) {
        refuse('names', result.error, pastedNameRefusal(result.error, names));
        return null;
      }
      namesText.value = '';
      added(result.data.addToRoll);
      return result.data.addToRoll.length;
    } finally {
      busy.value = null;
    }
  }

  /** Adds the picked representatives; each is named after the account. */
  async function addAccounts(): Promise<number | null> {
    const accounts = pickedAccounts.value;
    if (!begin('accounts', checkPickedAccounts(pickedAccountIds.value))) return null;
    try {
      const people = accounts.map((a) => ({ name: '', accountId: a.id }));
      const result = await client.mutation(AddToRollDocument, { input: { sessionId, people } }).toPromise();
      if (!result.data) {
        refuse('accounts', result.error, accountRefusal(result.error, accounts));
        // Someone else may have put an account on the roll: show the roll as it is now, and unpick
        // whoever is on it already, so adding the others works next time.
        if (sessionErrorCode(result.error) === null) {
          void reread().then(() => {
            const onRoll = new Set(members.value.map((m) => m.accountId));
            pickedAccountIds.value = pickedAccountIds.value.filter((id) => !onRoll.has(id));
          });
        }
        return null;
      }
      pickedAccountIds.value = [];
      added(result.data.addToRoll);
      return result.data.addToRoll.length;
    } finally {
      busy.value = null;
    }
  }

  /** Issues seat codes for people to be named on paper: each is on the roll under their seat's label. */
  async function issueSeats(): Promise<number | null> {
    const count = seatCount.value;
    if (!begin('seats', checkSeatCount(count))) return null;
    try {
      const result = await client.mutation(IssueSeatCodesDocument, { input: { sessionId, count: count! } }).toPromise();
      if (!result.data) {
        refuse('seats', result.error, null);
        return null;
      }
      added(
        result.data.issueSeatCodes.map((seat) => ({
          id: seat.id,
          name: seat.name,
          accountId: null,
          accountName: null,
          seatLabel: seat.label,
          seatCode: seat.code,
          seatClaimed: seat.claimed,
        })),
      );
      return result.data.issueSeatCodes.length;
    } finally {
      busy.value = null;
    }
  }

  /** Takes a person off the roll; their seat code stops working. */
  async function remove(member: RollMember): Promise<boolean> {
    if (!begin('remove', member.seatClaimed ? { key: 'removeClaimed' } : null)) return false;
    try {
      const result = await client.mutation(RemoveFromRollDocument, { id: member.id }).toPromise();
      if (!result.data?.removeFromRoll) {
        const claimed = result.error?.graphQLErrors[0]?.extensions?.code === 'CONFLICT';
        refuse('remove', result.error, claimed ? { key: 'removeClaimed' } : null);
        // Claimed on a phone meanwhile, or already taken off: show the roll as it is now.
        if (sessionErrorCode(result.error) === null) void reread();
        return false;
      }
      members.value = members.value.filter((m) => m.id !== member.id);
      onChanged();
      return true;
    } finally {
      busy.value = null;
    }
  }

  /** One message per form, beside the field that form fills. */
  const fieldErrors = computed<Partial<Record<RollAction, string>>>(() =>
    Object.fromEntries(Object.entries(problems.value).map(([action, problem]) => [action, translateRollProblem(problem)])),
  );
  const failureMessage = useSessionErrorMessage(() => failure.value?.error ?? null);
  /** A refusal that concerns no one field, with the form it came from. */
  const actionError = computed(() =>
    failure.value && failureMessage.value ? { action: failure.value.action, message: failureMessage.value.message } : null,
  );

  function clearErrors() {
    problems.value = {};
    failure.value = null;
  }

  void load();

  return {
    members,
    status,
    loadError: useSessionErrorMessage(loadError),
    size,
    claimedCount,
    load,
    namesText,
    pastedNames,
    pickedAccountIds,
    seatCount,
    representatives: accountChoices,
    representativesLoading,
    representativesError: useSessionErrorMessage(representativesError),
    searchRepresentatives,
    busy,
    fieldErrors,
    actionError,
    clearErrors,
    addNames,
    addAccounts,
    issueSeats,
    remove,
  };
}
