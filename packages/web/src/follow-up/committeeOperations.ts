import { graphql } from '../gql';
import type { CommitteesQuery } from '../gql/graphql';

// 专（工）委: the committees, an item's supervising committee, and a staff account's committee.

export type CommitteeRow = CommitteesQuery['committees'][number];

export const CommitteesDocument = graphql(`
  query Committees($includeInactive: Boolean!) {
    committees(includeInactive: $includeInactive) {
      id
      name
      shortName
      active
      position
    }
  }
`);

export const CreateCommitteeDocument = graphql(`
  mutation CreateCommittee($input: CommitteeInput!) {
    createCommittee(input: $input) {
      id
      name
      shortName
      active
      position
    }
  }
`);

export const UpdateCommitteeDocument = graphql(`
  mutation UpdateCommittee($input: UpdateCommitteeInput!) {
    updateCommittee(input: $input) {
      id
      name
      shortName
      active
      position
    }
  }
`);

export const SetFollowUpCommitteeDocument = graphql(`
  mutation SetFollowUpCommittee($input: SetFollowUpCommitteeInput!) {
    setFollowUpCommittee(input: $input) {
      ...FollowUpDetailFields
    }
  }
`);

/** The signed-in account's committee: the board opens on its items. */
export const MyCommitteeDocument = graphql(`
  query MyCommittee {
    me {
      id
      committee {
        id
        name
        shortName
      }
    }
  }
`);

export const SetAccountCommitteeDocument = graphql(`
  mutation SetAccountCommittee($id: ID!, $committeeId: ID) {
    setAccountCommittee(id: $id, committeeId: $committeeId) {
      id
      committee {
        id
        name
        shortName
      }
    }
  }
`);
