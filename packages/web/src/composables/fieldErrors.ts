import type { DirectiveBinding, ObjectDirective } from 'vue';

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

/** ARIA attributes by name; an undefined one is removed. */
export type ComboboxAttrs = Record<`aria-${string}`, string | undefined>;

/**
 * Sets ARIA attributes on the focusable combobox input of the ElSelect it is on:
 * `<ElSelect v-combobox-attrs="{ 'aria-required': 'true', ...fieldAttrs('reason') }">`.
 * Element Plus's select (2.14) has a prop for aria-label only and puts other attributes on its wrapper div,
 * where screen readers never hear them.
 */
export const vComboboxAttrs: ObjectDirective<HTMLElement, ComboboxAttrs> = { mounted: setComboboxAttrs, updated: setComboboxAttrs };

function setComboboxAttrs(select: HTMLElement, { value, oldValue }: DirectiveBinding<ComboboxAttrs>) {
  const input = select.querySelector('input[role="combobox"]');
  if (!input) return;
  for (const name of new Set([...Object.keys(oldValue ?? {}), ...Object.keys(value)])) {
    const attr = value[name as keyof ComboboxAttrs];
    if (attr === undefined) input.removeAttribute(name);
    else input.setAttribute(name, attr);
  }
}
