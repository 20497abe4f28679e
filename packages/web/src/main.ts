import urql from '@urql/vue';
import { createApp } from 'vue';
import App from './App.vue';
import { applyDocumentLanguage } from './composables/useLocale';
import { client } from './graphql/client';
import { i18n } from './i18n';
import { router } from './router';
import './styles/base.css';

applyDocumentLanguage(i18n.global.locale.value);

createApp(App).use(i18n).use(router).use(urql, client).mount('#app');
