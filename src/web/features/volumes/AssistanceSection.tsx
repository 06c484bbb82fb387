import type { VolumesPage } from '#contract/volumes-personnel';
import { formatInteger } from '#domain/kernel/format';
import { MONTH_ABBREVIATIONS_SV, MONTH_NAMES_SV } from '#domain/kernel/period';
import { change, count, kronor, monthsSv, perHousehold } from './volumes-format';
import { VolumesTable, type VolumesRow } from './VolumesTable';

/**
 * Ekonomiskt bistånd: report assistance, households and amount per month with the change in
 * households against the same month last year, the year's totals, and last year's long-term
 * recipients (at least 10 of the year's 12 months).
 */
export function AssistanceSection({ data }: { readonly data: VolumesPage }) {
  const { months, total, longTermLastYear } = data.assistance;
  const lastYear = String(data.year - 1);
  const rows: VolumesRow[] = [
    ...months.map((month) => ({
      key: String(month.month),
      label: MONTH_NAMES_SV[month.month],
      cells: [
        count(month.households),
        kronor(month.amountOre),
        perHousehold(month.amountOre, month.households),
        count(month.householdsLastYear),
        change(month.changeTenths),
      ],
    })),
    {
      key: 'total',
      // As report assistance writes it: "Summa jan–aug".
      label:
        data.reportMonth === 1
          ? 'Summa jan'
          : `Summa jan–${MONTH_ABBREVIATIONS_SV[data.reportMonth]}`,
      emphasis: 'total' as const,
      cells: [
        count(total.households),
        kronor(total.amountOre),
        perHousehold(total.amountOre, total.households),
        count(total.householdsLastYear),
        change(total.changeTenths),
      ],
    },
  ];
  const empty = months.every((month) => month.households === 0 && month.householdsLastYear === 0);
  return (
    <section className="section" aria-labelledby="vp-assistance">
      <h2 id="vp-assistance" className="section__title">
        Ekonomiskt bistånd
      </h2>
      {empty ? (
        <p>
          Inga utbetalningar av ekonomiskt bistånd under perioden
          {data.ownUnitsOnly ? ' i dina enheter' : ''}.
        </p>
      ) : (
        <>
          <VolumesTable
            id="vp-assistance-table"
            caption={`Ekonomiskt bistånd per månad ${monthsSv(data.year, data.reportMonth)}`}
            unit="Belopp i kr"
            labelHeader="Månad"
            heads={[
              'Hushåll',
              'Utbetalt',
              'Per hushåll',
              `Hushåll ${lastYear}`,
              'Förändring hushåll',
            ]}
            rows={rows}
            note="Hushåll: hushåll med utbetalning under månaden; summaraden räknar varje hushåll en gång. Förändring mot samma månader förra året."
          />
          <p className="volumes-fact">
            Långvarigt biståndsmottagande {lastYear} (bistånd minst 10 av årets 12 månader):{' '}
            <strong>
              {longTermLastYear === null
                ? 'inga uppgifter'
                : `${formatInteger(longTermLastYear)} hushåll`}
            </strong>
          </p>
        </>
      )}
    </section>
  );
}
