import type { SessionKind, SubjectKind } from '../session/session-kind.js';
import type { OnlineIdentity } from '../session/vote-settings.js';
import type { BallotType } from '../vote/ballot-type.js';
import { outcomes, quorumNote, type ChannelResult, type RoundResult } from '../vote/result.js';
import { outcomeLabel, statsLabels } from './stats-labels.js';
import type { ReportItem, ReportQuestion, SessionReport } from './session-report.js';
import { bodyNames, measureNames } from '../follow-up/oversight-terms.js';

// The session report as one HTML document for Chromium to print on A4, in the layout of official
// documents (公文): a red masthead with the issuer, a centred title, numbered sections, the issuer
// and date at the end; then a 督办通知 page per follow-up item and a 情况通报 page per unsatisfied
// result. Each kind of session has its own wording (电视问政, 专题询问, 报告满意度测评, 民生实事项目
// 票决, 选民评议代表, 回头看); the tables' columns follow what is voted on (an answer, a report, a
// project, a representative) and how (a satisfaction grade, 赞成/反对/弃权, or candidates), and every
// result is printed with its published rule and any note. Every value from the database is escaped;
// the page loads nothing and runs no script.

const labels = statsLabels.zh;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const e = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : escapeHtml(String(value)));

const dayFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' });
/** A date as official documents write it, in China Standard Time: 2025年3月10日. */
export const chineseDate = (date: Date) => dayFormat.format(date);
const rate = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value.toFixed(1)}%`);

/** What a kind of session is called in a report, what it votes on, and what its items are called. */
interface KindWords {
  /** The activity, in the title and the opening sentence. */
  name: string;
  /** Words in a session title that already name the kind (so the title does not say it twice). */
  named: RegExp;
  /** The agenda item: 问题, 报告, 项目, 代表. */
  item: string;
  /** The item's count word: 个, 项, 名. */
  measure: string;
  /** The vote: 测评 or 票决. */
  vote: string;
  /** Section three's heading. */
  details: string;
  /** What a follow-up item of this kind carries out: 整改承诺, 整改要求, 实施事项. */
  promise: string;
}

const kindWords: Record<SessionKind, KindWords> = {
  TV_QUESTIONING: {
    name: '电视问政',
    named: /问政/,
    item: '问题',
    measure: '个',
    vote: '测评',
    details: '问题测评及整改承诺办理情况',
    promise: '整改承诺',
  },
  SPECIAL_INQUIRY: {
    name: '专题询问',
    named: /专题询问/,
    item: '问题',
    measure: '个',
    vote: '测评',
    details: '询问测评及整改承诺办理情况',
    promise: '整改承诺',
  },
  REPORT_ASSESSMENT: {
    name: '报告满意度测评',
    named: /满意度测评/,
    item: '报告',
    measure: '项',
    vote: '测评',
    details: '报告测评及整改办理情况',
    promise: '整改要求',
  },
  PROJECT_VOTE: {
    name: '民生实事项目票决',
    named: /票决/,
    item: '项目',
    measure: '个',
    vote: '票决',
    details: '项目票决及实施办理情况',
    promise: '实施事项',
  },
  REPRESENTATIVE_REVIEW: {
    name: '选民评议代表',
    named: /评议代表/,
    item: '代表',
    measure: '名',
    vote: '测评',
    details: '代表评议情况',
    promise: '整改承诺',
  },
  LOOK_BACK: {
    name: '回头看测评',
    named: /回头看/,
    item: '事项',
    measure: '项',
    vote: '测评',
    details: '回头看测评及整改办理情况',
    promise: '整改承诺',
  },
};

/** 关于…电视问政情况的报告 (…专题询问…, …民生实事项目票决…), without naming the kind twice when the session's title already does. */
export function reportTitle(sessionTitle: string, kind: SessionKind = 'TV_QUESTIONING'): string {
  const words = kindWords[kind] ?? kindWords.TV_QUESTIONING;
  return words.named.test(sessionTitle) ? `关于${sessionTitle}情况的报告` : `关于${sessionTitle}${words.name}情况的报告`;
}

/** The columns an item's subject gets in the results table, and its facts line. */
interface SubjectColumns {
  heads: [title: string, width: number][];
  /** Each cell's HTML, escaped. */
  cells: (q: ReportQuestion) => string[];
  facts: (q: ReportQuestion) => string;
}

const budgetText = (budget: number | null) => (budget === null ? '—' : `${budget} 万元`);

const subjectColumns: Record<SubjectKind, SubjectColumns> = {
  ANSWER: {
    heads: [
      ['问题', 26],
      ['应询部门<br>应询人', 18],
    ],
    cells: (q) => [e(q.title), `${e(q.departmentName)}<br><span class="who">${e(q.respondent)}</span>`],
    facts: (q) => `应询部门：${e(q.departmentName)}　应询人：${e(q.respondent)}${q.questioner ? `　提问人：${e(q.questioner)}` : ''}`,
  },
  REPORT: {
    heads: [
      ['报告', 26],
      ['报告单位<br>报告人', 18],
    ],
    cells: (q) => [e(q.title), `${e(q.departmentName)}<br><span class="who">${e(q.respondent)}</span>`],
    facts: (q) => `报告单位：${e(q.departmentName)}　报告人：${e(q.respondent)}`,
  },
  PROJECT: {
    heads: [
      ['项目', 26],
      ['牵头单位', 14],
      ['预算', 10],
    ],
    cells: (q) => [e(q.title), e(q.departmentName || '—'), e(budgetText(q.budget))],
    facts: (q) => `牵头单位：${e(q.departmentName || '—')}　预算：${e(budgetText(q.budget))}`,
  },
  REPRESENTATIVE: {
    heads: [
      ['代表', 20],
      ['选区', 20],
    ],
    cells: (q) => [e(q.respondent), e(q.district ?? '—')],
    facts: (q) => `代表：${e(q.respondent)}　选区：${e(q.district ?? '—')}`,
  },
};

/** The item's name in running text: a representative by name, anything else by its title. */
const itemName = (q: ReportQuestion) => (q.subject === 'REPRESENTATIVE' ? `${q.respondent}代表` : `“${q.title}”`);

const chineseNumbers = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const section = (n: number) => chineseNumbers[n - 1] ?? String(n);
const channel = (result: RoundResult | null, name: 'STUDIO' | 'ONLINE'): ChannelResult | undefined =>
  result?.channels.find((c) => c.channel === name);

function masthead(issuer: string): string {
  return `<header class="masthead"><div class="issuer">${e(issuer)}</div><div class="rule"></div></header>`;
}

function signOff(issuer: string, date: Date): string {
  return `<div class="sign-off"><div>${e(issuer)}</div><div>${e(chineseDate(date))}</div></div>`;
}

function channelSentence(name: string, c: ChannelResult | undefined): string {
  if (!c || c.total === 0) return `${name}：无有效票`;
  return `${name}：满意 ${c.satisfied} 票、基本满意 ${c.basicallySatisfied} 票、不满意 ${c.unsatisfied} 票，满意率 ${rate(c.satisfactionRate)}`;
}

/** 现场满意率 x%、网络满意率 y%, naming a channel without votes as such. */
function channelRates(result: RoundResult): string {
  return (['STUDIO', 'ONLINE'] as const)
    .map((name) => {
      const c = channel(result, name);
      const label = name === 'STUDIO' ? '现场' : '网络';
      return c && c.total > 0 ? `${label}满意率 ${rate(c.satisfactionRate)}` : `${label}测评无有效票`;
    })
    .join('、');
}

/** The online channel named with how its voters were known (the session's identity tier). */
const onlineChannelNames: Record<OnlineIdentity, string> = {
  DEVICE: '网络测评',
  PHONE_CODE: '网络测评（手机验证）',
  ROSTER: '网络测评（名册验证）',
};

const ballotOf = (q: ReportQuestion): BallotType => q.result?.ballotType ?? q.ballotType ?? 'SATISFACTION';

function outcomeText(q: ReportQuestion): string {
  if (!q.result) return ballotOf(q) === 'SATISFACTION' ? '未测评' : '未票决';
  return outcomeLabel({ ballotType: ballotOf(q), outcome: q.result.outcome }, 'zh') + (q.roundStatus === 'CLOSED' ? '（未公布）' : '');
}

/** The published rule, in a small line under the result (results stored before rules in words have none). */
const ruleLine = (result: RoundResult) => (result.rule ? `<p class="rule">表决规则：${e(result.rule)}。</p>` : '');

/** Any note (ties, a missed quorum) as a sentence. */
function noteSentence(result: RoundResult): string {
  const note = result.note ?? quorumNote(result);
  return note ? `${e(note)}。` : '';
}

function itemStatus(item: ReportItem, now: Date): string {
  const parts = [labels.followUpStatuses[item.status]];
  if (item.handlingRound > 1) parts.push(`第 ${item.handlingRound} 次办理`);
  if (item.status !== 'DRAFT' && item.status !== 'CLOSED') parts.push(`进度 ${item.progress}%`);
  if (item.overdue) parts.push(`已逾期 ${Math.max(1, Math.floor((now.getTime() - item.deadline.getTime()) / 86_400_000))} 天`);
  if (item.status === 'CLOSED' && item.closedAt) parts.push(`${chineseDate(item.closedAt)}办结`);
  return parts.join('，');
}

const words = (report: SessionReport) => kindWords[report.session.kind] ?? kindWords.TV_QUESTIONING;
/** The subject the session's items are about (the first item's; a session's items share the kind's subject). */
const subjectOf = (report: SessionReport): SubjectKind => report.questions[0]?.subject ?? 'ANSWER';

/** The channels a table shows: those the session weighs (a studio-only kind has no 网络 columns), or that had votes. */
function channelsShown(report: SessionReport): ('STUDIO' | 'ONLINE')[] {
  const shown = (['STUDIO', 'ONLINE'] as const).filter(
    (name) =>
      (name === 'STUDIO' ? report.session.studioWeight : report.session.onlineWeight) > 0 ||
      report.questions.some((q) => (channel(q.result, name)?.total ?? 0) > 0),
  );
  return shown.length ? shown : ['STUDIO', 'ONLINE'];
}
const channelShort = (name: 'STUDIO' | 'ONLINE') => (name === 'STUDIO' ? '现场' : '网络');

function openingSentence(report: SessionReport): string {
  const { session, questions } = report;
  const w = words(report);
  const subject = subjectOf(report);
  const departments = [...new Set(questions.map((q) => q.departmentName).filter(Boolean))];
  const held = `${e(chineseDate(session.scheduledAt))}，举办“${e(session.title)}”${w.name}活动，主题为“${e(session.theme)}”。`;
  const count = `本场共安排${w.item} ${questions.length} ${w.measure}`;
  if (subject === 'REPRESENTATIVE') {
    const districts = [...new Set(questions.map((q) => q.district).filter((d): d is string => !!d))];
    return `${held}${count}${districts.length ? `，涉及${e(districts.join('、'))}等 ${districts.length} 个选区` : ''}。`;
  }
  if (subject === 'PROJECT') {
    const budget = questions.reduce((sum, q) => sum + (q.budget ?? 0), 0);
    return (
      `${held}${count}，涉及牵头单位${e(departments.join('、')) || '—'}等 ${departments.length} 个` +
      (budget > 0 ? `，预算合计 ${Math.round(budget * 100) / 100} 万元` : '') +
      '。'
    );
  }
  const unit = subject === 'REPORT' ? '报告单位' : '部门';
  return `${held}${count}，涉及${e(departments.join('、')) || '—'}等 ${departments.length} 个${unit}。`;
}

/** How many items ended with each outcome, in words: 通过 2 项、未通过 1 项. */
function outcomeTally(questions: ReportQuestion[], measure: string): string {
  return outcomes
    .map((outcome) => {
      const those = questions.filter((q) => q.result?.outcome === outcome);
      return those.length ? `${outcomeText({ ...those[0]!, roundStatus: null })} ${those.length} ${measure}` : '';
    })
    .filter(Boolean)
    .join('、');
}

function summarySection(report: SessionReport): string {
  const { summary, questions, items } = report;
  const w = words(report);
  const voted = questions.filter((q) => q.result);
  const satisfaction = voted.filter((q) => ballotOf(q) === 'SATISFACTION');
  const ballots = voted.filter((q) => ballotOf(q) !== 'SATISFACTION');
  const lines: string[] = [openingSentence(report)];
  if (satisfaction.length) {
    const shown = channelsShown(report);
    const turnout = (s: NonNullable<typeof summary>) =>
      s.studioTurnoutRate !== null ? `（应参评代表 ${s.studioElectorate} 人，参评率 ${rate(s.studioTurnoutRate)}）` : '';
    const channelPart = !summary
      ? ''
      : `${shown
          .map((name) =>
            name === 'STUDIO'
              ? `现场测评共 ${summary.studio.total} 票${turnout(summary)}，满意率 ${rate(summary.studio.satisfactionRate)}`
              : `网络测评共 ${summary.online.total} 票，满意率 ${rate(summary.online.satisfactionRate)}`,
          )
          .join('；')}；各${w.item}综合满意度平均为 ${rate(summary.composite)}。`;
    lines.push(`已完成测评 ${satisfaction.length} ${w.measure}，其中测评结果为${outcomeTally(satisfaction, w.measure)}。${channelPart}`);
  }
  if (ballots.length) lines.push(`已完成票决 ${ballots.length} ${w.measure}，其中${outcomeTally(ballots, w.measure)}。`);
  if (!voted.length) lines.push(`本场尚无${w.vote}结果。`);
  const count = (statuses: string[]) => items.filter((i) => statuses.includes(i.status)).length;
  if (items.length) {
    lines.push(
      `${w.vote}后共形成督办事项 ${items.length} 项：已办结 ${count(['CLOSED'])} 项，` +
        `正在办理 ${count(['DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'SENT_BACK', 'REOPENED'])} 项，` +
        `已报送待审核或回头看 ${count(['REPORTED', 'APPROVED', 'EVALUATING'])} 项，待交办 ${count(['DRAFT'])} 项，退回待定 ${count(['RETURNED'])} 项；` +
        `其中逾期 ${items.filter((i) => i.overdue).length} 项，二次办理 ${items.filter((i) => i.handlingRound > 1).length} 项。`,
    );
  }
  return lines.map((l) => `<p>${l}</p>`).join('');
}

/** A table of columns with widths in percent (they are scaled to add up to 100). */
function table(heads: [string, number][], body: string): string {
  const total = heads.reduce((sum, [, w]) => sum + w, 0);
  const cols = heads.map(([, w]) => `<col style="width:${Math.round((w / total) * 1000) / 10}%">`).join('');
  return `<table class="results"><colgroup>${cols}</colgroup><thead><tr>${heads.map(([h]) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`;
}

const outcomeCell = (q: ReportQuestion) =>
  `<td class="c ${q.result?.outcome === 'UNSATISFIED' || q.result?.outcome === 'REJECTED' ? 'bad' : ''}">${e(outcomeText(q))}</td>`;
const textCells = (html: string[]) => html.map((v) => `<td>${v}</td>`).join('');

/** SATISFACTION: each channel's ballots and rate, the composite and the grade (满意 / 基本满意 / 不满意). */
function satisfactionTable(report: SessionReport, questions: ReportQuestion[], subject: SubjectColumns): string {
  const shown = channelsShown(report);
  const rows = questions
    .map((q) => {
      const channels = shown
        .map((name) => {
          const c = channel(q.result, name);
          return `<td class="n">${c?.total ?? '—'}</td><td class="n">${rate(c?.satisfactionRate)}</td>`;
        })
        .join('');
      return `<tr><td class="n">${q.position}</td>${textCells(subject.cells(q))}${channels}<td class="n">${rate(q.result?.composite)}</td>${outcomeCell(q)}</tr>`;
    })
    .join('');
  return table(
    [
      ['序号', 5],
      ...subject.heads,
      ...shown.flatMap((name): [string, number][] => [
        [`${channelShort(name)}<br>票数`, 8],
        [`${channelShort(name)}<br>满意率`, 9],
      ]),
      ['综合<br>满意度', 9],
      ['测评结果', 12],
    ],
    rows,
  );
}

/** APPROVAL: 赞成 / 反对 / 弃权 (both channels together), the share in favour and 通过 / 未通过. */
function approvalTable(questions: ReportQuestion[], subject: SubjectColumns): string {
  const rows = questions
    .map((q) => {
      const votes = [0, 1, 2].map((i) => {
        const o = q.result?.options?.[i];
        return `<td class="n">${o ? o.studio + o.online : '—'}</td>`;
      });
      return `<tr><td class="n">${q.position}</td>${textCells(subject.cells(q))}${votes.join('')}<td class="n">${rate(q.result?.composite)}</td>${outcomeCell(q)}</tr>`;
    })
    .join('');
  return table([['序号', 5], ...subject.heads, ['赞成', 8], ['反对', 8], ['弃权', 8], ['赞成<br>比例', 9], ['票决结果', 12]], rows);
}

/** CHOOSE_UP_TO_N: one row per candidate with its lead department, votes, share and whether it was chosen (当选). */
function candidatesTable(q: ReportQuestion): string {
  const options = q.result?.options ?? [];
  const rows = options
    .map((o, i) => {
      const department = q.candidateDepartments[i] ?? null;
      return `<tr><td class="n">${i + 1}</td><td>${e(o.label)}</td><td>${e(department ?? '—')}</td><td class="n">${o.studio + o.online}</td><td class="n">${rate(o.share)}</td><td class="c ${o.elected ? 'good' : ''}">${o.elected ? '当选' : '—'}</td></tr>`;
    })
    .join('');
  return (
    `<p class="meta">${q.position}. ${e(q.title)}：${e(outcomeText(q))}</p>` +
    table(
      [
        ['序号', 6],
        ['候选项目', 34],
        ['牵头单位', 22],
        ['得票', 10],
        ['得票率', 12],
        ['结果', 12],
      ],
      rows || '<tr><td colspan="6">尚未票决。</td></tr>',
    )
  );
}

/** The results: a table per ballot type the items used, with columns for what they are about. */
function resultsTables(report: SessionReport): string {
  const subject = subjectColumns[subjectOf(report)];
  const of = (type: BallotType) => report.questions.filter((q) => ballotOf(q) === type);
  const parts: string[] = [];
  if (of('SATISFACTION').length) parts.push(satisfactionTable(report, of('SATISFACTION'), subject));
  if (of('APPROVAL').length) parts.push(approvalTable(of('APPROVAL'), subject));
  for (const q of of('CHOOSE_UP_TO_N')) parts.push(candidatesTable(q));
  return parts.join('');
}

/** One item's result in sentences: the votes per channel, the outcome, then the rule and any note. */
function resultSentences(report: SessionReport, q: ReportQuestion): string {
  const result = q.result;
  if (!result) return `<p>尚未${ballotOf(q) === 'SATISFACTION' ? '测评' : '票决'}。</p>`;
  const shown = channelsShown(report);
  const onlineName = onlineChannelNames[report.session.onlineIdentity];
  const type = ballotOf(q);
  if (type === 'SATISFACTION') {
    const channels = shown
      .map((name) => channelSentence(name === 'STUDIO' ? '现场测评' : onlineName, channel(result, name)))
      .map(e)
      .join('；');
    const weights = shown.length > 1 ? `按现场 ${result.studioWeight}%、网络 ${result.onlineWeight}% 加权，` : '';
    return (
      `<p>${channels}。${noteSentence(result)}` +
      `${weights}综合满意度 ${rate(result.composite)}${result.rule ? '' : `（满意线 ${result.threshold}%）`}，测评结果：<b>${e(outcomeText(q))}</b>。</p>` +
      ruleLine(result)
    );
  }
  const perChannel = (pick: (o: RoundResult['options'][number]) => number) =>
    (result.options ?? []).map((o) => `${o.label} ${pick(o)} 票`).join('、');
  const channels = shown
    .map((name) => {
      const total = channel(result, name)?.total ?? 0;
      const label = name === 'STUDIO' ? '现场表决' : '网络表决';
      return total === 0 ? `${label}：无有效票` : `${label}：${perChannel((o) => (name === 'STUDIO' ? o.studio : o.online))}`;
    })
    .map(e)
    .join('；');
  const outcome =
    type === 'APPROVAL'
      ? `赞成票占 ${rate(result.composite)}，票决结果：<b>${e(outcomeText(q))}</b>。`
      : (() => {
          const elected = (result.options ?? []).filter((o) => o.elected).map((o) => o.label);
          return `票决结果：<b>${e(outcomeText(q))}</b>${elected.length ? `，当选：${e(elected.join('、'))}` : ''}。`;
        })();
  return `<p>${channels}。${noteSentence(result)}${outcome}</p>${ruleLine(result)}`;
}

/** 网友追问: the viewers' messages the host put to the respondent, each with the time it was put. */
function audienceQuestionLines(q: ReportQuestion): string {
  if (!q.audienceQuestions.length) return '';
  const time = (d: Date) => d.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
  return (
    `<p>网友追问（${q.audienceQuestions.length} 条）：</p>` +
    q.audienceQuestions.map((a) => `<p class="meta">${e(time(a.putAt))}　${e(a.senderName)}：${e(a.body)}</p>`).join('')
  );
}

function questionDetails(report: SessionReport): string {
  const w = words(report);
  return report.questions
    .map((q, index) => {
      const items = report.items.filter((i) => i.questionId === q.id);
      const promises = items.length
        ? items
            .map(
              (i) =>
                `<p>${w.promise}：${e(i.commitment.trim() || '（待完善）')}</p>` +
                `<p>承办单位：${e(i.departmentName)}${i.coDepartments ? `（协办：${e(i.coDepartments)}）` : ''}；办理期限：${e(chineseDate(i.deadline))}；办理情况：${e(itemStatus(i, report.generatedAt))}。</p>` +
                accountabilityLine(i),
            )
            .join('')
        : q.subject === 'REPRESENTATIVE'
          ? ''
          : `<p>${w.promise}：暂无督办事项。</p>`;
      const heading = q.subject === 'REPRESENTATIVE' ? `${q.respondent}代表` : q.title;
      return `<div class="question"><h3>（${section(index + 1)}）${e(heading)}</h3><p class="meta">${subjectColumns[q.subject].facts(q)}</p>${audienceQuestionLines(q)}${resultSentences(report, q)}${promises}</div>`;
    })
    .join('');
}

/** What the item is, in the notice's opening sentence. */
function noticeSubject(q: ReportQuestion | undefined, item: ReportItem): string {
  if (!q) return `就“${e(item.title)}”作出整改承诺：`;
  if (q.subject === 'PROJECT') return `经代表票决确定的民生实事项目${e(itemName(q))}，实施要求为：`;
  if (q.subject === 'REPORT') return `${e(q.departmentName)}提交的${e(itemName(q))}测评结果为${e(outcomeText(q))}，需二次办理：`;
  return `${e(q.respondent || item.departmentName)}就${e(itemName(q))}问题作出整改承诺：`;
}

/** 问责情况 of an item: the kind and date of each measure or referral; names and 文号 only where staff published them. */
function accountabilityLine(item: ReportItem): string {
  if (item.accountability.length === 0) return '';
  const parts = item.accountability.map((a) => {
    const [y, m, d] = a.takenOn.split('-').map(Number);
    const day = `${y}年${m}月${d}日`;
    if (a.kind === 'MEASURE') {
      const who = a.published && a.officialName ? `，${a.officialName}${a.officialPost ? `（${a.officialPost}）` : ''}` : '';
      return `${measureNames[a.measure!]}（${day}${who}）`;
    }
    const number = a.published && a.referenceNumber ? `，${a.referenceNumber}` : '';
    return `移送${bodyNames[a.body!]}（${day}${number}）`;
  });
  return `<p>问责情况：${e(parts.join('；'))}。</p>`;
}

function supervisionNotice(report: SessionReport, item: ReportItem, number: number, issuer: string): string {
  const q = report.questions.find((x) => x.id === item.questionId);
  const year = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric' })
    .format(item.dispatchedAt ?? report.generatedAt)
    .replace('年', '');
  const result = q?.result;
  const resultLine = !result
    ? ''
    : ballotOf(q) === 'SATISFACTION'
      ? `<p>测评情况：${channelRates(result)}，综合满意度 ${rate(result.composite)}，测评结果为${e(outcomeText(q))}。</p>`
      : `<p>票决情况：${ballotOf(q) === 'APPROVAL' ? `赞成票占 ${rate(result.composite)}，` : ''}票决结果为${e(outcomeText(q))}。</p>`;
  return `<section class="notice">${masthead(issuer)}
    <h1>督办通知</h1>
    <p class="doc-number">督办〔${e(year)}〕${number}号</p>
    <p class="addressee">${e(item.departmentName)}：</p>
    <p>在${e(chineseDate(report.session.scheduledAt))}举行的“${e(report.session.title)}”中，${noticeSubject(q, item)}${e(item.commitment.trim() || '（待完善）')}</p>
    <p>现将该事项交由你单位主办${item.coDepartments ? `，${e(item.coDepartments)}协办` : ''}，请于<b>${e(chineseDate(item.deadline))}</b>前办结，并按时报送整改报告及佐证材料。整改落实情况将通过回头看测评接受检验，并向社会公示。</p>
    ${resultLine}
    <p>当前办理状态：${e(itemStatus(item, report.generatedAt))}${item.subItems ? `；已分解为 ${item.subItems} 个子事项` : ''}。</p>
    ${item.latestNotice ? `<p>最近通报：${e(item.latestNotice)}</p>` : ''}
    ${accountabilityLine(item)}
    ${signOff(issuer, report.generatedAt)}
  </section>`;
}

/** Who is named in a 情况通报, and what was assessed. */
function situationSubject(q: ReportQuestion): string {
  if (q.subject === 'REPORT') return `${e(q.departmentName)}（报告人：${e(q.respondent)}）提交的${e(itemName(q))}`;
  if (q.subject === 'REPRESENTATIVE') return `${e(q.respondent)}代表${q.district ? `（${e(q.district)}）` : ''}的履职情况`;
  return `${e(q.departmentName)}（应询人：${e(q.respondent)}）就${e(itemName(q))}问题的回答`;
}

function situationNotice(report: SessionReport, q: ReportQuestion, issuer: string): string {
  const result = q.result!;
  const item = report.items.find((i) => i.questionId === q.id);
  const w = words(report);
  const shown = channelsShown(report);
  const how = shown.length > 1 ? '经现场和网络测评' : shown[0] === 'ONLINE' ? '经网络测评' : '经现场测评';
  const addressee = q.subject === 'REPRESENTATIVE' ? `${q.respondent}代表` : q.departmentName;
  return (
    `<section class="notice">${masthead(issuer)}
    <h1>情况通报</h1>
    <p>在${e(chineseDate(report.session.scheduledAt))}举行的“${e(report.session.title)}”中，${situationSubject(q)}，${how}，` +
    `综合满意度为 ${rate(result.composite)}（${channelRates(result)}），低于 ${result.threshold}% 的满意线，测评结果为<b>不满意</b>。</p>
    <p>${shown
      .map((name) =>
        e(channelSentence(name === 'STUDIO' ? '现场测评' : onlineChannelNames[report.session.onlineIdentity], channel(result, name))),
      )
      .join('；')}。${noteSentence(result)}</p>
    ${ruleLine(result)}
    <p>根据${e(w.name)}工作有关规定，现予通报。请${e(addressee)}高度重视，深入剖析原因，切实抓好整改${item ? `，于${e(chineseDate(item.deadline))}前报送整改报告` : ''}。整改落实情况将进行回头看测评，并向社会公示。</p>
    ${signOff(issuer, report.generatedAt)}
  </section>`
  );
}

/** The notices the report ends with: one 督办通知 per dispatched item, one 情况通报 per unsatisfied result. */
export function reportAnnexes(report: SessionReport) {
  return {
    supervisionNotices: report.items.filter((i) => i.status !== 'DRAFT'),
    situationNotices: report.questions.filter((q) => q.result?.outcome === 'UNSATISFIED'),
  };
}

const styles = `
  @page { size: A4; }
  * { box-sizing: border-box; }
  html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { margin: 0; font-family: 'Noto Serif CJK SC', 'Noto Serif SC', 'Source Han Serif SC', serif; font-size: 15pt; line-height: 1.75; color: #111; }
  .masthead { text-align: center; margin-bottom: 10mm; }
  .masthead .issuer { color: #c8161d; font-size: 26pt; font-weight: 700; letter-spacing: 4pt; font-family: 'Noto Serif CJK SC', serif; }
  .masthead .rule { margin-top: 4mm; border-top: 2.5pt solid #c8161d; border-bottom: 0.8pt solid #c8161d; height: 2.5pt; }
  h1 { font-size: 21pt; text-align: center; margin: 4mm 0 6mm; font-weight: 700; line-height: 1.5; text-wrap: balance; }
  h2, h3 { break-after: avoid; }
  /* A question's result and promise stay on one page (each is far shorter than a page). */
  .question { break-inside: avoid; }
  h2 { font-size: 15pt; font-family: 'Noto Sans CJK SC', sans-serif; font-weight: 700; margin: 5mm 0 2mm; }
  h3 { font-size: 15pt; font-weight: 700; margin: 4mm 0 1mm; }
  p { margin: 0 0 1.5mm; text-indent: 2em; text-align: justify; }
  p.meta { font-size: 12pt; color: #333; text-indent: 0; }
  p.addressee { text-indent: 0; margin-top: 4mm; }
  p.doc-number { text-align: center; text-indent: 0; font-size: 13pt; margin-top: -3mm; margin-bottom: 6mm; }
  p.annex { text-indent: 0; margin-top: 6mm; }
  table.results { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 10.5pt; line-height: 1.4; margin: 2mm 0 4mm; font-family: 'Noto Sans CJK SC', sans-serif; }
  table.results th, table.results td { border: 0.6pt solid #333; padding: 1.5mm 1.5mm; vertical-align: middle; }
  table.results th { background: #f2f2f2; font-weight: 700; text-align: center; }
  table.results td.n { text-align: right; white-space: nowrap; }
  table.results td.c { text-align: center; }
  table.results td.bad { color: #c8161d; font-weight: 700; }
  table.results td.good { font-weight: 700; }
  table.results .who { color: #333; }
  p.rule { font-size: 10.5pt; line-height: 1.45; color: #333; text-indent: 2em; margin-bottom: 1.5mm; }
  table.results tr { break-inside: avoid; }
  .sign-off { margin-top: 12mm; text-align: right; padding-right: 8mm; }
  .sign-off div { line-height: 1.8; }
  section.notice { break-before: page; }
`;

/** The whole printable report: the report itself, then its annexes, each annex on a page of its own. */
export function renderSessionReportHtml(report: SessionReport, issuer: string): string {
  const { supervisionNotices, situationNotices } = reportAnnexes(report);
  const title = reportTitle(report.session.title, report.session.kind);
  const w = words(report);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${e(title)}</title><style>${styles}</style></head><body>
    <main class="report">
      ${masthead(issuer)}
      <h1>${e(title)}</h1>
      ${report.session.rehearsal ? '<p class="meta">（彩排场次，数据不计入统计）</p>' : ''}
      <h2>${section(1)}、基本情况</h2>
      ${summarySection(report)}
      <h2>${section(2)}、${w.vote}结果</h2>
      ${report.questions.length ? resultsTables(report) : `<p>本场未安排${w.item}。</p>`}
      <h2>${section(3)}、${w.details}</h2>
      ${questionDetails(report) || '<p>无。</p>'}
      <p class="annex">附件：1. 督办通知（${supervisionNotices.length} 份）　2. 情况通报（${situationNotices.length} 份）</p>
      ${signOff(issuer, report.generatedAt)}
    </main>
    ${supervisionNotices.map((item, index) => supervisionNotice(report, item, index + 1, issuer)).join('')}
    ${situationNotices.map((q) => situationNotice(report, q, issuer)).join('')}
  </body></html>`;
}
