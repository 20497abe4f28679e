import { describe, expect, it } from 'vitest';
import { validate } from '../../../composables/validation';
import { CATEGORY_CODE, categoryRules, movedPosition, normalizeCategoryCode } from './clueCategories';

describe('category codes', () => {
  it('are made upper-snake as typed', () => {
    expect(normalizeCategoryCode(' noise pollution ')).toBe('NOISE_POLLUTION');
    expect(normalizeCategoryCode('food-drug')).toBe('FOOD_DRUG');
  });

  it('follow the server’s rule', () => {
    expect(CATEGORY_CODE.test('WORK_SAFETY')).toBe(true);
    expect(CATEGORY_CODE.test('A1')).toBe(true);
    expect(CATEGORY_CODE.test('1A')).toBe(false);
    expect(CATEGORY_CODE.test('噪音')).toBe(false);
  });
});

describe('the category form', () => {
  it('asks for both names within the server’s limits', () => {
    expect(validate({ code: '', name: '  ', nameEn: '' }, categoryRules)).toEqual({
      code: { key: 'required' },
      name: { key: 'required' },
      nameEn: { key: 'required' },
    });
    expect(validate({ code: 'NOISE', name: '噪'.repeat(21), nameEn: 'x'.repeat(41) }, categoryRules)).toEqual({
      name: { key: 'tooLong', max: 20 },
      nameEn: { key: 'tooLong', max: 40 },
    });
    expect(validate({ code: 'NOISE', name: '噪'.repeat(20), nameEn: 'Noise' }, categoryRules)).toEqual({});
  });
});

describe('moving a category', () => {
  const codes = ['A', 'B', 'C'];
  it('takes it one place up or down', () => {
    expect(movedPosition(codes, 'B', -1)).toBe(1);
    expect(movedPosition(codes, 'B', 1)).toBe(3);
  });

  it('goes nowhere past either end, or for an unknown code', () => {
    expect(movedPosition(codes, 'A', -1)).toBeNull();
    expect(movedPosition(codes, 'C', 1)).toBeNull();
    expect(movedPosition(codes, 'Z', 1)).toBeNull();
  });
});
