import { registerEnumType } from 'type-graphql';

// 公文 an item is given: 交办函 when it is dispatched, 督办函 on staff's word, 催办函 for a 催办 and for
// each rung of the escalation ladder, 情况通报 on staff's word (e.g. after an unsatisfied 回头看).
// Each kind has its own 文号 series per year.

export const FollowUpDocumentKind = { ASSIGN: 'ASSIGN', SUPERVISE: 'SUPERVISE', URGE: 'URGE', NOTICE: 'NOTICE' } as const;
export type FollowUpDocumentKind = (typeof FollowUpDocumentKind)[keyof typeof FollowUpDocumentKind];
export const followUpDocumentKinds = Object.values(FollowUpDocumentKind);
registerEnumType(FollowUpDocumentKind, {
  name: 'FollowUpDocumentKind',
  description: 'ASSIGN (交办函), SUPERVISE (督办函), URGE (催办函), NOTICE (情况通报)',
});

/** The document's title as printed. */
export const documentTitles: Record<FollowUpDocumentKind, string> = {
  ASSIGN: '交办函',
  SUPERVISE: '督办函',
  URGE: '催办函',
  NOTICE: '情况通报',
};

/** The 文号 prefix of each kind until staff set their own (人大办 + 交/督/催/通). */
export const DEFAULT_PREFIXES: Record<FollowUpDocumentKind, string> = {
  ASSIGN: '人大办交',
  SUPERVISE: '人大办督',
  URGE: '人大办催',
  NOTICE: '人大办通',
};

/** 云人办交〔2026〕12号: the prefix, the year in 六角括号, the sequence. */
export const documentNumber = (prefix: string, year: number, sequence: number) => `${prefix}〔${year}〕${sequence}号`;

/** A 文号 prefix: a few CJK characters or letters, nothing that could break the number's shape. */
export const PREFIX_PATTERN = /^[\p{Script=Han}A-Za-z0-9]{1,20}$/u;
