import type { Writable } from 'node:stream';
import { escalationWords, statusWords, type SupervisionReport } from './supervision-report.js';
import { reportFigures, reportTitle } from './supervision-report-html.js';

/** The 督办报告 as a workbook: 汇总 (the figures) and 事项 (one row per item with its account). */
export async function writeSupervisionWorkbook(report: SupervisionReport, output: Writable): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const summary = book.addWorksheet('汇总');
  summary.columns = [
    { header: '项目', width: 18 },
    { header: '数量', width: 10 },
  ];
  summary.getRow(1).font = { bold: true };
  summary.addRow(['报告', reportTitle(report)]);
  summary.addRow(['期间', `${report.from} 至 ${report.to}`]);
  for (const [label, value] of reportFigures(report)) summary.addRow([label, value]);

  const items = book.addWorksheet('事项', { views: [{ state: 'frozen', ySplit: 1 }] });
  items.columns = [
    { header: '序号', width: 6 },
    { header: '事项', width: 36 },
    { header: '承办单位', width: 20 },
    { header: '督办委室', width: 12 },
    { header: '交办日期', width: 12 },
    { header: '办理期限', width: 12 },
    { header: '办理次数', width: 8 },
    { header: '状态', width: 14 },
    { header: '按期', width: 8 },
    { header: '催办次数', width: 8 },
    { header: '延期次数', width: 8 },
    { header: '升级督办', width: 18 },
    { header: '办结日期', width: 12 },
    { header: '结果', width: 20 },
    { header: '问责', width: 40 },
    { header: '办理经过', width: 80 },
  ];
  items.getRow(1).font = { bold: true };
  for (const [index, item] of report.items.entries()) {
    const row = items.addRow([
      index + 1,
      item.title,
      item.department,
      item.committee ?? '',
      item.dispatchedOn ?? '',
      item.deadline,
      item.handlingRound,
      statusWords[item.status],
      item.onTime === true ? '是' : item.onTime === false ? '否' : '',
      item.urges,
      item.extensions,
      escalationWords(item.escalation),
      item.closedOn ?? '',
      item.result,
      item.accountability.join('\n'),
      item.steps.map((s) => `${s.on} ${s.what}`).join('\n'),
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
  }
  await book.xlsx.write(output);
}
