import { describe, expect, it, vi } from 'vitest';
import type { SubmitClueInput } from '../../gql/graphql';
import { OperationError } from '../../graphql/fetchGraphql';
import {
  buildClueInput,
  emptyClueForm,
  fieldOfServerError,
  normalizePhoneInput,
  useClueForm,
  validateClue,
  type ClueFormValues,
} from './useClueForm';

const good = (change: Partial<ClueFormValues> = {}): ClueFormValues => ({
  ...emptyClueForm(),
  title: '电梯经常停运',
  description: '幸福小区 3 栋电梯一个月停运五次，老人上下楼困难。',
  category: 'PROPERTY_SERVICE',
  ...change,
});

const photos = (change: Partial<{ ids: string[]; uploading: boolean; failed: boolean }> = {}) => ({
  ids: () => change.ids ?? [],
  uploading: () => change.uploading ?? false,
  failed: () => change.failed ?? false,
});

describe('validateClue', () => {
  it('accepts a complete clue', () => {
    expect(validateClue(good())).toEqual([]);
  });

  it('names every field that breaks the server’s rules, in form order', () => {
    const wrong = validateClue({
      ...emptyClueForm(),
      title: ' 电梯 ',
      description: '太短了',
      location: 'x'.repeat(201),
      name: 'n'.repeat(61),
      phone: '12345',
    });
    expect(wrong).toEqual(['title', 'description', 'category', 'location', 'name', 'phone']);
  });

  it('counts characters as people do and ignores surrounding spaces', () => {
    expect(validateClue(good({ title: '    电梯坏了    ' }))).toEqual([]);
    expect(validateClue(good({ title: '坏了😀' }))).toEqual(['title']);
    expect(validateClue(good({ title: 'x'.repeat(101) }))).toEqual(['title']);
  });

  it('checks name and phone only when the clue is not anonymous', () => {
    expect(validateClue(good({ phone: '123', anonymous: true }))).toEqual([]);
    expect(validateClue(good({ phone: '138 1234 5678' }))).toEqual([]);
    expect(validateClue(good({ phone: '0571-88888888' }))).toEqual([]);
    expect(validateClue(good({ phone: '+86 13812345678' }))).toEqual([]);
  });

  it('wants both coordinates or neither', () => {
    expect(validateClue(good({ latitude: 30.1 }))).toEqual(['position']);
    expect(validateClue(good({ latitude: 30.1, longitude: 120.2 }))).toEqual([]);
    expect(validateClue(good({ latitude: 95, longitude: 120 }))).toEqual(['position']);
  });
});

describe('normalizePhoneInput', () => {
  it('drops spaces, brackets and the country code, and reads full-width digits', () => {
    expect(normalizePhoneInput(' 138 1234 5678 ')).toBe('13812345678');
    expect(normalizePhoneInput('+8613812345678')).toBe('13812345678');
    expect(normalizePhoneInput('１３８１２３４５６７８')).toBe('13812345678');
    expect(normalizePhoneInput('(0571)－88888888')).toBe('0571-88888888');
  });
});

describe('buildClueInput', () => {
  it('trims, leaves out empty optional fields and rounds the position', () => {
    const input = buildClueInput(
      good({
        title: ' 电梯经常停运 ',
        location: '  ',
        latitude: 30.123456789,
        longitude: 120.987654321,
        name: ' 张三 ',
        phone: '138 1234 5678',
      }),
      's1',
      ['p1'],
    );
    expect(input).toEqual({
      sessionId: 's1',
      title: '电梯经常停运',
      description: '幸福小区 3 栋电梯一个月停运五次，老人上下楼困难。',
      category: 'PROPERTY_SERVICE',
      location: null,
      latitude: 30.123457,
      longitude: 120.987654,
      photoIds: ['p1'],
      name: '张三',
      phone: '13812345678',
      anonymous: false,
    });
  });

  it('sends neither name nor phone when anonymous', () => {
    const input = buildClueInput(good({ name: '张三', phone: '13812345678', anonymous: true }), null, []);
    expect(input).toMatchObject({ sessionId: null, name: null, phone: null, anonymous: true });
  });
});

describe('fieldOfServerError', () => {
  it('maps the server’s field names onto the form', () => {
    expect(fieldOfServerError('title')).toBe('title');
    expect(fieldOfServerError('longitude')).toBe('position');
    expect(fieldOfServerError('photoIds')).toBe('photos');
    expect(fieldOfServerError('sessionId')).toBe('session');
    expect(fieldOfServerError('somethingElse')).toBeNull();
    expect(fieldOfServerError(null)).toBeNull();
  });
});

describe('useClueForm', () => {
  it('does not send an invalid clue, and clears a message once the field is changed', async () => {
    const send = vi.fn();
    const form = useClueForm({ send, photos: photos() });
    expect(await form.submit()).toBe(false);
    expect(send).not.toHaveBeenCalled();
    expect(form.errors.value).toEqual(['title', 'description', 'category']);
    expect(form.failure.value).toEqual({ kind: 'invalid' });
    form.clearError('title');
    expect(form.errors.value).toEqual(['description', 'category']);
  });

  it('sends the clue with the session and photos and keeps the tracking code', async () => {
    const send = vi.fn(async (_input: SubmitClueInput) => ({ trackingCode: 'WZ23456789' }));
    const form = useClueForm({ send, photos: photos({ ids: ['p1', 'p2'] }) });
    Object.assign(form.values, good());
    form.sessionId.value = 'session-1';
    expect(await form.submit()).toBe(true);
    expect(send.mock.calls[0]![0]).toMatchObject({ sessionId: 'session-1', photoIds: ['p1', 'p2'] });
    expect(form.trackingCode.value).toBe('WZ23456789');

    form.reset();
    expect(form.values.title).toBe('');
    expect(form.trackingCode.value).toBeNull();
    expect(form.sessionId.value).toBe('session-1');
  });

  it('waits for photos still uploading, and refuses to drop a failed one silently', async () => {
    const send = vi.fn();
    const uploading = useClueForm({ send, photos: photos({ uploading: true }) });
    Object.assign(uploading.values, good());
    await uploading.submit();
    expect(uploading.failure.value).toEqual({ kind: 'photosUploading' });
    const failed = useClueForm({ send, photos: photos({ failed: true }) });
    Object.assign(failed.values, good());
    await failed.submit();
    expect(failed.failure.value).toEqual({ kind: 'photosFailed' });
    expect(send).not.toHaveBeenCalled();
  });

  it('shows a server refusal next to the field it names', async () => {
    const form = useClueForm({
      send: async () => {
        throw new OperationError('BAD_USER_INPUT', 'input.phone: Enter an 11-digit mobile number', null, 'phone');
      },
      photos: photos(),
    });
    Object.assign(form.values, good());
    await form.submit();
    expect(form.errors.value).toEqual(['phone']);
    expect(form.failure.value).toEqual({ kind: 'invalid' });
  });

  it('offers a general submission when the call is closed, and sends it without the session', async () => {
    const sessions: (string | number | null | undefined)[] = [];
    const form = useClueForm({
      send: async (input) => {
        sessions.push(input.sessionId);
        if (input.sessionId) throw new OperationError('COLLECTION_CLOSED', 'closed');
        return { trackingCode: 'WZ99999999' };
      },
      photos: photos(),
    });
    Object.assign(form.values, good());
    form.sessionId.value = 's1';
    expect(await form.submit()).toBe(false);
    expect(form.failure.value).toEqual({ kind: 'closed' });
    expect(await form.sendAsGeneral()).toBe(true);
    expect(sessions).toEqual(['s1', null]);
    expect(form.trackingCode.value).toBe('WZ99999999');
  });

  it('addresses the clue to a representative by their code, and says when they take no clues', async () => {
    const sent: (string | null | undefined)[] = [];
    let refusal: OperationError | null = null;
    const form = useClueForm({
      send: async (input) => {
        sent.push(input.representativeCode);
        if (refusal) throw refusal;
        return { trackingCode: 'WZ77777777' };
      },
      photos: photos(),
      representativeCode: () => 'K7M3Q9PA',
    });
    Object.assign(form.values, good());
    expect(await form.submit()).toBe(true);
    expect(sent).toEqual(['K7M3Q9PA']);

    form.reset();
    Object.assign(form.values, good());
    refusal = new OperationError('REPRESENTATIVE_INACTIVE', 'This representative takes no clues');
    expect(await form.submit()).toBe(false);
    expect(form.failure.value).toEqual({ kind: 'representativeInactive' });

    refusal = new OperationError('NOT_FOUND', 'No representative has this code');
    expect(await form.submit()).toBe(false);
    expect(form.failure.value).toEqual({ kind: 'representativeMissing' });
    expect(form.trackingCode.value).toBeNull();
  });

  it('leaves the code out of a clue to nobody in particular', () => {
    expect(buildClueInput(good(), null, [])).not.toHaveProperty('representativeCode');
    expect(buildClueInput(good(), null, [], 'K7M3Q9PA')).toMatchObject({ representativeCode: 'K7M3Q9PA', sessionId: null });
  });

  it('explains waits, lost connections and other refusals', async () => {
    let error: unknown = new OperationError('RATE_LIMITED', 'slow', 42);
    const form = useClueForm({
      send: async () => {
        throw error;
      },
      photos: photos(),
    });
    Object.assign(form.values, good());
    await form.submit();
    expect(form.failure.value).toEqual({ kind: 'rateLimited', seconds: 42 });
    error = new TypeError('Failed to fetch');
    await form.submit();
    expect(form.failure.value).toEqual({ kind: 'network' });
    error = new OperationError('NOT_FOUND', 'The session was not found.');
    form.sessionId.value = 'gone';
    await form.submit();
    expect(form.failure.value).toEqual({ kind: 'sessionMissing' });
    error = new OperationError('INTERNAL_SERVER_ERROR', 'Something went wrong');
    await form.submit();
    expect(form.failure.value).toEqual({ kind: 'message', message: 'Something went wrong' });
  });

  it('drops name and phone messages when the clue becomes anonymous', async () => {
    const form = useClueForm({ send: vi.fn(), photos: photos() });
    Object.assign(form.values, good({ phone: '12' }));
    await form.submit();
    expect(form.errors.value).toEqual(['phone']);
    form.setAnonymous(true);
    expect(form.errors.value).toEqual([]);
  });

  it('attaches the position when allowed, and says why not otherwise', async () => {
    const form = useClueForm({ send: vi.fn(), photos: photos() });
    const allow = {
      getCurrentPosition: (ok: PositionCallback) =>
        ok({ coords: { latitude: 30.27, longitude: 120.15, accuracy: 12.6 } } as GeolocationPosition),
    } as Geolocation;
    await form.locate(allow);
    expect(form.locateState.value).toBe('located');
    expect(form.values).toMatchObject({ latitude: 30.27, longitude: 120.15, accuracy: 13 });
    form.clearPosition();
    expect(form.values.latitude).toBeNull();

    const deny = {
      getCurrentPosition: (_ok: PositionCallback, fail?: PositionErrorCallback | null) => fail?.({ code: 1 } as GeolocationPositionError),
    } as Geolocation;
    await form.locate(deny);
    expect(form.locateState.value).toBe('denied');
    await form.locate(undefined);
    expect(form.locateState.value).toBe('unsupported');
  });
});
