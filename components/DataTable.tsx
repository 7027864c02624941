import type { ReactNode } from 'react';
import { TableScroll } from './TableScroll';

export type Column<Row> = {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The column that names the row, read out by screen readers before each cell. */
  rowHeader?: boolean;
};

/**
 * A DKFDS table of rows that scrolls inside its own box on a narrow screen; `empty` is said
 * instead when there are no rows.
 */
export function DataTable<Row>({
  label,
  columns,
  rows,
  rowKey,
  empty,
  testId,
  caption,
  compact,
}: {
  label: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
  empty?: ReactNode;
  testId?: string;
  caption?: ReactNode;
  /** DKFDS's compact rows, for long lists read down a column. */
  compact?: boolean;
}) {
  if (rows.length === 0 && empty !== undefined) return <p>{empty}</p>;
  return (
    <TableScroll label={label}>
      <table className={`table table--borderless${compact ? ' table--compact' : ''}`} data-testid={testId}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th scope="col" key={i}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column, i) =>
                column.rowHeader ? (
                  <th scope="row" key={i}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={i}>{column.cell(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * A one-button form for a row (revoke, retire …): hidden values, and the row's name for
 * screen readers, so that "Retire" is never read out without saying what.
 */
export function RowButton({
  action,
  fields,
  label,
  rowName,
}: {
  action: (formData: FormData) => Promise<void>;
  fields: Record<string, string | number>;
  label: string;
  rowName: string;
}) {
  return (
    <form action={action}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="button button-secondary">
        {label}
        <span className="sr-only">: {rowName}</span>
      </button>
    </form>
  );
}
