import { describe, expect, it } from 'vitest';
import { OperationError } from '../../../graphql/fetchGraphql';
import { hotlineExportUrl, importable, refusedProblems, sendHotlineFile, useHotlineImport, type HotlinePreview } from './hotlineExchange';

const preview = (overrides: Partial<HotlinePreview> = {}): HotlinePreview => ({
  mode: 'ITEMS',
  total: 2,
  valid: 2,
  rows: [],
  problems: [],
  problemCount: 0,
  ...overrides,
});

const problem = {
  row: 3,
  column: 'B',
  header: '受理时间',
  code: 'BAD_DATE' as const,
  value: null,
  message: 'Row 3, column B: not a date.',
};

/** A fetch that answers each call with the next of `answers`, recording what was sent. */
function fakeFetch(...answers: [number, unknown][]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetcher = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const [status, body] = answers.shift()!;
    return new Response(JSON.stringify(body), { status });
  }) as unknown as typeof fetch;
  return { fetcher, calls };
}

describe('the 12345 exchange', () => {
  it('imports only a file whose every order can be imported', () => {
    expect(importable(preview())).toBe(true);
    expect(importable(preview({ valid: 1, problemCount: 1 }))).toBe(false);
    expect(importable(preview({ total: 0, valid: 0 }))).toBe(false);
    expect(importable(null)).toBe(false);
    // Orders finished or cancelled by 12345 are left out; a file of only those has nothing to import.
    expect(importable(preview({ total: 3, valid: 2, skipped: 1 }))).toBe(true);
    expect(importable(preview({ total: 2, valid: 0, skipped: 2 }))).toBe(false);
  });

  it('links the export of 12345 items, or of every item', () => {
    expect(hotlineExportUrl('xlsx', false)).toBe('/exports/hotline.xlsx');
    expect(hotlineExportUrl('csv', true)).toBe('/exports/hotline.csv?all=true');
    expect(hotlineExportUrl('xlsx', false, { statuses: ['DISPATCHED', 'IN_PROGRESS'], departmentId: 'd1', overdue: true })).toBe(
      '/exports/hotline.xlsx?statuses=DISPATCHED%2CIN_PROGRESS&departmentId=d1&overdue=true',
    );
    expect(hotlineExportUrl('csv', true, { statuses: ['CLOSED'], submitterVerdict: 'UNRESOLVED' })).toBe(
      '/exports/hotline.csv?all=true&statuses=CLOSED&submitterVerdict=UNRESOLVED',
    );
  });

  it('sends the file with its mode, and reads a refusal with its problems', async () => {
    const { fetcher, calls } = fakeFetch([
      400,
      {
        errors: [{ message: 'not imported', extensions: { code: 'BAD_USER_INPUT', field: 'file', problems: [problem], problemCount: 1 } }],
      },
    ]);
    const error = await sendHotlineFile('import', new Blob(['x']), '工单.xlsx', 'CLUES', fetcher).catch((e: unknown) => e);
    expect(calls[0]!.url).toBe('/imports/hotline?mode=CLUES');
    expect((calls[0]!.init.body as FormData).get('file')).toBeInstanceOf(Blob);
    expect(error).toBeInstanceOf(OperationError);
    expect(refusedProblems(error)).toEqual({ problems: [problem], problemCount: 1 });
    expect(refusedProblems(new OperationError('network', 'down'))).toBeNull();
  });

  it('previews a chosen file, imports it, and shows the problems when the import is refused', async () => {
    const { fetcher, calls } = fakeFetch(
      [200, preview()],
      [400, { errors: [{ message: 'meanwhile', extensions: { code: 'BAD_USER_INPUT', problems: [problem], problemCount: 1 } }] }],
      [200, preview()],
      [201, { mode: 'ITEMS', clues: 2, items: 2 }],
    );
    const exchange = useHotlineImport(fetcher);
    exchange.mode.value = 'ITEMS';
    exchange.choose(new File(['x'], '工单.xlsx'));
    await exchange.runPreview();
    expect(calls[0]!.url).toBe('/imports/hotline/preview?mode=ITEMS');
    expect(exchange.preview.value?.valid).toBe(2);

    expect(await exchange.runImport()).toBe(false);
    expect(exchange.preview.value).toMatchObject({ valid: 0, problemCount: 1, problems: [problem] });
    expect(exchange.error.value?.during).toBe('import');

    await exchange.runPreview();
    expect(await exchange.runImport()).toBe(true);
    expect(exchange.result.value).toEqual({ mode: 'ITEMS', clues: 2, items: 2 });
    expect(exchange.file.value).toBeNull();
  });
});
