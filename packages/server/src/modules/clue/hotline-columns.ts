/**
 * The 12345 column mapping (docs/12345-exchange.md): each field of a work order, the header the
 * platform's export gives it and the other headers seen in the wild. The export writes the first
 * name of each column, in this order, so an exported file reads back with the same mapping.
 */
export const hotlineColumns = [
  { key: 'orderNo', header: '工单编号', aliases: ['工单号', '工单编码', '12345工单编号'] },
  { key: 'receivedAt', header: '受理时间', aliases: ['来电时间', '登记时间', '受理日期'] },
  { key: 'title', header: '诉求标题', aliases: ['工单标题', '标题'] },
  { key: 'content', header: '诉求内容', aliases: ['工单内容', '内容', '问题描述', '诉求描述'] },
  { key: 'category', header: '诉求分类', aliases: ['问题分类', '分类', '诉求类别'] },
  { key: 'address', header: '诉求地址', aliases: ['事发地址', '地址', '事发地点'] },
  { key: 'caller', header: '来电人', aliases: ['来电人姓名', '诉求人', '市民姓名'] },
  { key: 'phone', header: '联系电话', aliases: ['来电号码', '电话', '联系方式'] },
  { key: 'unit', header: '承办单位', aliases: ['责任单位', '办理单位', '承办部门'] },
  { key: 'dueAt', header: '办理时限', aliases: ['办结时限', '截止时间', '办理期限'] },
  { key: 'status', header: '办理状态', aliases: ['工单状态', '状态'] },
] as const;

export type HotlineField = (typeof hotlineColumns)[number]['key'];

/**
 * What a row's 办理状态 says of the order: still OPEN with the hotline (imported), FINISHED there
 * (已办结, 已回访, 已归档…) or CANCELLED (撤销, 作废…). Finished and cancelled orders are skipped:
 * the hotline has answered or dropped them, so they are neither a new clue nor an item to dispatch.
 * An empty or unknown status counts as open, since platforms word their states differently.
 */
export type HotlineOrderState = 'OPEN' | 'FINISHED' | 'CANCELLED';
const finishedPattern = /办结|已完成|已回访|待回访|回访完成|归档|结案|已关闭/;
const cancelledPattern = /撤销|撤回|作废|无效|已取消|不予受理/;
export function hotlineOrderState(status: string | null): HotlineOrderState {
  const text = (status ?? '').replace(/\s/g, '');
  if (!text) return 'OPEN';
  // 未办结 / 未解决 are still open.
  if (/^未|^待办/.test(text)) return 'OPEN';
  if (cancelledPattern.test(text)) return 'CANCELLED';
  if (finishedPattern.test(text)) return 'FINISHED';
  return 'OPEN';
}

/** Added by the export after the imported columns: what the 12345 platform reads back. */
export const hotlineResultColumns = ['办结时间', '办理结果'] as const;

/** The columns a file must have; items also need the department that handles them. */
export const requiredFields = (mode: HotlineImportMode): readonly HotlineField[] =>
  mode === 'ITEMS' ? ['orderNo', 'content', 'unit'] : ['orderNo', 'content'];

/** What each imported order becomes: a clue on the board, or a clue referred to its department with a draft item. */
export const hotlineImportModes = ['CLUES', 'ITEMS'] as const;
export type HotlineImportMode = (typeof hotlineImportModes)[number];

/** The most rows one file may hold, and its largest size: a month of a county's orders fits several times. */
export const HOTLINE_MAX_ROWS = 10_000;
export const HOTLINE_MAX_BYTES = 10 * 1024 * 1024;

/** Field lengths, as the clue stores them. */
export const hotlineLimits = { orderNo: 40, title: 100, content: 10_000, address: 200, caller: 60 } as const;

/** The spreadsheet's column letter for a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
