import { describe, expect, it } from 'vitest';
import { effectScope } from 'vue';
import {
  checkEvidence,
  evidenceUploadError,
  MAX_EVIDENCE_BYTES,
  useEvidenceUpload,
  type EvidenceUploader,
  type UploadedEvidence,
} from './useEvidenceUpload';

const file = (name = 'a.jpg', type = 'image/jpeg', size = 1000) => new File([new Uint8Array(size)], name, { type });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** An uploader whose uploads finish when the test says so. */
function controlledUploader() {
  const calls: {
    file: File;
    progress: (f: number) => void;
    signal: AbortSignal;
    resolve: (u: UploadedEvidence) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const upload: EvidenceUploader = (f, progress, signal) =>
    new Promise((resolve, reject) => void calls.push({ file: f, progress, signal, resolve, reject }));
  return { calls, upload };
}
const uploaded = (id: string, fileName = 'a.jpg'): UploadedEvidence => ({ id, fileName, contentType: 'image/jpeg', byteSize: 100 });

describe('checkEvidence', () => {
  it('accepts photos and PDF documents up to 20 MB', () => {
    for (const [name, type] of [
      ['a.jpg', 'image/jpeg'],
      ['a.png', 'image/png'],
      ['a.webp', 'image/webp'],
      ['方案.pdf', 'application/pdf'],
    ])
      expect(checkEvidence(file(name, type))).toBeNull();
    expect(checkEvidence({ name: 'a.pdf', type: 'application/pdf', size: MAX_EVIDENCE_BYTES })).toBeNull();
  });

  it('refuses other types, HEIC with its own advice, and big files', () => {
    expect(checkEvidence(file('a.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'))).toBe('type');
    expect(checkEvidence(file('IMG_1.HEIC', ''))).toBe('heic');
    expect(checkEvidence({ name: 'a.pdf', type: 'application/pdf', size: MAX_EVIDENCE_BYTES + 1 })).toBe('size');
  });
});

describe('evidenceUploadError', () => {
  it('reads the route’s errors and names a body too large', () => {
    const body = JSON.stringify({
      errors: [{ message: 'Send a photo (JPEG, PNG, WebP) or a PDF document.', extensions: { code: 'BAD_USER_INPUT', field: 'file' } }],
    });
    expect(evidenceUploadError(400, body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(evidenceUploadError(413, '<html>')).toMatchObject({ code: 'TOO_LARGE' });
    expect(evidenceUploadError(0, '')).toMatchObject({ code: 'network' });
  });
});

describe('useEvidenceUpload', () => {
  it('uploads photos and PDF documents at once, and cancels what is still uploading when the form goes', async () => {
    const { calls, upload } = controlledUploader();
    const scope = effectScope();
    const evidence = scope.run(() => useEvidenceUpload({ upload, max: 2 }))!;
    evidence.add([file('现场.jpg'), file('方案.pdf', 'application/pdf'), file('c.jpg')]);
    expect(evidence.problem.value).toBe('tooMany');
    expect(evidence.items.value.map((i) => i.status)).toEqual(['uploading', 'uploading']);
    calls[0]!.resolve(uploaded('e1', '现场.jpg'));
    await flush();
    expect(evidence.ids.value).toEqual(['e1']);
    scope.stop();
    expect(calls[1]!.signal.aborted).toBe(true);
  });
});
