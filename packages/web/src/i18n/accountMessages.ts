import { i18n } from './index';
import en from './account.en';
import zhCN from './account.zh-CN';

// The account life cycle's words, merged into the app's messages when this module is imported (by
// the "my account" page, the header link to it and the admin accounts page).
i18n.global.mergeLocaleMessage('zh-CN', zhCN);
i18n.global.mergeLocaleMessage('en', en);

export const accountMessages = { 'zh-CN': zhCN, en };
