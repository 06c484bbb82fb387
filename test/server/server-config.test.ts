import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, koladaBaseUrl, mailConfig, serverConfig } from '#server/config';

const MB = 1024 * 1024;

describe('the server configuration', () => {
  it('keeps uploads under the data folder, with quotas of one largest file per user and two in all', () => {
    const config = serverConfig({ DATA_DIR: '/srv/namndkoll' }, []);
    expect(config.uploads).toEqual({
      dir: join('/srv/namndkoll', 'uploads'),
      quotas: { perUserBytes: 2048 * MB, totalBytes: 4096 * MB },
    });
    expect(serverConfig({}, []).uploads.dir).toBe(join(resolve('data'), 'uploads'));
    // PostgreSQL: DATA_DIR if set, else a folder of this user's under the temporary folder.
    const postgres = { DATABASE_URL: 'postgres://db/namndkoll' };
    expect(serverConfig({ ...postgres, DATA_DIR: '/srv/nk' }, []).uploads.dir).toBe(
      join('/srv/nk', 'uploads'),
    );
    expect(serverConfig(postgres, []).uploads.dir).toBe(
      join(tmpdir(), `namndkoll-uploads-${String(process.getuid?.() ?? 'user')}`),
    );
  });

  it('reads the quotas in MB and refuses what is not a whole number of them', () => {
    const config = serverConfig(
      { NAMNDKOLL_UPLOAD_QUOTA_USER_MB: '500', NAMNDKOLL_UPLOAD_QUOTA_TOTAL_MB: '1500' },
      [],
    );
    expect(config.uploads.quotas).toEqual({ perUserBytes: 500 * MB, totalBytes: 1500 * MB });
    expect(() => serverConfig({ NAMNDKOLL_UPLOAD_QUOTA_USER_MB: '1,5' }, [])).toThrow(ConfigError);
    expect(() => serverConfig({ NAMNDKOLL_UPLOAD_QUOTA_TOTAL_MB: '0' }, [])).toThrow(
      /NAMNDKOLL_UPLOAD_QUOTA_TOTAL_MB/,
    );
  });

  it('takes the public origin from PUBLIC_URL, or the listening address', () => {
    expect(serverConfig({}, []).publicUrl).toBeNull();
    expect(serverConfig({ PUBLIC_URL: 'https://namndkoll.kommun.se' }, []).publicUrl?.origin).toBe(
      'https://namndkoll.kommun.se',
    );
    expect(() => serverConfig({ HOST: '0.0.0.0' }, [])).toThrow(/PUBLIC_URL/);
  });

  it("takes Kolada's API from NAMNDKOLL_KOLADA_URL, else Kolada's own v2, without a trailing slash", () => {
    expect(koladaBaseUrl({})).toBe('https://api.kolada.se/v2');
    expect(koladaBaseUrl({ NAMNDKOLL_KOLADA_URL: ' ' })).toBe('https://api.kolada.se/v2');
    expect(koladaBaseUrl({ NAMNDKOLL_KOLADA_URL: 'http://127.0.0.1:8080/v2/' })).toBe(
      'http://127.0.0.1:8080/v2',
    );
    expect(() => koladaBaseUrl({ NAMNDKOLL_KOLADA_URL: 'ftp://kolada.se/v2' })).toThrow(
      new ConfigError(
        'NAMNDKOLL_KOLADA_URL ska börja med https:// eller http:// (var: ftp://kolada.se/v2)',
      ),
    );
  });

  it('sends reminders by e-mail only with an SMTP_URL, and refuses one that is no SMTP address', () => {
    expect(mailConfig({})).toBeNull();
    expect(mailConfig({ SMTP_URL: ' ' })).toBeNull();
    expect(mailConfig({ SMTP_URL: 'smtp://smtp.kommunen.se:587' })).toEqual({
      smtpUrl: 'smtp://smtp.kommunen.se:587',
      from: 'Nämndkoll <namndkoll@localhost>',
    });
    expect(
      mailConfig({
        SMTP_URL: 'smtps://u:p@smtp.kommunen.se',
        NAMNDKOLL_MAIL_FROM: 'Socialförvaltningen <sn@kommunen.se>',
      })?.from,
    ).toBe('Socialförvaltningen <sn@kommunen.se>');
    expect(() => mailConfig({ SMTP_URL: 'smtp.kommunen.se' })).toThrow(ConfigError);
  });
});
