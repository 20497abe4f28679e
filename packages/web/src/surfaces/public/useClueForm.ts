import { reactive, shallowRef } from 'vue';
import type { SubmitClueInput } from '../../gql/graphql';
import { toOperationError } from '../../graphql/fetchGraphql';

// The clue form (反映问题线索): its values, the same rules the server applies (checked on the phone
// first, so most mistakes are explained without a round trip), and what a refusal means.

/** The parts of the form a message can point at, in the order they appear. */
export const clueFields = ['session', 'title', 'description', 'category', 'location', 'position', 'photos', 'name', 'phone'] as const;
export type ClueField = (typeof clueFields)[number];

export interface ClueFormValues {
  title: string;
  description: string;
  /** A category's code; empty until chosen. */
  category: string;
  location: string;
  latitude: number | null;
  longitude: number | null;
  /** Metres, from the phone's location. */
  accuracy: number | null;
  name: string;
  phone: string;
  anonymous: boolean;
}

export const emptyClueForm = (): ClueFormValues => ({
  title: '',
  description: '',
  category: '',
  location: '',
  latitude: null,
  longitude: null,
  accuracy: null,
  name: '',
  phone: '',
  anonymous: false,
});

/** Mainland mobile numbers and landlines with area code; the server's rule. */
export const phonePattern = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** What people type: full-width digits, spaces, brackets, a +86 prefix. */
export function normalizePhoneInput(raw: string): string {
  return raw
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[－—–]/g, '-')
    .replace(/[\s()（）]/g, '')
    .replace(/^\+?86(?=1\d{10}$)/, '');
}

/** Characters as people count them (an emoji is one), after trimming. */
const length = (text: string) => [...text.trim()].length;

/** The fields that break a rule, in form order. */
export function validateClue(values: ClueFormValues): ClueField[] {
  const wrong = new Set<ClueField>();
  const title = values.title.trim();
  if (length(title) < 4 || title.length > 100) wrong.add('title');
  const description = values.description.trim();
  if (length(description) < 10 || description.length > 3000) wrong.add('description');
  if (!values.category) wrong.add('category');
  if (values.location.trim().length > 200) wrong.add('location');
  const { latitude, longitude } = values;
  if (
    (latitude === null) !== (longitude === null) ||
    (latitude !== null && Math.abs(latitude) > 90) ||
    (longitude !== null && Math.abs(longitude) > 180)
  )
    wrong.add('position');
  if (!values.anonymous) {
    if (values.name.trim().length > 60) wrong.add('name');
    const phone = normalizePhoneInput(values.phone);
    if (phone && (phone.length > 20 || !phonePattern.test(phone))) wrong.add('phone');
  }
  return clueFields.filter((field) => wrong.has(field));
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;
const optional = (text: string) => text.trim() || null;

/**
 * The mutation's input: trimmed, empty optional fields left out, nothing personal when anonymous.
 * A clue sent from a representative's page (/r/<code>) carries their code (代表码) and is addressed to them.
 */
export function buildClueInput(
  values: ClueFormValues,
  sessionId: string | null,
  photoIds: readonly string[],
  representativeCode: string | null = null,
): SubmitClueInput {
  const located = values.latitude !== null && values.longitude !== null;
  return {
    sessionId,
    ...(representativeCode ? { representativeCode } : {}),
    title: values.title.trim(),
    description: values.description.trim(),
    category: values.category,
    location: optional(values.location),
    latitude: located ? round6(values.latitude!) : null,
    longitude: located ? round6(values.longitude!) : null,
    photoIds: [...photoIds],
    name: values.anonymous ? null : optional(values.name),
    phone: values.anonymous ? null : optional(normalizePhoneInput(values.phone)),
    anonymous: values.anonymous,
  };
}

/** The form part a server refusal names (`extensions.field`, last segment), if any. */
export function fieldOfServerError(field: string | null): ClueField | null {
  switch (field) {
    case 'title':
    case 'description':
    case 'category':
    case 'location':
    case 'name':
    case 'phone':
      return field;
    case 'latitude':
    case 'longitude':
      return 'position';
    case 'photoIds':
    case 'photo':
      return 'photos';
    case 'sessionId':
      return 'session';
    default:
      return null;
  }
}

/** Why sending failed, for the message above the button. */
export type SubmitFailure =
  | { kind: 'invalid' }
  | { kind: 'photosUploading' }
  | { kind: 'photosFailed' }
  /** The session's call is not open: offer a general submission. */
  | { kind: 'closed' }
  /** The session is gone (or the link was wrong): offer a general submission too. */
  | { kind: 'sessionMissing' }
  /** The representative the clue is addressed to no longer takes clues (REPRESENTATIVE_INACTIVE). */
  | { kind: 'representativeInactive' }
  /** The representative's code is unknown (NOT_FOUND on a representative's page). */
  | { kind: 'representativeMissing' }
  | { kind: 'rateLimited'; seconds: number | null }
  | { kind: 'network' }
  | { kind: 'message'; message: string };

export type LocateState = 'idle' | 'locating' | 'located' | 'denied' | 'unavailable' | 'unsupported';

interface ClueFormOptions {
  /** Sends the clue; rejects with an OperationError. */
  send: (input: SubmitClueInput) => Promise<{ trackingCode: string }>;
  photos: { ids: () => readonly string[]; uploading: () => boolean; failed: () => boolean };
  /** The 代表码 of the representative the clue is addressed to (their page, /r/<code>). */
  representativeCode?: () => string | null;
}

export function useClueForm(options: ClueFormOptions) {
  const values = reactive<ClueFormValues>(emptyClueForm());
  /** The session whose call the clue answers; null for a general submission (日常反映). */
  const sessionId = shallowRef<string | null>(null);
  const errors = shallowRef<readonly ClueField[]>([]);
  const failure = shallowRef<SubmitFailure | null>(null);
  const submitting = shallowRef(false);
  const trackingCode = shallowRef<string | null>(null);
  const locateState = shallowRef<LocateState>('idle');

  /** A field's message goes once the person changes it. */
  function clearError(field: ClueField): void {
    if (errors.value.includes(field)) errors.value = errors.value.filter((f) => f !== field);
    if (failure.value?.kind === 'invalid' && errors.value.length === 0) failure.value = null;
  }

  function setAnonymous(anonymous: boolean): void {
    values.anonymous = anonymous;
    if (anonymous) errors.value = errors.value.filter((f) => f !== 'name' && f !== 'phone');
  }

  /** Checks, then sends. Resolves true once sent (trackingCode is set). */
  async function submit(): Promise<boolean> {
    if (submitting.value) return false;
    failure.value = null;
    errors.value = validateClue(values);
    if (errors.value.length) {
      failure.value = { kind: 'invalid' };
      return false;
    }
    if (options.photos.uploading()) {
      failure.value = { kind: 'photosUploading' };
      return false;
    }
    if (options.photos.failed()) {
      failure.value = { kind: 'photosFailed' };
      return false;
    }
    submitting.value = true;
    try {
      const representativeCode = options.representativeCode?.() ?? null;
      const sent = await options.send(buildClueInput(values, sessionId.value, options.photos.ids(), representativeCode));
      trackingCode.value = sent.trackingCode;
      return true;
    } catch (caught) {
      const error = toOperationError(caught);
      const field = error.code === 'BAD_USER_INPUT' ? fieldOfServerError(error.field) : null;
      if (field) {
        errors.value = [field];
        failure.value = { kind: 'invalid' };
      } else if (error.code === 'COLLECTION_CLOSED') failure.value = { kind: 'closed' };
      else if (error.code === 'REPRESENTATIVE_INACTIVE') failure.value = { kind: 'representativeInactive' };
      else if (error.code === 'NOT_FOUND' && sessionId.value) failure.value = { kind: 'sessionMissing' };
      else if (error.code === 'NOT_FOUND' && options.representativeCode?.()) failure.value = { kind: 'representativeMissing' };
      else if (error.code === 'RATE_LIMITED') failure.value = { kind: 'rateLimited', seconds: error.retryAfterSeconds };
      else if (error.code === 'network') failure.value = { kind: 'network' };
      else failure.value = { kind: 'message', message: error.message };
      return false;
    } finally {
      submitting.value = false;
    }
  }

  /** After COLLECTION_CLOSED: the same clue, outside any session (always accepted). */
  function sendAsGeneral(): Promise<boolean> {
    sessionId.value = null;
    return submit();
  }

  /** Attaches the phone's position, if the person allows it; never required. */
  function locate(geolocation: Geolocation | undefined = globalThis.navigator?.geolocation): Promise<void> {
    if (!geolocation) {
      locateState.value = 'unsupported';
      return Promise.resolve();
    }
    locateState.value = 'locating';
    return new Promise((resolve) => {
      geolocation.getCurrentPosition(
        (position) => {
          values.latitude = position.coords.latitude;
          values.longitude = position.coords.longitude;
          values.accuracy = Number.isFinite(position.coords.accuracy) ? Math.round(position.coords.accuracy) : null;
          locateState.value = 'located';
          clearError('position');
          resolve();
        },
        (error) => {
          // 1: PERMISSION_DENIED; 2: POSITION_UNAVAILABLE; 3: TIMEOUT. Insecure pages are refused as denied.
          locateState.value = error.code === 1 ? 'denied' : 'unavailable';
          resolve();
        },
        { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
      );
    });
  }

  function clearPosition(): void {
    values.latitude = null;
    values.longitude = null;
    values.accuracy = null;
    locateState.value = 'idle';
    clearError('position');
  }

  /** A fresh form for the next clue; the chosen session stays. */
  function reset(): void {
    Object.assign(values, emptyClueForm());
    errors.value = [];
    failure.value = null;
    trackingCode.value = null;
    locateState.value = 'idle';
  }

  return {
    values,
    sessionId,
    errors,
    failure,
    submitting,
    trackingCode,
    locateState,
    submit,
    sendAsGeneral,
    clearError,
    setAnonymous,
    locate,
    clearPosition,
    reset,
  };
}
