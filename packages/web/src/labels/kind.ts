import type { BallotType, PassingBase, SessionKind, SubjectKind } from '../gql/graphql';
import { defineLabels } from './defineLabels';

// The kinds of session (测评 and 票决), what their agenda items are about, and their ballots: the
// words every surface uses for them (planning, console, phones, screen, results, statistics).
// Terms: 测评 = voting satisfaction; 票决 = voting on projects; 议题 = an agenda item in general.
export const kindLabels = defineLabels({
  'zh-CN': {
    kind: {
      TV_QUESTIONING: '电视问政',
      SPECIAL_INQUIRY: '专题询问',
      REPORT_ASSESSMENT: '报告满意度测评',
      PROJECT_VOTE: '民生实事项目票决',
      REPRESENTATIVE_REVIEW: '选民评议代表',
      LOOK_BACK: '回头看',
    } satisfies Record<SessionKind, string>,
    kindShort: {
      TV_QUESTIONING: '问政',
      SPECIAL_INQUIRY: '询问',
      REPORT_ASSESSMENT: '报告测评',
      PROJECT_VOTE: '项目票决',
      REPRESENTATIVE_REVIEW: '评议代表',
      LOOK_BACK: '回头看',
    } satisfies Record<SessionKind, string>,
    kindHint: {
      TV_QUESTIONING: '代表和群众在演播室提问，应询部门负责人现场答复，现场与网络观众进行满意度测评。',
      SPECIAL_INQUIRY: '常委会组成人员就专题一问一答，逐项由名册内人员进行满意度测评。',
      REPORT_ASSESSMENT: '听取专项工作报告后，由名册内人员对每份报告进行满意度测评。',
      PROJECT_VOTE: '代表对民生实事候选项目进行票决，可逐项表决或差额选出若干项。',
      REPRESENTATIVE_REVIEW: '代表述职后，选区选民凭名册在网上对每位代表进行满意度测评。',
      LOOK_BACK: '对已办结的整改事项再次测评，检验整改效果。',
    } satisfies Record<SessionKind, string>,
    subject: {
      ANSWER: '应询部门的答复',
      REPORT: '工作报告',
      PROJECT: '民生实事项目',
      REPRESENTATIVE: '代表履职',
    } satisfies Record<SubjectKind, string>,
    item: {
      ITEM: '议题',
      ANSWER: '问题',
      REPORT: '报告',
      PROJECT: '项目',
      REPRESENTATIVE: '代表',
    } satisfies Record<SubjectKind | 'ITEM', string>,
    /** The agenda noun of a kind, for sentences ("添加{item}"); lowercase in English. */
    itemOfKind: {
      TV_QUESTIONING: '问题',
      SPECIAL_INQUIRY: '问题',
      REPORT_ASSESSMENT: '报告',
      PROJECT_VOTE: '项目',
      REPRESENTATIVE_REVIEW: '代表',
      LOOK_BACK: '议题',
    } satisfies Record<SessionKind, string>,
    itemCount: {
      ITEM: '{count} 个议题',
      ANSWER: '{count} 个问题',
      REPORT: '{count} 份报告',
      PROJECT: '{count} 个项目',
      REPRESENTATIVE: '{count} 名代表',
    } satisfies Record<SubjectKind | 'ITEM', string>,
    ballotType: {
      SATISFACTION: '满意度测评',
      APPROVAL: '逐项票决（赞成／反对／弃权）',
      CHOOSE_UP_TO_N: '差额票决（限选若干项）',
    } satisfies Record<BallotType, string>,
    ballotTypeShort: {
      SATISFACTION: '测评',
      APPROVAL: '逐项票决',
      CHOOSE_UP_TO_N: '差额票决',
    } satisfies Record<BallotType, string>,
    vote: {
      SATISFACTION: '测评',
      APPROVAL: '票决',
      CHOOSE_UP_TO_N: '票决',
    } satisfies Record<BallotType, string>,
    passingBase: {
      VALID_BALLOTS: '有效票',
      WHOLE_ROLL: '全体代表',
    } satisfies Record<PassingBase, string>,
  },
  en: {
    kind: {
      TV_QUESTIONING: 'TV questioning',
      SPECIAL_INQUIRY: 'Special inquiry',
      REPORT_ASSESSMENT: 'Report assessment',
      PROJECT_VOTE: 'Project vote',
      REPRESENTATIVE_REVIEW: 'Representative review',
      LOOK_BACK: 'Look-back',
    },
    kindShort: {
      TV_QUESTIONING: 'Questioning',
      SPECIAL_INQUIRY: 'Inquiry',
      REPORT_ASSESSMENT: 'Reports',
      PROJECT_VOTE: 'Projects',
      REPRESENTATIVE_REVIEW: 'Representatives',
      LOOK_BACK: 'Look-back',
    },
    kindHint: {
      TV_QUESTIONING:
        'Representatives and residents ask in the studio, department heads answer on air, and the studio and online audience rate each answer.',
      SPECIAL_INQUIRY: 'Standing committee members question on one topic, one answer at a time, each rated by the roll.',
      REPORT_ASSESSMENT: 'After hearing work reports, the roll rates its satisfaction with each report.',
      PROJECT_VOTE: 'Representatives vote on candidate public-service projects, one by one or choosing several from a list.',
      REPRESENTATIVE_REVIEW: 'After representatives report on their work, voters on the roster rate each of them online.',
      LOOK_BACK: 'Completed follow-up items are rated again to check the results.',
    },
    subject: {
      ANSWER: 'A department’s answer',
      REPORT: 'Work report',
      PROJECT: 'Public-service project',
      REPRESENTATIVE: 'Representative’s work',
    },
    item: {
      ITEM: 'Item',
      ANSWER: 'Question',
      REPORT: 'Report',
      PROJECT: 'Project',
      REPRESENTATIVE: 'Representative',
    },
    itemOfKind: {
      TV_QUESTIONING: 'question',
      SPECIAL_INQUIRY: 'question',
      REPORT_ASSESSMENT: 'report',
      PROJECT_VOTE: 'project',
      REPRESENTATIVE_REVIEW: 'representative',
      LOOK_BACK: 'item',
    },
    itemCount: {
      ITEM: '{count} item | {count} items',
      ANSWER: '{count} question | {count} questions',
      REPORT: '{count} report | {count} reports',
      PROJECT: '{count} project | {count} projects',
      REPRESENTATIVE: '{count} representative | {count} representatives',
    },
    ballotType: {
      SATISFACTION: 'Satisfaction rating',
      APPROVAL: 'Yes/no vote (for, against, abstain)',
      CHOOSE_UP_TO_N: 'Choose up to N from a list',
    },
    ballotTypeShort: {
      SATISFACTION: 'Rating',
      APPROVAL: 'Yes/no',
      CHOOSE_UP_TO_N: 'Choose N',
    },
    vote: {
      SATISFACTION: 'rating',
      APPROVAL: 'vote',
      CHOOSE_UP_TO_N: 'vote',
    },
    passingBase: {
      VALID_BALLOTS: 'Valid ballots',
      WHOLE_ROLL: 'Whole roll',
    },
  },
});
