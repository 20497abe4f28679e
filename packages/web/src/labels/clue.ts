import type { ClueStatus, RejectReason } from '../gql/graphql';
import { defineLabels } from './defineLabels';

// A clue's status and reason for rejection: the staff board's words. The public clue pages word a
// few statuses and reasons for the submitter. Categories are data staff keep: their names come with them.
export const clueLabels = defineLabels({
  'zh-CN': {
    status: {
      SUBMITTED: '待处理',
      ACCEPTED: '已采纳',
      MERGED: '已合并',
      REJECTED: '不予采纳',
      REFERRED: '已转办',
    } satisfies Record<ClueStatus, string>,
    rejectReason: {
      OUT_OF_SCOPE: '不属于本次问政范围',
      INSUFFICIENT_INFORMATION: '信息不完整',
      ALREADY_RESOLVED: '已解决',
      NOT_GOVERNMENT_DUTY: '不属于政府职责',
      IN_LEGAL_PROCEEDINGS: '涉法涉诉',
      INAPPROPRIATE: '内容不当',
      OTHER: '其他',
    } satisfies Record<RejectReason, string>,
  },
  en: {
    status: {
      SUBMITTED: 'Pending',
      ACCEPTED: 'Accepted',
      MERGED: 'Merged',
      REJECTED: 'Rejected',
      REFERRED: 'Referred',
    },
    rejectReason: {
      OUT_OF_SCOPE: 'Out of this session’s scope',
      INSUFFICIENT_INFORMATION: 'Insufficient information',
      ALREADY_RESOLVED: 'Already resolved',
      NOT_GOVERNMENT_DUTY: 'Not a government duty',
      IN_LEGAL_PROCEEDINGS: 'In legal proceedings',
      INAPPROPRIATE: 'Inappropriate content',
      OTHER: 'Other',
    },
  },
});
