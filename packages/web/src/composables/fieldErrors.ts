/**
 * Links a form's fields to their error messages for screen readers: a field with an error is marked
 * invalid and described by the error, shown in an element with `errorId(field)`.
 */
export function fieldErrorLinks<F extends string>(formId: string, errors: () => Partial<Record<F, string | null | undefined>>) {
  const errorId = (field: F) => `${formId}-${field}-error`;
  const fieldAttrs = (field: F) => ({
    'aria-invalid': errors()[field] ? ('true' as const) : undefined,
    'aria-describedby': errors()[field] ? errorId(field) : undefined,
  });
  return { errorId, fieldAttrs };
}
