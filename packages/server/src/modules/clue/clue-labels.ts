import type { ClueStatus, RejectReason } from './clue-status.js';

export type Language = 'zh' | 'en';

/** Words for documents the server writes itself (exports); the web app has its own, per language. Category names are data (clue_category). */
export const clueLabels: Record<
  Language,
  {
    sheet: string;
    columns: [header: string, width: number][];
    general: string;
    yes: string;
    no: string;
    anonymous: string;
    statuses: Record<ClueStatus, string>;
    rejectReasons: Record<RejectReason, string>;
  }
> = {
  zh: {
    sheet: '问题线索',
    columns: [
      ['查询码', 14],
      ['提交时间', 20],
      ['问政活动', 30],
      ['标题', 30],
      ['描述', 60],
      ['分类', 12],
      ['地点', 24],
      ['状态', 10],
      ['公开', 6],
      ['附议数', 8],
      ['部门', 22],
      ['转为问题', 30],
      ['不予采纳原因', 16],
      ['公开答复', 40],
      ['反映人', 12],
      ['电话（脱敏）', 14],
    ],
    general: '日常反映',
    yes: '是',
    no: '否',
    anonymous: '匿名',
    statuses: { SUBMITTED: '待处理', ACCEPTED: '已采纳', MERGED: '已合并', REJECTED: '不予采纳', REFERRED: '已转办' },
    rejectReasons: {
      OUT_OF_SCOPE: '不属于本次问政范围',
      INSUFFICIENT_INFORMATION: '信息不完整',
      ALREADY_RESOLVED: '已解决',
      NOT_GOVERNMENT_DUTY: '不属于政府职责',
      IN_LEGAL_PROCEEDINGS: '涉法涉诉',
      INAPPROPRIATE: '内容不当',
      OTHER: '其他',
    },
  },
  en: {
    sheet: 'Clues',
    columns: [
      ['Tracking code', 14],
      ['Submitted', 20],
      ['Session', 30],
      ['Title', 30],
      ['Description', 60],
      ['Category', 14],
      ['Place', 24],
      ['Status', 12],
      ['Published', 10],
      ['Supports', 9],
      ['Department', 22],
      ['Question', 30],
      ['Reject reason', 20],
      ['Public reply', 40],
      ['Submitter', 12],
      ['Phone (masked)', 14],
    ],
    general: 'General submission',
    yes: 'yes',
    no: 'no',
    anonymous: 'anonymous',
    statuses: { SUBMITTED: 'Pending', ACCEPTED: 'Accepted', MERGED: 'Merged', REJECTED: 'Rejected', REFERRED: 'Referred' },
    rejectReasons: {
      OUT_OF_SCOPE: 'Out of scope',
      INSUFFICIENT_INFORMATION: 'Insufficient information',
      ALREADY_RESOLVED: 'Already resolved',
      NOT_GOVERNMENT_DUTY: 'Not a government duty',
      IN_LEGAL_PROCEEDINGS: 'In legal proceedings',
      INAPPROPRIATE: 'Inappropriate',
      OTHER: 'Other',
    },
  },
};
