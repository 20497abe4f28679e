import { describe, expect, it } from 'vitest';
import { effectScope } from 'vue';
import { OperationError } from '../graphql/fetchGraphql';
import { checkEvidence, evidenceUploadError, MAX_EVIDENCE_BYTES, useEvidenceUpload, type EvidenceUploader, type UploadedEvidence } from './useEvidenceUpload';

const file = (name = 'a.jpg', type = 'image/jpeg', size = 1000) => new File([new Uint8Array(size)], name, { type });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** An uploader whose uploads finish when the test says so. */
function controlledUploader() {
  const calls: { file: File; progress: (f: number) => void; signal: AbortSignal; resolve: (u: UploadedEvidence) => void; reject: (e: unknown) => void }[] = [];
  const upload: EvidenceUploader = (f, progress, signal) => new Promise((resolve, reject) => void calls.push({ file: f, progress, signal, resolve, reject }));
  return { calls, upload };
}
const uploaded = (id: string, fileName = 'a.jpg'): UploadedEvidence => ({ id, fileName, contentType: 'image/jpeg', byteSize: 100 });

describe('checkEvidence', () => {
  it('accepts photos and PDF documents up to 20 MB', () => {
    for (const [name, type] of [['a.jpg', 'image/jpeg'], ['a.png', 'image/png'], ['a.webp', 'image/webp'], ['方案.pdf', 'application/pdf']]) expect(checkEvidence(file(name, type))).toBeNull();
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
    const body = JSON.stringify({ errors: [{ message: 'Send a photo (JPEG, PNG, WebP) or a PDF document.', extensions: { code: 'BAD_USER_INPUT', field: 'file' } }] });
    expect(evidenceUploadError(400, body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(evidenceUploadError(413, '<html>')).toMatchObject({ code: 'TOO_LARGE' });
    expect(evidenceUploadError(0, '')).toMatchObject({ code: 'network' });
  });
});

describe('useEvidenceUpload', () => {
  it('uploads each file at once, shows its progress, and gives the ids of the files that are up', async () => {
    const { calls, upload } = controlledUploader();
    const scope = effectScope();
    const evidence = scope.run(() => useEvidenceUpload({ upload }))!;
    evidence.add([file('现场.jpg'), file('方案.pdf', 'application/pdf')]);
    expect(evidence.items.value.map((i) => i.status)).toEqual(['uploading', 'uploading']);
    expect(evidence.uploading.value).toBe(true);
    calls[0]!.progress(0.5);
    expect(evidence.items.value[0]!.progress).toBe(0.5);
    calls[0]!.resolve(uploaded('e1', '现场.jpg'));
    calls[1]!.reject(new OperationError('network', 'down'));
    await flush();
    expect(evidence.items.value.map((i) => i.status)).toEqual(['done', 'error']);
    expect(evidence.ids.value).toEqual(['e1']);
    expect(evidence.failed.value).toBe(true);

    evidence.retry(evidence.items.value[1]!.key);
    calls[2]!.resolve(uploaded('e2', '方案.pdf'));
    await flush();
    expect(evidence.ids.value).toEqual(['e1', 'e2']);
    scope.stop();
  });

  it('refuses what it cannot send, and cancels an upload when its file is removed', async () => {
    const { calls, upload } = controlledUploader();
    const scope = effectScope();
    const evidence = scope.run(() => useEvidenceUpload({ upload, max: 2 }))!;
    evidence.add([file('a.gif', 'image/gif')]);
    expect(evidence.problem.value).toBe('type');
    evidence.add([file('a.jpg'), file('b.jpg'), file('c.jpg')]);
    expect(evidence.problem.value).toBe('tooMany');
    expect(evidence.items.value).toHaveLength(2);
    evidence.remove(evidence.items.value[0]!.key);
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(evidence.items.value).toHaveLength(1);
    scope.stop();
    expect(calls[1]!.signal.aborted).toBe(true);
  });
});
