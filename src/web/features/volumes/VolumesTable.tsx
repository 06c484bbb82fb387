import type { ReactNode } from 'react';

/** A cell of a volumes table: text, or a figure already written the one way (right-aligned). */
export type VolumesCell = string | { readonly figure: string };

export interface VolumesRow {
  readonly key: string;
  readonly label: string;
  readonly cells: readonly VolumesCell[];
  readonly emphasis?: 'total';
  /** The first row of a group (Kvinnor, ≤29 år, Dag 1–14): set off from the rows above. */
  readonly groupStart?: boolean;
}

/**
 * A table of the page: the caption says what it shows to assistive technology (the section's
 * heading shows it to all) and the unit to all; the label column's cells are row headers; the
 * figures right-aligned, a minus sign before a fall (no colour: a fall in sick leave or in
 * households is not bad news); a note under the table ("– = färre än 5 …") tied to it.
 */
export function VolumesTable({
  id,
  caption,
  unit,
  labelHeader,
  heads,
  rows,
  note,
}: {
  readonly id: string;
  readonly caption: string;
  readonly unit: string;
  readonly labelHeader: string;
  /** The column heads after the label column's: a figure column, or { text } for text. */
  readonly heads: readonly (string | { readonly text: string })[];
  readonly rows: readonly VolumesRow[];
  readonly note?: ReactNode;
}) {
  const noteId = `${id}-note`;
  return (
    <div className="table-frame">
      <table
        id={id}
        className="figures-table volumes-table"
        aria-describedby={note ? noteId : undefined}
      >
        <caption>
          <span className="visually-hidden">{caption}. </span>
          <span className="figures-table__unit">{unit}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className="figures-table__label-head">
              {labelHeader}
            </th>
            {heads.map((head) =>
              typeof head === 'string' ? (
                <th key={head} scope="col" className="amount-head">
                  {head}
                </th>
              ) : (
                <th key={head.text} scope="col" className="figures-table__label-head">
                  {head.text}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.key}
              className={
                row.emphasis === 'total'
                  ? 'row--total'
                  : row.groupStart
                    ? 'volumes-table__group-start'
                    : undefined
              }
            >
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, index) =>
                typeof cell === 'string' ? (
                  <td key={index}>{cell}</td>
                ) : (
                  <td key={index} className="amount">
                    {cell.figure}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {note ? (
        <p id={noteId} className="volumes-table__note">
          {note}
        </p>
      ) : null}
    </div>
  );
}
