import type { OnlineIdentity } from '../session/vote-settings.js';
import { quorumNote, type ChannelResult, type RoundResult } from '../vote/result.js';
import { statsLabels } from './stats-labels.js';
import type { ReportItem, ReportQuestion, SessionReport } from './session-report.js';

// The session report as one HTML document for Chromium to print on A4, in the layout of official
// documents (公文): a red masthead with the issuer, a centred title, numbered sections, the issuer
// and date at the end; then a 督办通知 page per follow-up item and a 情况通报 page per unsatisfied
// result. Every value from the database is escaped; the page loads nothing and runs no script.

const labels = statsLabels.zh;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const e = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : escapeHtml(String(value)));

const dayFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' });
/** A date as official documents write it, in China Standard Time: 2025年3月10日. */
export const chineseDate = (date: Date) => dayFormat.format(date);
const rate = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value.toFixed(1)}%`);

/** 关于…电视问政情况的报告, without saying 电视问政 twice when the session's title already does. */
export function reportTitle(sessionTitle: string): string {
  return /问政/.test(sessionTitle) ? `关于${sessionTitle}情况的报告` : `关于${sessionTitle}电视问政情况的报告`;
}

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

/** How a published quorum rule changed the count, as a sentence; empty when it did not. */
function quorumSentence(result: RoundResult): string {
  const note = quorumNote(result);
  return note ? `${e(note)}。` : '';
}

function outcomeText(q: ReportQuestion): string {
  if (!q.result) return '未测评';
  return labels.outcomes[q.result.outcome] + (q.roundStatus === 'CLOSED' ? '（未公布）' : '');
}

function itemStatus(item: ReportItem, now: Date): string {
  const parts = [labels.followUpStatuses[item.status]];
  if (item.handlingRound > 1) parts.push(`第 ${item.handlingRound} 次办理`);
  if (item.status !== 'DRAFT' && item.status !== 'CLOSED') parts.push(`进度 ${item.progress}%`);
  if (item.overdue) parts.push(`已逾期 ${Math.max(1, Math.floor((now.getTime() - item.deadline.getTime()) / 86_400_000))} 天`);
  if (item.status === 'CLOSED' && item.closedAt) parts.push(`${chineseDate(item.closedAt)}办结`);
  return parts.join('，');
}

function summarySection(report: SessionReport): string {
  const { session, summary, questions, items } = report;
  const departments = [...new Set(questions.map((q) => q.departmentName))];
  const voted = questions.filter((q) => q.result);
  const lines: string[] = [];
  lines.push(
    `${e(chineseDate(session.scheduledAt))}，举办“${e(session.title)}”${session.kind === 'LOOK_BACK' ? '回头看测评' : '电视问政'}活动，主题为“${e(session.theme)}”。` +
      `本场共安排问题 ${questions.length} 个，涉及${e(departments.join('、')) || '—'}等 ${departments.length} 个部门。`,
  );
  if (summary) {
    lines.push(
      `已完成测评 ${voted.length} 个，其中测评结果为满意 ${summary.satisfiedOutcomes} 个、不满意 ${summary.unsatisfiedOutcomes} 个` +
        (summary.noVoteOutcomes ? `、无有效票 ${summary.noVoteOutcomes} 个` : '') +
        `。现场测评共 ${summary.studio.total} 票` +
        (summary.studioTurnoutRate !== null
          ? `（应参评代表 ${summary.studioElectorate} 人，参评率 ${rate(summary.studioTurnoutRate)}）`
          : '') +
        `，满意率 ${rate(summary.studio.satisfactionRate)}；网络测评共 ${summary.online.total} 票，满意率 ${rate(summary.online.satisfactionRate)}；` +
        `各问题综合满意度平均为 ${rate(summary.composite)}。`,
    );
  } else {
    lines.push('本场尚无测评结果。');
  }
  const count = (statuses: string[]) => items.filter((i) => statuses.includes(i.status)).length;
  if (items.length) {
    lines.push(
      `测评后共形成督办事项 ${items.length} 项：已办结 ${count(['CLOSED'])} 项，` +
        `正在办理 ${count(['DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'SENT_BACK', 'REOPENED'])} 项，` +
        `已报送待审核或回头看 ${count(['REPORTED', 'APPROVED', 'EVALUATING'])} 项，待交办 ${count(['DRAFT'])} 项，退回待定 ${count(['RETURNED'])} 项；` +
        `其中逾期 ${items.filter((i) => i.overdue).length} 项，二次办理 ${items.filter((i) => i.handlingRound > 1).length} 项。`,
    );
  }
  return lines.map((l) => `<p>${l}</p>`).join('');
}

function resultsTable(questions: ReportQuestion[]): string {
  const rows = questions
    .map((q) => {
      const studio = channel(q.result, 'STUDIO');
      const online = channel(q.result, 'ONLINE');
      return `<tr><td class="n">${q.position}</td><td>${e(q.title)}</td><td>${e(q.departmentName)}</td>
        <td class="n">${studio?.total ?? '—'}</td><td class="n">${rate(studio?.satisfactionRate)}</td>
        <td class="n">${online?.total ?? '—'}</td><td class="n">${rate(online?.satisfactionRate)}</td>
        <td class="n">${rate(q.result?.composite)}</td><td class="c ${q.result?.outcome === 'UNSATISFIED' ? 'bad' : ''}">${e(outcomeText(q))}</td></tr>`;
    })
    .join('');
  const widths = [5, 24, 15, 8, 9, 8, 9, 9, 13];
  return `<table class="results"><colgroup>${widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup><thead><tr><th>序号</th><th>问题</th><th>应询部门</th><th>现场<br>票数</th><th>现场<br>满意率</th><th>网络<br>票数</th><th>网络<br>满意率</th><th>综合<br>满意度</th><th>测评结果</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function questionDetails(report: SessionReport): string {
  return report.questions
    .map((q, index) => {
      const items = report.items.filter((i) => i.questionId === q.id);
      const result = q.result
        ? `<p>${e(channelSentence('现场测评', channel(q.result, 'STUDIO')))}；${e(channelSentence(onlineChannelNames[report.session.onlineIdentity], channel(q.result, 'ONLINE')))}。` +
          quorumSentence(q.result) +
          `按现场 ${q.result.studioWeight}%、网络 ${q.result.onlineWeight}% 加权，综合满意度 ${rate(q.result.composite)}（满意线 ${q.result.threshold}%），测评结果：<b>${e(outcomeText(q))}</b>。</p>`
        : '<p>尚未测评。</p>';
      const promises = items.length
        ? items
            .map(
              (i) =>
                `<p>整改承诺：${e(i.commitment.trim() || '（待完善）')}</p>` +
                `<p>承办单位：${e(i.departmentName)}${i.coDepartments ? `（协办：${e(i.coDepartments)}）` : ''}；办理期限：${e(chineseDate(i.deadline))}；办理情况：${e(itemStatus(i, report.generatedAt))}。</p>`,
            )
            .join('')
        : '<p>整改承诺：暂无督办事项。</p>';
      return `<div class="question"><h3>（${section(index + 1)}）${e(q.title)}</h3><p class="meta">应询部门：${e(q.departmentName)}　应询人：${e(q.respondent)}　提问人：${e(q.questioner)}</p>${result}${promises}</div>`;
    })
    .join('');
}

function supervisionNotice(report: SessionReport, item: ReportItem, number: number, issuer: string): string {
  const q = report.questions.find((x) => x.id === item.questionId);
  const year = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric' })
    .format(item.dispatchedAt ?? report.generatedAt)
    .replace('年', '');
  return `<section class="notice">${masthead(issuer)}
    <h1>督办通知</h1>
    <p class="doc-number">督办〔${e(year)}〕${number}号</p>
    <p class="addressee">${e(item.departmentName)}：</p>
    <p>在${e(chineseDate(report.session.scheduledAt))}举行的“${e(report.session.title)}”中，${e(q?.respondent ?? item.departmentName)}就“${e(q?.title ?? item.title)}”问题作出整改承诺：${e(item.commitment.trim() || '（待完善）')}</p>
    <p>现将该事项交由你单位主办${item.coDepartments ? `，${e(item.coDepartments)}协办` : ''}，请于<b>${e(chineseDate(item.deadline))}</b>前办结，并按时报送整改报告及佐证材料。整改落实情况将通过回头看测评接受检验，并向社会公示。</p>
    ${q?.result ? `<p>测评情况：${channelRates(q.result)}，综合满意度 ${rate(q.result.composite)}，测评结果为${e(outcomeText(q))}。</p>` : ''}
    <p>当前办理状态：${e(itemStatus(item, report.generatedAt))}${item.subItems ? `；已分解为 ${item.subItems} 个子事项` : ''}。</p>
    ${item.latestNotice ? `<p>最近通报：${e(item.latestNotice)}</p>` : ''}
    ${signOff(issuer, report.generatedAt)}
  </section>`;
}

function situationNotice(report: SessionReport, q: ReportQuestion, issuer: string): string {
  const result = q.result!;
  const item = report.items.find((i) => i.questionId === q.id);
  return (
    `<section class="notice">${masthead(issuer)}
    <h1>情况通报</h1>
    <p>在${e(chineseDate(report.session.scheduledAt))}举行的“${e(report.session.title)}”中，${e(q.departmentName)}（应询人：${e(q.respondent)}）就“${e(q.title)}”问题的回答，经现场和网络测评，` +
    `综合满意度为 ${rate(result.composite)}（${channelRates(result)}），低于 ${result.threshold}% 的满意线，测评结果为<b>不满意</b>。</p>
    <p>${e(channelSentence('现场测评', channel(result, 'STUDIO')))}；${e(channelSentence(onlineChannelNames[report.session.onlineIdentity], channel(result, 'ONLINE')))}。</p>
    <p>根据电视问政工作有关规定，现予通报。请${e(q.departmentName)}高度重视，深入剖析原因，切实抓好整改${item ? `，于${e(chineseDate(item.deadline))}前报送整改报告` : ''}。整改落实情况将进行回头看测评，并向社会公示。</p>
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
  table.results tr { break-inside: avoid; }
  .sign-off { margin-top: 12mm; text-align: right; padding-right: 8mm; }
  .sign-off div { line-height: 1.8; }
  section.notice { break-before: page; }
`;

/** The whole printable report: the report itself, then its annexes, each annex on a page of its own. */
export function renderSessionReportHtml(report: SessionReport, issuer: string): string {
  const { supervisionNotices, situationNotices } = reportAnnexes(report);
  const title = reportTitle(report.session.title);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${e(title)}</title><style>${styles}</style></head><body>
    <main class="report">
      ${masthead(issuer)}
      <h1>${e(title)}</h1>
      ${report.session.rehearsal ? '<p class="meta">（彩排场次，数据不计入统计）</p>' : ''}
      <h2>${section(1)}、基本情况</h2>
      ${summarySection(report)}
      <h2>${section(2)}、测评结果</h2>
      ${report.questions.length ? resultsTable(report.questions) : '<p>本场未安排问题。</p>'}
      <h2>${section(3)}、问题测评及整改承诺办理情况</h2>
      ${questionDetails(report) || '<p>无。</p>'}
      <p class="annex">附件：1. 督办通知（${supervisionNotices.length} 份）　2. 情况通报（${situationNotices.length} 份）</p>
      ${signOff(issuer, report.generatedAt)}
    </main>
    ${supervisionNotices.map((item, index) => supervisionNotice(report, item, index + 1, issuer)).join('')}
    ${situationNotices.map((q) => situationNotice(report, q, issuer)).join('')}
  </body></html>`;
}
