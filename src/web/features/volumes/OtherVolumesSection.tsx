import type { VolumesPage } from '#contract/volumes-personnel';
import { change, count, monthsSv } from './volumes-format';
import { VolumesTable, type VolumesRow } from './VolumesTable';

/** Övriga volymer: report volumes, each measure per unit against the same months last year. */
export function OtherVolumesSection({ data }: { readonly data: VolumesPage }) {
  const rows: VolumesRow[] = data.volumes.map((row) => ({
    key: `${row.measure}\u0000${row.unitCode ?? ''}`,
    label: row.measure,
    emphasis: row.unitCode === null ? ('total' as const) : undefined,
    cells: [
      row.unitCode === null ? row.unitName : `${row.unitCode} ${row.unitName}`,
      count(row.value),
      count(row.valueLastYear),
      change(row.changeTenths),
    ],
  }));
  return (
    <section className="section" aria-labelledby="vp-volumes">
      <h2 id="vp-volumes" className="section__title">
        Övriga volymer
      </h2>
      <p className="section__intro">
        Orosanmälningar och andra volymer som nämnden följer,{' '}
        {monthsSv(data.year, data.reportMonth)} mot samma månader {String(data.year - 1)}.
      </p>
      {rows.length === 0 ? (
        <p>Inga volymer inlästa för perioden{data.ownUnitsOnly ? ' i dina enheter' : ''}.</p>
      ) : (
        <VolumesTable
          id="vp-volumes-table"
          caption={`Övriga volymer ${monthsSv(data.year, data.reportMonth)}`}
          unit="Antal"
          labelHeader="Mått"
          heads={[{ text: 'Enhet' }, String(data.year), String(data.year - 1), 'Förändring']}
          rows={rows}
        />
      )}
    </section>
  );
}
