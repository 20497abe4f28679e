import { accountLabels } from '../labels/account';
import { adminLabels } from '../labels/admin';
import { clueLabels } from '../labels/clue';
import { clueBoardLabels } from '../labels/clueBoard';
import { clueCallLabels } from '../labels/clueCall';
import { clueCategoryLabels } from '../labels/clueCategories';
import { clueTriageLabels } from '../labels/clueTriage';
import { committeeLabels } from '../labels/committee';
import { followUpLabels } from '../labels/followUp';
import { followUpDeadlineLabels } from '../labels/followUpDeadlines';
import { followUpDocumentLabels } from '../labels/followUpDocuments';
import { followUpOversightLabels } from '../labels/followUpOversight';
import { followUpWorkLabels } from '../labels/followUpWork';
import { hostLabels } from '../labels/host';
import { hotlineLabels } from '../labels/hotline';
import { interactionLabels } from '../labels/interaction';
import { kindLabels } from '../labels/kind';
import { quorumLabels } from '../labels/quorum';
import { representativeLabels } from '../labels/representative';
import { representativeAdminLabels } from '../labels/representativeAdmin';
import { securityLabels } from '../labels/security';
import { sessionLabels } from '../labels/session';
import { sessionPlanLabels } from '../labels/sessionPlan';
import { sessionRollLabels } from '../labels/sessionRoll';
import { statsLabels } from '../labels/stats';
import type { AppLocale } from './locale';

/** The staff pages' words in one language, each domain's table under the key the pages look it up by (see loadStaffMessages). */
export function staffMessagesIn(locale: AppLocale) {
  return {
    admin: {
      ...adminLabels[locale],
      clues: { ...clueBoardLabels[locale], ...clueTriageLabels[locale] },
      clueCall: clueCallLabels[locale],
      clueCategories: clueCategoryLabels[locale],
      hotline: hotlineLabels[locale],
      representatives: representativeAdminLabels[locale],
    },
    clue: clueLabels[locale],
    quorum: quorumLabels[locale],
    kinds: kindLabels[locale],
    sessions: { ...sessionLabels[locale], ...sessionPlanLabels[locale], ...sessionRollLabels[locale] },
    host: hostLabels[locale],
    interaction: interactionLabels[locale],
    followUp: {
      ...followUpLabels[locale],
      ...followUpWorkLabels[locale],
      ...followUpDeadlineLabels[locale],
      ...followUpOversightLabels[locale],
      ...followUpDocumentLabels[locale],
    },
    account: accountLabels[locale],
    committee: committeeLabels[locale],
    stats: statsLabels[locale],
    representative: representativeLabels[locale],
    security: securityLabels[locale],
  };
}
