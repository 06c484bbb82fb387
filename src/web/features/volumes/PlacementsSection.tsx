import type { VolumesPage } from '#contract/volumes-personnel';
import {
  PLACEMENT_REPORT_COLUMNS,
  PLACEMENT_TOTAL_LABEL,
} from '#domain/placements/placement-report';
import { count, kronor, monthsSv } from './volumes-format';
import { VolumesTable, type VolumesRow } from './VolumesTable';

type Figures = VolumesPage['placements']['total'];

const cells = (figures: Figures) => [
  count(figures.placements),
  count(figures.careDays),
  kronor(figures.costToDateOre),
  kronor(figures.forecastRestOre),
  kronor(figures.fullYearOre),
];

/** Placeringar: report placements, a row per unit with placements and Summa. */
export function PlacementsSection({ data }: { readonly data: VolumesPage }) {
  const { rows, total } = data.placements;
  const tableRows: VolumesRow[] = [
    ...rows.map((row) => ({
      key: row.unit.id,
      label: `${row.unit.code} ${row.unit.name}`,
      cells: cells(row.figures),
    })),
    { key: 'total', label: PLACEMENT_TOTAL_LABEL, cells: cells(total), emphasis: 'total' as const },
  ];
  return (
    <section className="section" aria-labelledby="vp-placements">
      <h2 id="vp-placements" className="section__title">
        Placeringar
      </h2>
      <p className="section__intro">
        Köpt vård (HVB, familjehem, SiS …) från placeringsregistret: placeringar under{' '}
        {monthsSv(data.year, data.reportMonth)}, vårddygn och kostnad hittills, och prognosen för
        resten av året efter planerat slutdatum.
      </p>
      {rows.length === 0 ? (
        <p>Inga placeringar under perioden{data.ownUnitsOnly ? ' i dina enheter' : ''}.</p>
      ) : (
        <VolumesTable
          id="vp-placements-table"
          caption={`Placeringar per enhet ${monthsSv(data.year, data.reportMonth)}`}
          unit="Belopp i kr"
          labelHeader={PLACEMENT_REPORT_COLUMNS[0]}
          heads={PLACEMENT_REPORT_COLUMNS.slice(1).map((head) => head.replace(' (kr)', ''))}
          rows={tableRows}
        />
      )}
    </section>
  );
}
