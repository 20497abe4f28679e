import urql from '@urql/vue';
import { watchEffect, type App } from 'vue';
import { client } from './graphql/client';
import { i18n } from './i18n';
import { router } from './router';
import './styles/staff-theme.css';

const installed = new WeakSet<App>();

/** vue-i18n, urql and the translated tab title, for the staff and public pages. */
export function installAppPlugins(app: App): void {
  if (installed.has(app)) return;
  installed.add(app);
  app.use(i18n).use(urql, client);

  // The tab title names the page, in the current language. Light surfaces set their own title.
  watchEffect(() => {
    const { meta } = router.currentRoute.value;
    if (meta.light) return;
    const name = i18n.global.t('app.fullName');
    document.title = meta.titleKey ? `${i18n.global.t(meta.titleKey)} · ${name}` : name;
  });
}
