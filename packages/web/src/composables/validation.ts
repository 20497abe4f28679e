import { i18n } from '../i18n';

export type Problem =
  | { key: 'required' | 'requiredSelect' | 'usernameFormat' }
  | { key: 'tooLong'; max: number }
  | { key: 'tooShort'; min: number };

export interface Rule {
  required?: boolean;
  /** The field is a choice, so "required" reads "请选择…" rather than "请填写…". */
  select?: boolean;
  min?: number;
  max?: number;
  username?: boolean;
}

/** Lowercase letters, digits, dots, underscores and hyphens, as the server accepts. */
const USERNAME = /^[a-z0-9._-]+$/;

// Counts characters as people see them: one Chinese character is one, not a UTF-16 pair.
const length = (value: string) => [...value].length;

export function checkField(raw: string | null | undefined, rule: Rule): Problem | null {
  const value = (raw ?? '').trim();
  if (value === '') return rule.required ? { key: rule.select ? 'requiredSelect' : 'required' } : null;
  if (rule.min !== undefined && length(value) < rule.min) return { key: 'tooShort', min: rule.min };
  if (rule.max !== undefined && length(value) > rule.max) return { key: 'tooLong', max: rule.max };
  if (rule.username && !USERNAME.test(value)) return { key: 'usernameFormat' };
  return null;
}

export function validate<F extends string>(
  values: Record<F, string | null | undefined>,
  rules: Record<F, Rule>,
): Partial<Record<F, Problem>> {
  const problems: Partial<Record<F, Problem>> = {};
  for (const field of Object.keys(rules) as F[]) {
    const problem = checkField(values[field], rules[field]);
    if (problem) problems[field] = problem;
  }
  return problems;
}

export function translateProblems(problems: Partial<Record<string, Problem>>, labels: Record<string, string>): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [field, problem] of Object.entries(problems)) {
    if (!problem) continue;
    messages[field] = i18n.global.t(`validation.${problem.key}`, { ...problem, field: labels[field] ?? field });
  }
  return messages;
}

/**
 * One translated message per problem: the keys in `own` from the domain's messages
 * (`<domain>.validation.<key>`), the others from the shared ones.
 */
export function translateDomainProblems(
  problems: Partial<Record<string, { key: string }>>,
  labels: Record<string, string>,
  domain: string,
  own: readonly string[],
): Record<string, string> {
  const common: Record<string, Problem> = {};
  const messages: Record<string, string> = {};
  for (const [field, problem] of Object.entries(problems)) {
    if (!problem) continue;
    if (own.includes(problem.key))
      messages[field] = i18n.global.t(`${domain}.validation.${problem.key}`, { ...problem, field: labels[field] ?? field });
    else common[field] = problem as Problem;
  }
  return { ...translateProblems(common, labels), ...messages };
}

export const hasProblems = (problems: Partial<Record<string, Problem>>) => Object.keys(problems).length > 0;
