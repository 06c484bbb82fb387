import type { FollowUpView } from '#contract/follow-up';
import { FOLLOW_UP_STATUS_NAMES_SV } from '#domain/follow-up/follow-up-status';
import {
  notApprovedCountSv,
  unitLabel,
  unitsNotApproved,
} from '#domain/follow-up/unreported-units';

/**
 * What the controller is asked before publishing: how many units' reports are not approved,
 * which (code, name and status), and what the published report then says of them.
 */
export function PublishQuestion({
  rows,
  period,
}: {
  readonly rows: FollowUpView['rows'];
  readonly period: string;
}) {
  const units = rows.flatMap((row) =>
    row.report
      ? [
          {
            id: row.orgUnit.id,
            code: row.orgUnit.code,
            name: row.orgUnit.name,
            status: row.report.status,
          },
        ]
      : [],
  );
  const missing = unitsNotApproved(units);
  return (
    <>
      <p>
        När rapporten publiceras låses {period}: prognoser, kommentarer och status ändras inte
        förrän månaden öppnas igen.
      </p>
      <p>
        <strong>{notApprovedCountSv(missing.length, units.length)}</strong>
      </p>
      {missing.length > 0 ? (
        <>
          <ul aria-label="Enheter utan godkänd rapport">
            {missing.map((unit) => (
              <li key={unit.id}>
                {unitLabel(unit)} – {FOLLOW_UP_STATUS_NAMES_SV[unit.status]}
              </li>
            ))}
          </ul>
          <p>
            I den publicerade rapporten markeras deras siffror: en enhet som inte lämnat in står som
            ej rapporterad av enheten (prognosen är controllerns), en inlämnad som inte godkänd.
          </p>
        </>
      ) : null}
    </>
  );
}
