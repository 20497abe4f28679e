import { describe, expect, it } from 'vitest';
import { sessionKindProfiles } from '../session/session-kind.js';
import type { ReportItem, SessionReport } from './session-report.js';
import { renderSessionReportHtml } from './session-report-html.js';

// 问责 in the session report: every measure and referral of an item is listed by kind and date;
// the official's name and the 文号 only where staff published the record.

const settings = sessionKindProfiles.TV_QUESTIONING.settings;
const item: ReportItem = {
  id: 'f1',
  questionId: 'q1',
  title: '背街小巷路面破损',
  commitment: '一个月内完成修补。',
  deadline: new Date('2026-12-30T15:59:59Z'),
  status: 'REOPENED',
  overdue: false,
  handlingRound: 2,
  progress: 0,
  departmentName: '县住建局',
  coDepartments: null,
  dispatchedAt: new Date('2026-11-01T02:00:00Z'),
  closedAt: null,
  subItems: 0,
  latestNotice: null,
  accountability: [
    {
      kind: 'MEASURE',
      measure: 'TALK',
      body: null,
      takenOn: '2026-12-01',
      published: false,
      officialName: '钱立新',
      officialPost: '副局长',
      referenceNumber: null,
    },
    {
      kind: 'MEASURE',
      measure: 'ADMONITION',
      body: null,
      takenOn: '2026-12-02',
      published: true,
      officialName: '孙明',
      officialPost: '科长',
      referenceNumber: null,
    },
    {
      kind: 'REFERRAL',
      measure: null,
      body: 'AUDIT',
      takenOn: '2026-12-02',
      published: false,
      officialName: null,
      officialPost: null,
      referenceNumber: '移〔2026〕7号',
    },
  ],
};
const report: SessionReport = {
  session: {
    id: 's',
    title: '2026年第四季度电视问政',
    theme: '城市道路管理',
    kind: 'TV_QUESTIONING',
    scheduledAt: new Date('2026-11-01T02:00:00Z'),
    studioElectorate: 30,
    rehearsal: false,
    onlineIdentity: settings.onlineIdentity,
    studioWeight: settings.studioWeight,
    onlineWeight: settings.onlineWeight,
  },
  summary: null,
  questions: [
    {
      id: 'q1',
      position: 1,
      title: '背街小巷路面破损',
      subject: 'ANSWER',
      questioner: '王建华',
      respondent: '李明',
      departmentName: '县住建局',
      district: null,
      budget: null,
      ballotType: 'SATISFACTION',
      candidateDepartments: [],
      audienceQuestions: [],
      result: null,
      roundStatus: null,
    },
  ],
  items: [item],
  generatedAt: new Date('2026-12-02T02:00:00Z'),
};

describe('问责 in the session report', () => {
  it('lists each measure and referral by kind and date, with names and 文号 only where published', () => {
    const text = renderSessionReportHtml(report, '云溪县人大常委会办公室').replace(/<[^>]+>/g, '');
    expect(text).toContain('问责情况：约谈（2026年12月1日）；诫勉（2026年12月2日，孙明（科长））；移送审计机关（2026年12月2日）。');
    expect(text).not.toContain('钱立新');
    expect(text).not.toContain('移〔2026〕7号');
  });
});
