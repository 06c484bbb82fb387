import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { temporaryPasswordSchema } from '#contract/administration';
import { errorBodySchema } from '#contract/errors';
import { fillPath } from '#contract/endpoint';
import { ALL_ENDPOINTS, type EndpointName } from '#contract/endpoints';
import { sessionResponse } from '#contract/session';
import type { Database } from '#server/db/connect';
import { signInAs, type SignedInInject } from '../support/http-session';
import { openDemoApi, type DemoApi } from '../support/demo-api';
import { describeOneEngine } from '../support/test-database';

/**
 * A user an administrator adds: the name in any case (å, ä, ö too) is the same user, and the
 * first sign-in asks for an own password (firstSignIn), which an administrator's later reset
 * does not.
 */
describeOneEngine('a new user on %s', (engine) => {
  let api: DemoApi;
  let database: Database;
  let app: FastifyInstance;
  let admin: SignedInInject;
  let municipalityId: string;
  let boardId: string;
  const url = (name: EndpointName, extra: Record<string, string> = {}) =>
    fillPath(ALL_ENDPOINTS[name].path, { municipalityId, ...extra });
  const createUser = (username: string) =>
    admin({
      method: 'POST',
      url: url('createUser'),
      payload: {
        username,
        displayName: 'Anna Åberg',
        email: '',
        ssoSubject: '',
        password: true,
        grant: { role: 'board-member', boardId, orgUnitId: null },
      },
    });

  beforeAll(async () => {
    api = await openDemoApi(engine, 'admin');
    ({ database, app, request: admin } = api);
    ({ municipalityId, boardId } = api.ids);
  });
  afterAll(() => api.close());

  it('is stored in lower case, signs in in any case, and chooses an own password first', async () => {
    const created = await createUser('Anna.Åberg');
    expect(created.statusCode).toBe(200);
    const { user, temporaryPassword } = temporaryPasswordSchema.parse(created.json());
    expect(user.username).toBe('anna.åberg');

    // The same name in capitals, and with Å written as A and a combining ring, is taken.
    for (const taken of ['ANNA.ÅBERG', 'Anna.A\u030Aberg']) {
      const again = await createUser(taken);
      expect(again.statusCode).toBe(400);
      expect(errorBodySchema.parse(again.json()).error.issues).toContainEqual(
        expect.objectContaining({ field: 'username', problem: 'taken' }),
      );
    }

    const anna = await signInAs(app, 'ANNA.Åberg', temporaryPassword ?? '');
    const first = sessionResponse.parse(
      (await anna({ method: 'GET', url: '/api/session' })).json(),
    );
    expect(first.user).toMatchObject({
      username: 'anna.åberg',
      mustChangePassword: true,
      firstSignIn: true,
    });
    const chosen = await anna({
      method: 'POST',
      url: '/api/session/password',
      payload: { currentPassword: temporaryPassword, newPassword: 'en egen lång mening i vår' },
    });
    expect(chosen.statusCode).toBe(200);
    expect(sessionResponse.parse(chosen.json()).user).toMatchObject({
      mustChangePassword: false,
      firstSignIn: false,
    });

    // An administrator's reset of the password she chose is a reset, not a first sign-in.
    const reset = temporaryPasswordSchema.parse(
      (
        await admin({
          method: 'POST',
          url: url('resetPassword', { userId: user.id }),
          payload: {
            baseRevision: (
              await database.db
                .selectFrom('app_user')
                .select('revision')
                .where('id', '=', user.id)
                .executeTakeFirstOrThrow()
            ).revision,
          },
        })
      ).json(),
    );
    const afterReset = await signInAs(app, 'anna.ÅBERG', reset.temporaryPassword ?? '');
    expect(
      sessionResponse.parse((await afterReset({ method: 'GET', url: '/api/session' })).json()).user,
    ).toMatchObject({ mustChangePassword: true, firstSignIn: false });
  });
});
