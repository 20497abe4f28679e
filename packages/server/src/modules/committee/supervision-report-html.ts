import { escalationWords, reportSubject, statusWords, type SupervisionReport } from './supervision-report.js';

// The 督办报告 as one HTML page for the Chromium printer, in the official look of the documents: the
// issuing body in red over a red double rule, a centred title with the period, the figures, a table
// of items and each item's account from its timeline. Every value is escaped.

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** 2026-12-02 → 2026年12月2日. */
export const dayWords = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

export const reportTitle = (report: SupervisionReport) => `${reportSubject(report)}督办工作情况报告`;

/** The figures as labelled values, in the order the summary prints them (the workbook uses them too). */
export function reportFigures(report: SupervisionReport): [string, number][] {
  const t = report.totals;
  return [
    ['督办事项', t.items],
    ['本期交办', t.dispatched],
    ['按期报送', t.onTime],
    ['逾期', t.overdue],
    ['催办事项', t.urged],
    ['催办次数', t.urges],
    ['升级督办', t.escalated],
    ['延期', t.extended],
    ['办结', t.closed],
    ['回头看满意', t.lookBackSatisfied],
    ['回头看不满意', t.lookBackUnsatisfied],
    ['问责措施', t.accountability],
    ['移送', t.referrals],
  ];
}

const styles = `
  @page { size: A4; margin: 20mm 18mm; }
  * { box-sizing: border-box; }
  html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { margin: 0; font-family: 'Noto Serif CJK SC', 'Noto Serif SC', 'Source Han Serif SC', serif; font-size: 12pt; line-height: 1.7; color: #111; }
  .masthead { text-align: center; }
  .masthead .issuer { color: #c8161d; font-size: 26pt; font-weight: 700; letter-spacing: 3pt; }
  .masthead .rule { margin-top: 3mm; border-top: 2.5pt solid #c8161d; border-bottom: 0.8pt solid #c8161d; height: 3pt; }
  h1 { font-size: 20pt; text-align: center; margin: 8mm 0 2mm; font-weight: 700; line-height: 1.5; }
  .period { text-align: center; margin-bottom: 6mm; }
  h2 { font-size: 14pt; margin: 6mm 0 2mm; }
  h3 { font-size: 12pt; margin: 4mm 0 1mm; }
  p { margin: 0 0 2mm; text-indent: 2em; text-align: justify; }
  table { width: 100%; border-collapse: collapse; font-size: 10pt; }
  th, td { border: 0.6pt solid #333; padding: 1mm 1.5mm; vertical-align: top; }
  th { background: #f2f2f2; font-weight: 700; }
  td.n { text-align: right; }
  table.figures th { width: 16%; text-align: left; }
  table.figures td { width: 9%; }
  ul { margin: 0 0 2mm; padding-left: 6mm; font-size: 10.5pt; }
  section.item { break-inside: avoid; }
  .sign-off { margin-top: 12mm; text-align: right; }
`;

/** The report as printable HTML. */
export function renderSupervisionReportHtml(report: SupervisionReport, issuer: string, issuedOn: string): string {
  const e = escapeHtml;
  const t = report.totals;
  const title = reportTitle(report);
  const summary = `${dayWords(report.from)}至${dayWords(report.to)}，共督办事项 ${t.items} 件，其中本期交办 ${t.dispatched} 件；按期报送整改报告 ${t.onTime} 件，逾期 ${t.overdue} 件；催办 ${t.urged} 件 ${t.urges} 次，升级督办 ${t.escalated} 件，同意延期 ${t.extended} 件；办结 ${t.closed} 件。回头看满意 ${t.lookBackSatisfied} 件、不满意 ${t.lookBackUnsatisfied} 件；问责措施 ${t.accountability} 项，移送 ${t.referrals} 件。`;
  // The figures as label–value pairs, four to a row, so each label reads on one line.
  const pairs = reportFigures(report);
  const figureRows = Array.from({ length: Math.ceil(pairs.length / 4) }, (_, row) =>
    pairs
      .slice(row * 4, row * 4 + 4)
      .map(([label, value]) => `<th scope="row">${e(label)}</th><td class="n">${value}</td>`)
      .join(''),
  )
    .map((cells) => `<tr>${cells}</tr>`)
    .join('');
  const rows = report.items
    .map(
      (item, index) =>
        `<tr><td class="n">${index + 1}</td><td>${e(item.title)}</td><td>${e(item.department)}</td><td>${item.dispatchedOn ? e(dayWords(item.dispatchedOn)) : ''}</td><td>${e(dayWords(item.deadline))}</td><td>${e(statusWords[item.status])}</td><td class="n">${item.urges}</td><td class="n">${item.extensions}</td><td>${e(item.result)}</td></tr>`,
    )
    .join('');
  const accounts = report.items
    .map((item, index) => {
      const facts = [
        item.dispatchedOn ? `${dayWords(item.dispatchedOn)}交由${item.department}办理` : `由${item.department}办理`,
        `办理期限${dayWords(item.deadline)}`,
        item.handlingRound > 1 ? `第${item.handlingRound}次办理` : '',
        item.onTime === true ? '按期报送整改报告' : item.onTime === false ? '未按期办理' : '',
        item.escalation ? escalationWords(item.escalation) : '',
        `目前${statusWords[item.status]}`,
      ].filter(Boolean);
      const steps = item.steps.map((s) => `<li>${e(dayWords(s.on))}　${e(s.what)}</li>`).join('');
      const measures = item.accountability.map((a) => `<li>${e(a)}</li>`).join('');
      return `<section class="item"><h3>${index + 1}. ${e(item.title)}${item.committee && report.scope === 'ALL' ? `（${e(item.committee)}）` : ''}</h3>
        <p>${e(facts.join('，'))}。</p>
        ${steps ? `<ul>${steps}</ul>` : '<p>本期无办理步骤。</p>'}
        ${measures ? `<p>问责情况：</p><ul>${measures}</ul>` : ''}</section>`;
    })
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${e(title)}</title><style>${styles}</style></head><body>
  <header class="masthead"><div class="issuer">${e(issuer)}</div><div class="rule"></div></header>
  <h1>${e(title)}</h1>
  <div class="period">（${e(dayWords(report.from))}至${e(dayWords(report.to))}）</div>
  <h2>一、总体情况</h2>
  <p>${e(summary)}</p>
  <table class="figures"><tbody>${figureRows}</tbody></table>
  <h2>二、事项清单</h2>
  ${
    report.items.length
      ? `<table><thead><tr><th scope="col">序号</th><th scope="col">事项</th><th scope="col">承办单位</th><th scope="col">交办日期</th><th scope="col">办理期限</th><th scope="col">状态</th><th scope="col">催办</th><th scope="col">延期</th><th scope="col">结果</th></tr></thead><tbody>${rows}</tbody></table>`
      : '<p>本期无督办事项。</p>'
  }
  ${report.items.length ? `<h2>三、逐项办理情况</h2>${accounts}` : ''}
  <div class="sign-off"><div>${e(issuer)}</div><div>${e(dayWords(issuedOn))}</div></div>
</body></html>`;
}
