import { checkField, type Problem, type Rule } from '../../../composables/validation';

// A representative record's rules as the server enforces them, for the form and the import. No Vue
// here: unit-tested as is.

/** Characters per field and rows per import (the server's limits). */
export const REPRESENTATIVE_LIMITS = { name: 60, district: 60, station: 100, bio: 500, maxRows: 2000 } as const;

export interface RepresentativeFormValues {
  name: string;
  district: string;
  station: string;
  bio: string;
  /** '' for none. */
  accountId: string;
  active: boolean;
}

export type RepresentativeField = 'name' | 'district' | 'station' | 'bio';

export const emptyRepresentativeForm = (): RepresentativeFormValues => ({
  name: '',
  district: '',
  station: '',
  bio: '',
  accountId: '',
  active: true,
});

export const representativeRules: Record<RepresentativeField, Rule> = {
  name: { required: true, max: REPRESENTATIVE_LIMITS.name },
  district: { required: true, max: REPRESENTATIVE_LIMITS.district },
  station: { max: REPRESENTATIVE_LIMITS.station },
  bio: { max: REPRESENTATIVE_LIMITS.bio },
};

export function validateRepresentative(values: RepresentativeFormValues): Partial<Record<RepresentativeField, Problem>> {
  const problems: Partial<Record<RepresentativeField, Problem>> = {};
  for (const field of Object.keys(representativeRules) as RepresentativeField[]) {
    const problem = checkField(values[field], representativeRules[field]);
    if (problem) problems[field] = problem;
  }
  return problems;
}

/** What the API takes: trimmed, empty optional fields as null. */
export function toRepresentativeInput(values: RepresentativeFormValues) {
  const optional = (value: string) => value.trim() || null;
  return {
    name: values.name.trim(),
    district: values.district.trim(),
    station: optional(values.station),
    bio: optional(values.bio),
    accountId: values.accountId || null,
    active: values.active,
  };
}

/** The form filled with a record, to edit it. */
export function formOf(record: {
  name: string;
  district: string;
  station?: string | null;
  bio?: string | null;
  accountId?: string | null;
  active: boolean;
}): RepresentativeFormValues {
  return {
    name: record.name,
    district: record.district,
    station: record.station ?? '',
    bio: record.bio ?? '',
    accountId: record.accountId ?? '',
    active: record.active,
  };
}
