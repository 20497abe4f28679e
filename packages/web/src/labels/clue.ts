import type { ClueCategory, ClueStatus, RejectReason } from '../gql/graphql';
import { defineLabels } from './defineLabels';

// A clue's category, status and reason for rejection: the staff board's words. The public clue pages
// use the categories as they are and word a few statuses and reasons for the submitter.
export const clueLabels = defineLabels({
  'zh-CN': {
    category: {
      PROPERTY_SERVICE: '物业服务',
      MAINTENANCE_FUND: '维修资金',
      ILLEGAL_BUILDING: '违章建筑',
      FEES: '收费公示',
      FIRE_SAFETY: '消防安全',
      PARKING: '停车管理',
      SANITATION: '环境卫生',
      FACILITIES: '设施维修',
      TRANSPORT: '交通出行',
      EDUCATION: '教育',
      HEALTH: '医疗卫生',
      SOCIAL_SECURITY: '社会保障',
      MARKET: '市场监管',
      OTHER: '其他',
    } satisfies Record<ClueCategory, string>,
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
    category: {
      PROPERTY_SERVICE: 'Property services',
      MAINTENANCE_FUND: 'Maintenance fund',
      ILLEGAL_BUILDING: 'Illegal building',
      FEES: 'Fees and disclosure',
      FIRE_SAFETY: 'Fire safety',
      PARKING: 'Parking',
      SANITATION: 'Sanitation',
      FACILITIES: 'Facilities repair',
      TRANSPORT: 'Transport',
      EDUCATION: 'Education',
      HEALTH: 'Health',
      SOCIAL_SECURITY: 'Social security',
      MARKET: 'Market regulation',
      OTHER: 'Other',
    },
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
