import { afterEach, describe, expect, it } from 'vitest';
import { appLocale } from '../../i18n/locale';
import { usePublicClueCategories } from './usePublicClueCategories';

const categories = [
  { code: 'PARKING', name: '停车管理', nameEn: 'Parking' },
  { code: 'OTHER', name: '其他', nameEn: 'Other' },
];

afterEach(() => {
  appLocale.value = 'zh-CN';
});

describe('usePublicClueCategories', () => {
  it('offers the categories in the server’s order, named in the page’s language', async () => {
    const offered = usePublicClueCategories(async () => categories);
    expect(offered.status.value).toBe('loading');
    await offered.load();
    expect(offered.status.value).toBe('ready');
    expect(offered.options.value).toEqual([
      { code: 'PARKING', label: '停车管理' },
      { code: 'OTHER', label: '其他' },
    ]);
    appLocale.value = 'en';
    expect(offered.options.value.map((o) => o.label)).toEqual(['Parking', 'Other']);
  });

  it('says when they could not be loaded, and loads again', async () => {
    let fail = true;
    const offered = usePublicClueCategories(async () => {
      if (fail) throw new Error('offline');
      return categories;
    });
    await offered.load();
    expect(offered.status.value).toBe('error');
    expect(offered.options.value).toEqual([]);
    fail = false;
    await offered.load();
    expect(offered.status.value).toBe('ready');
  });
});
