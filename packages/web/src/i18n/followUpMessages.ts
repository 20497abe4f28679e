import { i18n } from './index';
import en from './followUp.en';
import zhCN from './followUp.zh-CN';

// Follow-up supervision's words, merged into the app's messages when this module is imported (by
// the admin navigation, the follow-up pages and the department portal).
i18n.global.mergeLocaleMessage('zh-CN', zhCN);
i18n.global.mergeLocaleMessage('en', en);

export const followUpMessages = { 'zh-CN': zhCN, en };
