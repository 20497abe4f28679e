import { describe, expect, it } from 'vitest';
import { OperationError } from '../../graphql/fetchGraphql';
import {
  isRepresentativeCode,
  normalizeRepresentativeCode,
  usePublicRepresentative,
  type PublicRepresentativeProfile,
} from './usePublicRepresentative';

const wang: PublicRepresentativeProfile = {
  name: '王芳',
  district: '城关镇选区',
  station: '城关镇人大代表联络站',
  bio: null,
  photoUrl: null,
  code: 'K7M3Q9PA',
  active: true,
  cluesReceived: 3,
  cluesAnswered: 1,
  reviews: [],
};

describe('normalizeRepresentativeCode', () => {
  it('reads a code as people type it', () => {
    expect(normalizeRepresentativeCode(' k7m3-q9pa ')).toBe('K7M3Q9PA');
    expect(normalizeRepresentativeCode('Ｋ７Ｍ３Ｑ９ＰＡ')).toBe('K7M3Q9PA');
    expect(isRepresentativeCode('K7M3Q9PA')).toBe(true);
    expect(isRepresentativeCode('K7M3Q9')).toBe(false);
    expect(isRepresentativeCode('K7M3Q9PA!')).toBe(false);
  });
});

describe('usePublicRepresentative', () => {
  it('shows the profile, an inactive one too', async () => {
    const asked: string[] = [];
    const page = usePublicRepresentative(async (code) => {
      asked.push(code);
      return { ...wang, active: code !== 'K7M3Q9PA' };
    });
    expect(page.status.value).toBe('loading');
    await page.load('k7m3q9pa');
    expect(asked).toEqual(['K7M3Q9PA']);
    expect(page.status.value).toBe('ready');
    expect(page.representative.value?.active).toBe(false);
  });

  it('tells an unknown code (without asking when it cannot be one), a busy server and a failure apart', async () => {
    let answer: () => Promise<PublicRepresentativeProfile> = async () => {
      throw new OperationError('NOT_FOUND', 'No representative has this code');
    };
    let calls = 0;
    const page = usePublicRepresentative(() => {
      calls++;
      return answer();
    });
    await page.load('nope');
    expect(page.status.value).toBe('notFound');
    expect(calls).toBe(0);

    await page.load('ZZZZZZZZ');
    expect(page.status.value).toBe('notFound');
    expect(calls).toBe(1);

    answer = async () => {
      throw new OperationError('RATE_LIMITED', 'slow', 30);
    };
    await page.load('ZZZZZZZZ');
    expect(page.status.value).toBe('rateLimited');
    expect(page.retryAfter.value).toBe(30);

    answer = async () => {
      throw new OperationError('network', 'offline');
    };
    await page.load('ZZZZZZZZ');
    expect(page.status.value).toBe('error');
  });

  it('drops an older answer, and refreshes the counts quietly', async () => {
    const pending: ((value: PublicRepresentativeProfile) => void)[] = [];
    const page = usePublicRepresentative(() => new Promise<PublicRepresentativeProfile>((resolve) => pending.push(resolve)));
    const first = page.load('AAAAAAAA');
    const second = page.load('K7M3Q9PA');
    pending[1]!(wang);
    pending[0]!({ ...wang, name: '旧的' });
    await Promise.all([first, second]);
    expect(page.representative.value?.name).toBe('王芳');

    const refreshed = page.refresh();
    pending[2]!({ ...wang, cluesReceived: 4 });
    await refreshed;
    expect(page.representative.value?.cluesReceived).toBe(4);
  });
});
