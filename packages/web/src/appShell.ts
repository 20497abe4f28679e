import { createApp } from 'vue';
import App from './App.vue';
import { appLocale, applyDocumentLanguage } from './i18n/locale';
import { router } from './router';

/** The main app: every surface but the vote pages, with vue-router. */
export function mountAppShell(selector: string): void {
  applyDocumentLanguage(appLocale.value);
  const app = createApp(App);
  // vue-i18n and urql are installed the first time a page that uses them opens: the broadcast
  // screen (routes marked `light`) never downloads them.
  router.beforeEach(async (to) => {
    if (to.meta.light) return;
    const { installAppPlugins } = await import('./appPlugins');
    installAppPlugins(app);
  });
  app.use(router).mount(selector);
}
