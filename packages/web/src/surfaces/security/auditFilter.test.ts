import { describe, expect, it } from 'vitest';
import { auditExportUrl, auditFilterOf, emptyAuditFilter } from './auditFilter';

describe('the audit filter', () => {
  it('sends only what was filled in, with both named days included', () => {
    expect(auditFilterOf(emptyAuditFilter())).toEqual({});
    const filter = auditFilterOf({ action: ' account ', actor: '', text: '张', from: '2026-12-01', to: '2026-12-01' });
    expect(filter).toMatchObject({ action: 'account', text: '张' });
    expect(new Date(filter.to!).getTime() - new Date(filter.from!).getTime()).toBe(86_400_000);
  });

  it('exports the same filter in the page’s language', () => {
    expect(auditExportUrl(emptyAuditFilter(), 'csv', 'zh-CN')).toBe('/exports/audit.csv?lang=zh');
    const url = new URL(auditExportUrl({ ...emptyAuditFilter(), actor: 'security', action: 'account.unlock' }, 'xlsx', 'en'), 'http://x');
    expect(url.pathname).toBe('/exports/audit.xlsx');
    expect(Object.fromEntries(url.searchParams)).toEqual({ actor: 'security', action: 'account.unlock', lang: 'en' });
  });
});
