import type { DirectiveBinding } from 'vue';
import { describe, expect, it } from 'vitest';
import { fieldErrorLinks, vComboboxAttrs, type ComboboxAttrs } from './fieldErrors';

describe('fieldErrorLinks', () => {
  it('marks a field with an error invalid and described by its error, and leaves the others alone', () => {
    const errors: Partial<Record<'title' | 'note', string>> = { title: '必填' };
    const { errorId, fieldAttrs } = fieldErrorLinks('clue-refer', () => errors);
    expect(errorId('title')).toBe('clue-refer-title-error');
    expect(fieldAttrs('title')).toEqual({ 'aria-invalid': 'true', 'aria-describedby': 'clue-refer-title-error' });
    expect(fieldAttrs('note')).toEqual({ 'aria-invalid': undefined, 'aria-describedby': undefined });
    errors.title = undefined; // read anew each time: the form's errors change
    expect(fieldAttrs('title')['aria-invalid']).toBeUndefined();
  });
});

describe('vComboboxAttrs', () => {
  it('sets the attributes on the select’s combobox input, and removes those no longer given', () => {
    const attrs = new Map<string, string>();
    const input = {
      setAttribute: (name: string, value: string) => attrs.set(name, value),
      removeAttribute: (name: string) => attrs.delete(name),
    };
    // Only the parts of the select's element the directive uses.
    const select = {
      querySelector: (selector: string) => (selector === 'input[role="combobox"]' ? input : null),
    } as unknown as HTMLElement;
    const apply = (hook: 'mounted' | 'updated', value: ComboboxAttrs, oldValue: ComboboxAttrs | null) =>
      vComboboxAttrs[hook]!(select, { value, oldValue } as DirectiveBinding<ComboboxAttrs>, null as never, null as never);

    apply('mounted', { 'aria-required': 'true', 'aria-invalid': 'true', 'aria-describedby': 'form-x-error' }, null);
    expect(Object.fromEntries(attrs)).toEqual({ 'aria-required': 'true', 'aria-invalid': 'true', 'aria-describedby': 'form-x-error' });
    apply(
      'updated',
      { 'aria-invalid': undefined, 'aria-describedby': undefined },
      { 'aria-required': 'true', 'aria-invalid': 'true', 'aria-describedby': 'form-x-error' },
    );
    expect(Object.fromEntries(attrs)).toEqual({});
  });
});
