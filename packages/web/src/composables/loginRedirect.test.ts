import { describe, expect, it } from 'vitest';
import { afterLoginPath, landingPath, safeRedirect } from './loginRedirect';

describe('landingPath', () => {
  it('sends each role to its own surface', () => {
    expect(landingPath('ADMIN')).toBe('/admin');
    expect(landingPath('SECURITY_ADMIN')).toBe('/security');
    expect(landingPath('HOST')).toBe('/host');
    expect(landingPath('MODERATOR')).toBe('/moderate');
    expect(landingPath('DEPARTMENT')).toBe('/department');
    expect(landingPath('REPRESENTATIVE')).toBe('/representative');
  });
});

describe('safeRedirect', () => {
  it('keeps paths on this site, with their query', () => {
    expect(safeRedirect('/admin/accounts?role=HOST')).toBe('/admin/accounts?role=HOST');
    expect(safeRedirect(['/admin', '/host'])).toBe('/admin');
  });

  it('refuses other hosts, non-paths and the login page itself', () => {
    for (const raw of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'admin',
      '',
      '/login',
      '/login?redirect=/admin',
      undefined,
      null,
      42,
    ]) {
      expect(safeRedirect(raw)).toBeNull();
    }
  });
});

describe('afterLoginPath', () => {
  it('prefers the requested page and falls back to the role’s surface', () => {
    expect(afterLoginPath('/admin/accounts', 'ADMIN')).toBe('/admin/accounts');
    expect(afterLoginPath(undefined, 'HOST')).toBe('/host');
    expect(afterLoginPath('//evil.example', 'ADMIN')).toBe('/admin');
  });
});
