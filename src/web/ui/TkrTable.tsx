import type { ReactNode } from 'react';

/**
 * A table of amounts in whole tkr in its scrolling frame: the caption says what it shows to
 * assistive technology (the page shows it as a heading) and "Belopp i tkr" to all; the head
 * row starts with the header of the row labels, then the columns' heads. The body (and foot)
 * are the children.
 */
export function TkrTable({
  className,
  caption,
  labelHeader,
  heads,
  children,
}: {
  /** Classes besides figures-table. */
  readonly className?: string;
  readonly caption: string;
  /** The header of the label column: "Enhet", "Kontogrupp", "Månad". */
  readonly labelHeader: string;
  /** The column heads after the label column's. */
  readonly heads: ReactNode;
  readonly children: ReactNode;
}) {
  return (
    <div className="table-frame">
      <table className={className ? `figures-table ${className}` : 'figures-table'}>
        <caption>
          <span className="visually-hidden">{caption}. </span>
          <span className="figures-table__unit">Belopp i tkr</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className="figures-table__label-head">
              {labelHeader}
            </th>
            {heads}
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}

/** The column heads of amount columns, in order ("Budget ack.", "Utfall ack."). */
export function AmountHeads({ labels }: { readonly labels: readonly string[] }) {
  return (
    <>
      {labels.map((label) => (
        <th key={label} scope="col" className="amount-head">
          {label}
        </th>
      ))}
    </>
  );
}
