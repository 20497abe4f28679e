import { describe, expect, it } from 'vitest';
import { sessionKindProfiles, type SessionKind } from '../session/session-kind.js';
import { satisfactionBallot, type Ballot } from '../vote/ballot-type.js';
import { computeResult, emptyCounts, type ChoiceCounts } from '../vote/result.js';
import type { ReportQuestion, SessionReport } from './session-report.js';
import { renderSessionReportHtml, reportAnnexes, reportTitle } from './session-report-html.js';

// Each kind of session gets its own report: the title and opening sentence name the kind, the
// tables' columns follow what is voted on and how, and every result carries its rule and note.
// Built in memory from computeResult, as a round's stored result is.

const issuer = '云溪县人大常委会办公室';

function reportOf(kind: SessionKind, questions: ReportQuestion[], title = '2025年第一次'): SessionReport {
  const settings = sessionKindProfiles[kind].settings;
  return {
    session: {
      id: 's',
      title,
      theme: '民生',
      kind,
      scheduledAt: new Date('2025-06-10T02:00:00Z'),
      studioElectorate: 30,
      rehearsal: false,
      onlineIdentity: settings.onlineIdentity,
      studioWeight: settings.studioWeight,
      onlineWeight: settings.onlineWeight,
    },
    summary: null,
    questions,
    items: [],
    generatedAt: new Date('2025-06-11T02:00:00Z'),
  };
}

function item(
  kind: SessionKind,
  position: number,
  fields: Partial<ReportQuestion>,
  studio: ChoiceCounts,
  online: ChoiceCounts = {},
  ballot: Ballot = satisfactionBallot,
): ReportQuestion {
  const counts = emptyCounts();
  counts.STUDIO = studio;
  counts.ONLINE = online;
  return {
    id: `q${position}`,
    position,
    title: `议题${position}`,
    subject: sessionKindProfiles[kind].subject,
    questioner: '',
    respondent: '',
    departmentName: '',
    district: null,
    budget: null,
    ballotType: ballot.type,
    candidateDepartments: ballot.candidates.map(() => null),
    audienceQuestions: [],
    result: computeResult(counts, sessionKindProfiles[kind].settings, 30, ballot),
    roundStatus: 'PUBLISHED',
    ...fields,
  };
}

/** The report's text without tags, so sentences split by markup read whole. */
const text = (html: string) =>
  html
    .replace(/<br>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');
/** The header cells of the report's tables. */
const heads = (html: string) => [...html.matchAll(/<th>(.*?)<\/th>/g)].map((m) => m[1]!.replace(/<br>/g, ''));

describe('the report of each kind of session', () => {
  it('names the kind in its title without saying it twice', () => {
    expect(reportTitle('2025年第一次', 'SPECIAL_INQUIRY')).toBe('关于2025年第一次专题询问情况的报告');
    expect(reportTitle('2025年第一次', 'REPORT_ASSESSMENT')).toBe('关于2025年第一次报告满意度测评情况的报告');
    expect(reportTitle('2025年民生实事项目代表票决', 'PROJECT_VOTE')).toBe('关于2025年民生实事项目代表票决情况的报告');
    expect(reportTitle('2025年第一次', 'REPRESENTATIVE_REVIEW')).toBe('关于2025年第一次选民评议代表情况的报告');
    expect(reportTitle('2025年回头看', 'LOOK_BACK')).toBe('关于2025年回头看情况的报告');
    expect(reportTitle('2025年第一期')).toBe('关于2025年第一期电视问政情况的报告');
  });

  it('专题询问: the roll alone votes, so the table has no online columns; grades and the rule are printed', () => {
    const report = reportOf('SPECIAL_INQUIRY', [
      item(
        'SPECIAL_INQUIRY',
        1,
        { title: '义务教育均衡发展', departmentName: '县教育局', respondent: '教育局局长' },
        { SATISFIED: 14, BASICALLY_SATISFIED: 6, UNSATISFIED: 2 },
      ),
      item(
        'SPECIAL_INQUIRY',
        2,
        { title: '校车安全', departmentName: '县教育局', respondent: '教育局副局长' },
        { SATISFIED: 4, BASICALLY_SATISFIED: 10, UNSATISFIED: 4 },
      ),
    ]);
    const html = renderSessionReportHtml(report, issuer);
    expect(text(html)).toContain('关于2025年第一次专题询问情况的报告');
    expect(text(html)).toContain('举办“2025年第一次”专题询问活动');
    expect(heads(html)).toEqual(['序号', '问题', '应询部门应询人', '现场票数', '现场满意率', '综合满意度', '测评结果']);
    // 20 of 22 → 90.9% 满意; 14 of 18 → 77.8% 基本满意 (between 60 and 80).
    expect(text(html)).toContain('已完成测评 2 个，其中测评结果为满意 1 个、基本满意 1 个');
    expect(text(html)).toContain('测评结果：基本满意');
    expect(text(html)).toContain('表决规则：满意率（满意＋基本满意）≥ 80% 为满意，60%–80% 为基本满意，低于 60% 为不满意。');
    expect(reportAnnexes(report).situationNotices).toHaveLength(0);
  });

  it('报告满意度测评: 报告单位 and 报告人; an unsatisfied report gets its 情况通报', () => {
    const report = reportOf('REPORT_ASSESSMENT', [
      item(
        'REPORT_ASSESSMENT',
        1,
        { title: '2024年度环境状况报告', departmentName: '县生态环境局', respondent: '环境局局长' },
        { SATISFIED: 5, BASICALLY_SATISFIED: 3, UNSATISFIED: 12 },
      ),
    ]);
    const html = renderSessionReportHtml(report, issuer);
    expect(text(html)).toContain('举办“2025年第一次”报告满意度测评活动');
    expect(text(html)).toContain('本场共安排报告 1 项，涉及县生态环境局等 1 个报告单位');
    expect(heads(html).slice(1, 3)).toEqual(['报告', '报告单位报告人']);
    expect(text(html)).toContain('报告单位：县生态环境局 报告人：环境局局长');
    expect(text(html)).toContain('县生态环境局（报告人：环境局局长）提交的“2024年度环境状况报告”，经现场测评，综合满意度为 40.0%');
    expect(reportAnnexes(report).situationNotices.map((q) => q.id)).toEqual(['q1']);
  });

  it('民生实事项目票决: 赞成/反对/弃权 and 通过; candidates with their votes, share and 当选; ties in words', () => {
    const projects: Ballot = {
      type: 'CHOOSE_UP_TO_N',
      candidates: [
        { label: '甲', detail: null, departmentId: 'd1' },
        { label: '乙', detail: null, departmentId: 'd2' },
        { label: '丙', detail: null, departmentId: null },
      ],
      maxChoices: 1,
    };
    const report = reportOf(
      'PROJECT_VOTE',
      [
        item(
          'PROJECT_VOTE',
          1,
          { title: '城市书房', departmentName: '县文旅局', budget: 300 },
          { FOR: 12, AGAINST: 10, ABSTAIN: 2 },
          {},
          { type: 'APPROVAL', candidates: [], maxChoices: 1 },
        ),
        item(
          'PROJECT_VOTE',
          2,
          { title: '停车场', departmentName: '县交通局', budget: 120.5 },
          { FOR: 18, AGAINST: 2 },
          {},
          { type: 'APPROVAL', candidates: [], maxChoices: 1 },
        ),
        item(
          'PROJECT_VOTE',
          3,
          { title: '候选项目', candidateDepartments: ['县住建局', '县城管局', null] },
          { 'P:0': 16, 'P:1': 16, 'P:2': 2 },
          {},
          projects,
        ),
      ],
      '2025年民生实事项目代表票决',
    );
    const html = renderSessionReportHtml(report, issuer);
    expect(text(html)).toContain('举办“2025年民生实事项目代表票决”民生实事项目票决活动');
    expect(text(html)).toContain('预算合计 420.5 万元');
    expect(heads(html).slice(0, 9)).toEqual(['序号', '项目', '牵头单位', '预算', '赞成', '反对', '弃权', '赞成比例', '票决结果']);
    // 12 of a roll of 30 is 40%: not more than half of the whole roll.
    expect(text(html)).toContain('<td class="n">1</td>城市书房县文旅局300 万元1210240.0%未通过'.replace(/<[^>]+>/g, ''));
    expect(text(html)).toContain('赞成票占 60.0%，票决结果：通过');
    expect(text(html)).toContain('表决规则：赞成票超过名册全体 30 人的半数为通过');
    expect(heads(html).slice(9)).toEqual(['序号', '候选项目', '牵头单位', '得票', '得票率', '结果']);
    expect(text(html)).toContain('1甲县住建局1653.3%—');
    expect(text(html)).toContain('甲、乙得票相同，争剩余 1 个名额，按事先公布的规则另行表决');
    expect(text(html)).toContain('票决结果：票数相同，另行表决');
    expect(text(html)).toContain('已完成票决 3 个，其中通过 1 个、未通过 1 个、票数相同，另行表决 1 个');
    expect(reportAnnexes(report).situationNotices).toHaveLength(0);
  });

  it('选民评议代表: each representative with the district; online only; no promise line', () => {
    const report = reportOf('REPRESENTATIVE_REVIEW', [
      item(
        'REPRESENTATIVE_REVIEW',
        1,
        { title: '李明代表履职', respondent: '李明', district: '第三选区' },
        {},
        { SATISFIED: 30, UNSATISFIED: 3 },
      ),
      item(
        'REPRESENTATIVE_REVIEW',
        2,
        { title: '王芳代表履职', respondent: '王芳', district: '第五选区' },
        {},
        { SATISFIED: 5, UNSATISFIED: 20 },
      ),
    ]);
    const html = renderSessionReportHtml(report, issuer);
    expect(text(html)).toContain('举办“2025年第一次”选民评议代表活动');
    expect(text(html)).toContain('本场共安排代表 2 名，涉及第三选区、第五选区等 2 个选区');
    expect(heads(html)).toEqual(['序号', '代表', '选区', '网络票数', '网络满意率', '综合满意度', '测评结果']);
    expect(text(html)).toContain('（一）李明代表');
    expect(text(html)).toContain('网络测评（名册验证）：满意 30 票');
    expect(text(html)).not.toContain('整改承诺');
    expect(text(html)).toContain('王芳代表（第五选区）的履职情况，经网络测评');
    expect(text(html)).toContain('请王芳代表高度重视');
  });

  it('回头看: names the look-back', () => {
    const report = reportOf(
      'LOOK_BACK',
      [
        item(
          'LOOK_BACK',
          1,
          { title: '回头看：路灯', departmentName: '县城管局', respondent: '城管局局长' },
          { SATISFIED: 10 },
          { SATISFIED: 5 },
        ),
      ],
      '2025年回头看',
    );
    const html = renderSessionReportHtml(report, issuer);
    expect(text(html)).toContain('举办“2025年回头看”回头看测评活动');
    expect(text(html)).toContain('回头看测评及整改办理情况');
  });
});
