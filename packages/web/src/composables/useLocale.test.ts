import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n, initialLocale, LOCALE_STORAGE_KEY } from '../i18n';
import { setLocale, useLocale } from './useLocale';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  i18n.global.locale.value = 'zh-CN';
});

describe('initialLocale', () => {
  it('defaults to Chinese', () => {
    expect(initialLocale(undefined)).toBe('zh-CN');
    expect(initialLocale(memoryStorage())).toBe('zh-CN');
  });

  it('uses a stored supported choice and ignores anything else', () => {
    expect(initialLocale(memoryStorage({ [LOCALE_STORAGE_KEY]: 'en' }))).toBe('en');
    expect(initialLocale(memoryStorage({ [LOCALE_STORAGE_KEY]: 'fr' }))).toBe('zh-CN');
  });

  it('falls back when storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(initialLocale(blocked)).toBe('zh-CN');
  });
});

describe('setLocale', () => {
  it('switches the language, remembers it and sets <html lang>', () => {
    const documentElement = { lang: 'zh-CN' };
    vi.stubGlobal('document', { documentElement });
    const storage = memoryStorage();

    setLocale('en', storage);

    expect(i18n.global.locale.value).toBe('en');
    expect(i18n.global.t('login.submit')).toBe('Sign in');
    expect(storage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(documentElement.lang).toBe('en');
    expect(initialLocale(storage)).toBe('en');
  });

  it('still switches when storage refuses to save', () => {
    const storage = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    setLocale('en', storage);
    expect(i18n.global.locale.value).toBe('en');
  });
});

describe('useLocale', () => {
  it('ignores unsupported values written to the model', () => {
    const { locale } = useLocale();
    locale.value = 'xx' as never;
    expect(locale.value).toBe('zh-CN');
  });
});
