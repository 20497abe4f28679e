import type { FollowUpDocument } from './documents.entity.js';
import { documentTitles } from './documents-terms.js';
import { dateWords } from './working-days.js';

// A 交办函, 督办函, 催办函 or 情况通报 as one HTML page for the Chromium printer, in the 公文 look of GB/T 9704's
// letter format: the issuing body in red over a red double rule, the 文号, a centred title, the
// department addressed (主送), the body, the issuer and date, and 抄送 at the foot. Only the stored
// fields are printed, so the same document prints the same letter; every value is escaped.

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** 2026-12-02 → 2026年12月2日 (the stored China date). */
const dayWords = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

type Printed = Pick<
  FollowUpDocument,
  | 'kind'
  | 'number'
  | 'issuedOn'
  | 'issuer'
  | 'recipient'
  | 'copyTo'
  | 'itemTitle'
  | 'commitment'
  | 'deadline'
  | 'handlingRound'
  | 'reason'
  | 'requirements'
>;

/** The title: 关于“…”的交办函 (督办函 and 催办函 say what they urge; a 情况通报 is about 办理情况). */
export function documentHeading(doc: Pick<Printed, 'kind' | 'itemTitle'>): string {
  if (doc.kind === 'NOTICE') return `关于“${doc.itemTitle}”办理情况的通报`;
  const verb = { ASSIGN: '', SUPERVISE: '督促办理', URGE: '催促办理' }[doc.kind];
  return `关于${verb}“${doc.itemTitle}”的${documentTitles[doc.kind]}`;
}

function opening(doc: Printed): string {
  const e = escapeHtml;
  const round = doc.handlingRound > 1 ? `（第${doc.handlingRound}次办理）` : '';
  switch (doc.kind) {
    case 'ASSIGN':
      return `现将“${e(doc.itemTitle)}”${round}交由你单位主办${doc.copyTo ? `，${e(doc.copyTo)}协办` : ''}。`;
    case 'SUPERVISE':
      return `你单位承办的“${e(doc.itemTitle)}”${round}，列入本办重点督办事项。`;
    case 'URGE':
      return `你单位承办的“${e(doc.itemTitle)}”${round}，尚未按期办结。`;
    case 'NOTICE':
      return `你单位承办的“${e(doc.itemTitle)}”${round}，现将办理情况通报如下。`;
  }
}

const styles = `
  @page { size: A4; }
  * { box-sizing: border-box; }
  html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { margin: 0; font-family: 'Noto Serif CJK SC', 'Noto Serif SC', 'Source Han Serif SC', serif; font-size: 16pt; line-height: 1.8; color: #111; }
  .masthead { text-align: center; }
  .masthead .issuer { color: #c8161d; font-size: 30pt; font-weight: 700; letter-spacing: 3pt; }
  .masthead .rule { margin-top: 3mm; border-top: 2.5pt solid #c8161d; border-bottom: 0.8pt solid #c8161d; height: 3pt; }
  .number { text-align: right; font-size: 16pt; margin: 3mm 0 8mm; }
  h1 { font-size: 22pt; text-align: center; margin: 0 0 8mm; font-weight: 700; line-height: 1.5; text-wrap: balance; }
  p { margin: 0; text-indent: 2em; text-align: justify; }
  p.addressee { text-indent: 0; }
  .sign-off { margin-top: 16mm; text-align: right; padding-right: 8mm; }
  .sign-off div { line-height: 1.8; }
  .copy-to { margin-top: 14mm; border-top: 0.8pt solid #111; border-bottom: 0.8pt solid #111; padding: 1mm 2mm; font-size: 14pt; }
`;

const reasonLabel = { ASSIGN: '说明', SUPERVISE: '督办事由', URGE: '催办事由', NOTICE: '通报情况' } as const;

/** The letter as printable HTML, from the stored document alone. */
export function renderDocumentHtml(doc: Printed): string {
  const e = escapeHtml;
  const title = documentHeading(doc);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${e(title)}</title><style>${styles}</style></head><body>
  <header class="masthead"><div class="issuer">${e(doc.issuer)}</div><div class="rule"></div></header>
  <div class="number">${e(doc.number)}</div>
  <h1>${e(title)}</h1>
  <p class="addressee">${e(doc.recipient)}：</p>
  <p>${opening(doc)}</p>
  <p>整改承诺：${e(doc.commitment.trim() || '（见交办事项）')}</p>
  <p>办理期限：${e(dateWords(doc.deadline))}。</p>
  ${doc.reason ? `<p>${reasonLabel[doc.kind]}：${e(doc.reason)}</p>` : ''}
  <p>${e(doc.requirements)}</p>
  <p>${doc.kind === 'NOTICE' ? '特此通报。' : '特此函告。'}</p>
  <div class="sign-off"><div>${e(doc.issuer)}</div><div>${e(dayWords(doc.issuedOn))}</div></div>
  ${doc.copyTo && doc.kind !== 'ASSIGN' ? `<div class="copy-to">抄送：${e(doc.copyTo)}。</div>` : ''}
</body></html>`;
}
