import { createApp } from 'vue';
import { appLocale, applyDocumentLanguage } from '../../i18n/locale';
import VoteApp from './VoteApp.vue';

/** Starts the vote pages as their own app (see vote.ts). */
export function mountVoteApp(selector: string): void {
  applyDocumentLanguage(appLocale.value);
  createApp(VoteApp).mount(selector);
}
