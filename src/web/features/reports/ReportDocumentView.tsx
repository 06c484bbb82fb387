import {
  formatCell,
  headingNumbers,
  headingText,
  type Block,
  type ParagraphBlock,
  type ReportDocument,
  type TableBlock,
} from '#domain/reports/document';
import { ChartFigure } from './ChartFigure';

function Paragraph({ block }: { readonly block: ParagraphBlock }) {
  return (
    <p>
      {block.runs.map((run, index) =>
        run.emphasis === 'bold' ? (
          <strong key={index}>{run.text}</strong>
        ) : run.emphasis === 'italic' ? (
          <em key={index}>{run.text}</em>
        ) : (
          <span key={index}>{run.text}</span>
        ),
      )}
    </p>
  );
}

function DocumentTable({ block }: { readonly block: TableBlock }) {
  return (
    <div className="table-frame">
      <table className="figures-table report-table">
        <caption>{block.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="figures-table__label-head">
              {block.unit}
            </th>
            {block.columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, index) => (
            <tr
              key={index}
              className={row.kind === 'normal' ? undefined : `report-table__${row.kind}`}
            >
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, cellIndex) => (
                <td key={cellIndex} className={cell.kind === 'text' ? undefined : 'amount'}>
                  {formatCell(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function BlockView({ block, number }: { readonly block: Block; readonly number?: string }) {
  switch (block.type) {
    case 'heading': {
      const text = headingText(block, number);
      if (block.level === 1) return <h2 className="report__h2">{text}</h2>;
      if (block.level === 2) return <h3 className="report__h3">{text}</h3>;
      return <h4 className="report__h4">{text}</h4>;
    }
    case 'paragraph':
      return <Paragraph block={block} />;
    case 'table':
      return <DocumentTable block={block} />;
    case 'chart':
      return <ChartFigure chart={block} />;
  }
}

/**
 * A report document (the model the downloads are rendered from) drawn by React in the app's
 * frame: its headings one level under the page's title, paragraphs, tables of tkr with their
 * sums, charts as SVG. No markup from the server and no inline style, as the CSP requires.
 */
export function ReportDocumentView({ document }: { readonly document: ReportDocument }) {
  const numbers = headingNumbers(document.blocks);
  return (
    <article className="report">
      {document.blocks.map((block, index) => {
        const number = numbers[index];
        return number === undefined ? (
          <BlockView key={index} block={block} />
        ) : (
          <BlockView key={index} block={block} number={number} />
        );
      })}
    </article>
  );
}
