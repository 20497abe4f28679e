import { nextTick } from 'vue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appLocale } from '../i18n/locale';
import { defineSurfaceMessages } from './surfaceMessages';

afterEach(() => {
  appLocale.value = 'zh-CN';
});

const zh = { title: '现场投票', seconds: (n: number) => `${n} 秒` };

describe('defineSurfaceMessages', () => {
  it('shows Chinese at once and fetches English only when it is chosen', async () => {
    const load = vi.fn(async () => ({ default: { title: 'Vote', seconds: (n: number) => `${n} s` } }));
    const { useMessages } = defineSurfaceMessages(zh, { en: load });
    const m = useMessages();
    expect(m.value.title).toBe('现场投票');
    expect(load).not.toHaveBeenCalled();

    appLocale.value = 'en';
    await nextTick();
    await vi.waitFor(() => expect(m.value.title).toBe('Vote'));
    expect(m.value.seconds(5)).toBe('5 s');
    expect(load).toHaveBeenCalledTimes(1);

    appLocale.value = 'zh-CN';
    await nextTick();
    expect(m.value.seconds(5)).toBe('5 秒');
  });

  it('keeps Chinese when English cannot be fetched', async () => {
    const { useMessages, ensure } = defineSurfaceMessages(zh, { en: () => Promise.reject(new Error('offline')) });
    const m = useMessages();
    appLocale.value = 'en';
    await ensure('en');
    expect(m.value.title).toBe('现场投票');
  });
});
