import { describe, expect, it } from 'vitest';
import { fieldErrorLinks } from './fieldErrors';

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
