import { graphql } from '../gql';
import type { DeadlineSettingsFieldsFragment } from '../gql/graphql';

// 催办, 延期 and the deadline rules (working days, escalation ladder, holiday adjustments).

export type DeadlineSettingsView = DeadlineSettingsFieldsFragment;

export const UrgeFollowUpDocument = graphql(`
  mutation UrgeFollowUp($input: UrgeFollowUpInput!) {
    urgeFollowUp(input: $input) {
      ...FollowUpDetailFields
    }
  }
`);

export const ChangeDeadlineDocument = graphql(`
  mutation ChangeFollowUpDeadline($input: ChangeDeadlineInput!) {
    changeFollowUpDeadline(input: $input) {
      ...FollowUpDetailFields
    }
  }
`);

export const RequestExtensionDocument = graphql(`
  mutation RequestFollowUpExtension($input: RequestExtensionInput!) {
    requestFollowUpExtension(input: $input) {
      ...FollowUpDetailFields
    }
  }
`);

export const DecideExtensionDocument = graphql(`
  mutation DecideFollowUpExtension($input: DecideExtensionInput!) {
    decideFollowUpExtension(input: $input) {
      ...FollowUpDetailFields
    }
  }
`);

graphql(`
  fragment DeadlineSettingsFields on DeadlineSettings {
    defaults {
      kind
      workingDays
    }
    ladder {
      days
      level
    }
    overrides {
      date
      working
      note
    }
    officialCalendarThrough
    progressReview
  }
`);

export const DeadlineSettingsDocument = graphql(`
  query DeadlineSettings {
    deadlineSettings {
      ...DeadlineSettingsFields
    }
  }
`);

export const SetDeadlineDefaultDocument = graphql(`
  mutation SetDeadlineDefault($input: DeadlineDefaultInput!) {
    setDeadlineDefault(input: $input) {
      ...DeadlineSettingsFields
    }
  }
`);

export const SetEscalationLadderDocument = graphql(`
  mutation SetEscalationLadder($input: EscalationLadderInput!) {
    setEscalationLadder(input: $input) {
      ...DeadlineSettingsFields
    }
  }
`);

export const SetHolidayOverrideDocument = graphql(`
  mutation SetHolidayOverride($input: HolidayOverrideInput!) {
    setHolidayOverride(input: $input) {
      ...DeadlineSettingsFields
    }
  }
`);

export const RemoveHolidayOverrideDocument = graphql(`
  mutation RemoveHolidayOverride($date: String!) {
    removeHolidayOverride(date: $date) {
      ...DeadlineSettingsFields
    }
  }
`);
