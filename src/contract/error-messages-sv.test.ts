import { describe, expect, it } from 'vitest';
import { bytesSv, errorMessageSv } from './error-messages-sv';
import type { ErrorBody } from './errors';

const error = (
  code: ErrorBody['error']['code'],
  details: ErrorBody['error']['details'],
  requestId?: string,
): ErrorBody['error'] => ({
  code,
  message: '',
  details,
  issues: [],
  ...(requestId === undefined ? {} : { requestId }),
});

describe('errorMessageSv', () => {
  it('tells a refused sign-in how long to wait', () => {
    const wait = (retryAfterSeconds: number, reason = 'account-and-address') =>
      errorMessageSv(error('too-many-attempts', { reason, retryAfterSeconds }));
    expect(wait(900)).toBe('För många misslyckade inloggningar. Försök igen om 15 minuter.');
    expect(wait(61)).toBe('För många misslyckade inloggningar. Försök igen om 2 minuter.');
    expect(wait(60)).toBe('För många misslyckade inloggningar. Försök igen om 1 minut.');
    expect(wait(1)).toBe('För många misslyckade inloggningar. Försök igen om 1 sekund.');
    expect(wait(4, 'account')).toBe(
      'Kontot har haft många misslyckade inloggningar från andra adresser. Vänta 4 sekunder innan du försöker igen.',
    );
  });

  it('names the upload quota that was reached', () => {
    expect(
      errorMessageSv(error('upload-quota-exceeded', { scope: 'user', limitBytes: 2 * 1024 ** 3 })),
    ).toMatch(/^Filen får inte plats: .* högst 2 GB tillsammans\./);
    expect(
      errorMessageSv(error('upload-quota-exceeded', { scope: 'total', limitBytes: 4 * 1024 ** 3 })),
    ).toMatch(/^Servern tar inte emot fler filer just nu: .* högst 4 GB tillsammans för alla/);
    expect([1536 * 1024 ** 2, 600 * 1024 ** 2, 1413, 500].map(bytesSv)).toEqual([
      '1,5 GB',
      '600 MB',
      '1,4 kB',
      '500 byte',
    ]);
  });

  it("asks the user to quote a server error's request id", () => {
    expect(errorMessageSv(error('internal-error', {}, '0a1b2c3d4e5f'))).toBe(
      'Ett oväntat fel inträffade. Inget har sparats. Försök igen. Ange felkod 0a1b2c3d4e5f om du kontaktar support.',
    );
    expect(errorMessageSv(error('internal-error', {}))).toBe(
      'Ett oväntat fel inträffade. Inget har sparats. Försök igen eller kontakta support.',
    );
  });
});
