import { graphql } from '../gql';

// Staff review of department text, 三方见面, and 问责 with referrals (issue 19's oversight steps).

export const SetProgressReviewDocument = graphql(`
  mutation SetFollowUpProgressReview($enabled: Boolean!) {
    setFollowUpProgressReview(enabled: $enabled) {
      ...DeadlineSettingsFields
    }
  }
`);

export const ReviewFollowUpTextDocument = graphql(`
  mutation ReviewFollowUpText($input: ReviewFollowUpTextInput!) {
    reviewFollowUpText(input: $input) {
      ...FollowUpDetailFields
    }
  }
`);

export const RecordMediationDocument = graphql(`
  mutation RecordFollowUpMediation($input: MediationInput!) {
    recordFollowUpMediation(input: $input) {
      ...FollowUpDetailFields
    }
  }
`);

export const RecordAccountabilityMeasureDocument = graphql(`
  mutation RecordAccountabilityMeasure($input: AccountabilityMeasureInput!) {
    recordAccountabilityMeasure(input: $input) {
      ...FollowUpDetailFields
    }
  }
`);

export const RecordOversightReferralDocument = graphql(`
  mutation RecordOversightReferral($input: OversightReferralInput!) {
    recordOversightReferral(input: $input) {
      ...FollowUpDetailFields
    }
  }
`);

export const PublishAccountabilityDocument = graphql(`
  mutation PublishAccountability($input: PublishAccountabilityInput!) {
    publishAccountability(input: $input) {
      ...FollowUpDetailFields
    }
  }
`);
