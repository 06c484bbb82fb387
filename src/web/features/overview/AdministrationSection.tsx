import { codeAndName } from '#domain/organisation/code-and-name';
import { Link } from 'react-router';
import type { Overview } from '#contract/overview';
import { IMPORT_PATH, ORGANISATION_ADMIN_PATH, USERS_ADMIN_PATH } from '../../app/navigation';
import { FactList } from '../../ui/FactList';
import { importFacts } from './LatestImport';

/** At most this many names are listed; the rest are counted. */
const NAMES_SHOWN = 8;

/** "Anna, Bo och 3 till". */
function namesSv(names: readonly string[]): string {
  const shown = names.slice(0, NAMES_SHOWN);
  const rest = names.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} och ${String(rest)} till` : shown.join(', ');
}

/**
 * The administrator's first page: users (how many, disabled, never signed in), the board's
 * organisation (units without a head), and the latest ledger import of each municipality.
 */
export function AdministrationSection({
  administration,
}: {
  readonly administration: NonNullable<Overview['administration']>;
}) {
  const { users, organisation, imports } = administration;
  return (
    <>
      <section className="section overview-section" aria-labelledby="overview-users">
        <h2 id="overview-users" className="section__title">
          Användare
        </h2>
        <FactList
          facts={[
            ['Användare med roll i kommunen', String(users.total)],
            ['Inaktiverade', String(users.disabled)],
            [
              'Har aldrig loggat in',
              users.neverSignedIn.length === 0
                ? 'Ingen'
                : `${String(users.neverSignedIn.length)}: ${namesSv(
                    users.neverSignedIn.map((user) => user.displayName),
                  )}`,
            ],
          ]}
        />
        <p>
          <Link to={USERS_ADMIN_PATH}>Användare och roller</Link>
        </p>
      </section>
      <section className="section overview-section" aria-labelledby="overview-organisation">
        <h2 id="overview-organisation" className="section__title">
          Organisation
        </h2>
        <FactList
          facts={[
            ['Avdelningar', String(organisation.departments)],
            ['Enheter', String(organisation.units)],
            [
              'Enheter utan enhetschef eller avdelningschef',
              String(organisation.withoutManager.length),
            ],
          ]}
        />
        {organisation.withoutManager.length > 0 ? (
          <>
            <h3 className="section__subtitle">Enheter utan enhetschef eller avdelningschef</h3>
            <ul className="submission-summary__missing">
              {organisation.withoutManager.map((unit) => (
                <li key={unit.id}>{codeAndName(unit)}</li>
              ))}
            </ul>
          </>
        ) : null}
        <p>
          <Link to={ORGANISATION_ADMIN_PATH}>Organisation</Link>
        </p>
      </section>
      <section className="section overview-section" aria-labelledby="overview-imports">
        <h2 id="overview-imports" className="section__title">
          Import av bokföring
        </h2>
        {imports.map((entry) => (
          <div key={entry.municipality.id} className="overview-import">
            <h3 className="section__subtitle">{entry.municipality.name}</h3>
            {entry.latest ? (
              <FactList
                compact
                facts={[
                  ...importFacts(entry.latest),
                  ['Importer i alla', String(entry.count)],
                  ['Ångrade', String(entry.undone)],
                ]}
              />
            ) : (
              <p>Ingen bokföring är inläst ännu.</p>
            )}
          </div>
        ))}
        <p>
          <Link to={IMPORT_PATH}>Till Import</Link>
        </p>
      </section>
    </>
  );
}
