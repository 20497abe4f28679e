import { describe, expect, it } from 'vitest';
import { OperationError } from '../../../graphql/fetchGraphql';
import { checkDocument, documentUploadError, documentUrl, MAX_DOCUMENT_BYTES, useReportDocument } from './reportDocument';

const file = (name: string, type: string, size = 100) => ({ name, type, size });

describe('a report’s document', () => {
  it('takes PDF files up to 30 MB', () => {
    expect(checkDocument(file('报告.pdf', 'application/pdf'))).toBeNull();
    expect(checkDocument(file('报告.pdf', ''))).toBeNull();
    expect(checkDocument(file('报告.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'))).toBe('type');
    expect(checkDocument(file('报告', ''))).toBe('type');
    expect(checkDocument(file('报告.pdf', 'application/pdf', MAX_DOCUMENT_BYTES + 1))).toBe('size');
  });

  it('is sent to and read from its item’s route', () => {
    expect(documentUrl('q-1')).toBe('/uploads/questions/q-1/document');
    expect(documentUploadError(413, '').code).toBe('TOO_LARGE');
  });

  it('reports the stored name, or why it failed', async () => {
    const ok = useReportDocument(() => async (_file, progress) => {
      progress(0.5);
      return { name: 'report.pdf' };
    });
    expect(await ok.upload('q-1', new File(['%PDF'], 'report.pdf'))).toBe('report.pdf');
    expect([ok.uploading.value, ok.progress.value, ok.error.value]).toEqual([false, 0.5, null]);

    const refused = useReportDocument(() => async () => {
      throw new OperationError('BAD_USER_INPUT', 'Send the report as a PDF document.', null, 'file');
    });
    expect(await refused.upload('q-1', new File(['x'], 'a.pdf'))).toBeNull();
    expect(refused.error.value?.code).toBe('BAD_USER_INPUT');
  });
});
