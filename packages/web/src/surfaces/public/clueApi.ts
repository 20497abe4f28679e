import { createClueDevice, fetchClueGraphql } from './useClueDevice';
import type { PublicClueQuery } from './usePublicClueList';
import { xhrPhotoUploader, type PhotoUploader } from './usePhotoUpload';
import type { ClueVerdictInput, SubmitClueInput } from '../../gql/graphql';
import {
  PublicClueCallDocument,
  PublicClueCallsDocument,
  PublicClueCategoriesDocument,
  PublicClueRegisterDeviceDocument,
  PublicClueSessionsDocument,
  PublicClueStatsDocument,
  PublicClueVerdictDocument,
  PublicCluesDocument,
  PublicRepresentativeDocument,
  PublicSubmitClueDocument,
  PublicSupportClueDocument,
  PublicTrackClueDocument,
} from './operations';

// The public clue pages' calls to the server, each with this phone's device token where it counts.

/** This phone's device token, shared by the clue pages. */
export const clueDevice = createClueDevice(async () => (await fetchClueGraphql(PublicClueRegisterDeviceDocument, {})).registerDevice);

export const PUBLIC_CLUE_PAGE_SIZE = 10;

export const clueApi = {
  call: async (sessionId: string) => (await fetchClueGraphql(PublicClueCallDocument, { sessionId })).clueCall,
  calls: async () => (await fetchClueGraphql(PublicClueCallsDocument, {})).clueCalls,
  categories: async () => (await fetchClueGraphql(PublicClueCategoriesDocument, {})).clueCategories,
  submit: (input: SubmitClueInput) =>
    clueDevice.withDevice(async (deviceToken) => (await fetchClueGraphql(PublicSubmitClueDocument, { input }, { deviceToken })).submitClue),
  /** Each photo with the device token; a stale token is renewed and the photo sent again. */
  uploadPhoto: ((file, onProgress, signal) =>
    clueDevice.withDevice((token) => xhrPhotoUploader(token)(file, onProgress, signal))) satisfies PhotoUploader,
  track: async (code: string) => (await fetchClueGraphql(PublicTrackClueDocument, { code })).trackClue,
  giveVerdict: async (input: ClueVerdictInput) => (await fetchClueGraphql(PublicClueVerdictDocument, { input })).giveClueVerdict,
  /** The device token, if this phone has one, marks the clues it supported; listing alone does not register. */
  page: async (query: PublicClueQuery, after: string | null) =>
    (
      await fetchClueGraphql(
        PublicCluesDocument,
        { first: PUBLIC_CLUE_PAGE_SIZE, after, search: query.search || null, sessionId: query.sessionId, orderBy: query.orderBy },
        { deviceToken: clueDevice.current() },
      )
    ).publicClues,
  support: (clueId: string) =>
    clueDevice.withDevice(
      async (deviceToken) => (await fetchClueGraphql(PublicSupportClueDocument, { clueId }, { deviceToken })).supportClue,
    ),
  stats: async (sessionId: string | null) => (await fetchClueGraphql(PublicClueStatsDocument, { sessionId })).clueStats,
  /** A representative's public profile by their 代表码 (NOT_FOUND for an unknown code). */
  representative: async (code: string) => (await fetchClueGraphql(PublicRepresentativeDocument, { code })).publicRepresentative,
  sessions: async () => (await fetchClueGraphql(PublicClueSessionsDocument, {})).sessions.nodes,
};
