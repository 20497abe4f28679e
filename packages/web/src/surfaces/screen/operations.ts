import { graphql } from '../../gql';

export const ScreenSessionDocument = graphql(`
  query ScreenSession($id: ID!) {
    publicUrl
    session(id: $id) {
      id
      title
      theme
      kind
      status
      joinCode
      studioElectorate
      stateVersion
      questions {
        id
        position
        title
        questioner
        respondent
        subject
        district
        budget
        phase
        department {
          shortName
          name
        }
        round {
          id
          status
          result {
            ...LiveRoundResultFields
          }
        }
      }
    }
  }
`);

export const ScreenSessionsDocument = graphql(`
  query ScreenSessions {
    sessions(first: 50) {
      nodes {
        id
        title
        theme
        status
        scheduledAt
      }
    }
  }
`);

export const ScreenRoundTallyChangedDocument = graphql(`
  subscription ScreenRoundTallyChanged($roundId: ID!) {
    roundTallyChanged(roundId: $roundId) {
      ...LiveRoundTallyFields
    }
  }
`);
