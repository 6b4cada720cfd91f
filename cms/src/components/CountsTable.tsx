import React from 'react'
import type { Row } from '../reports/figures'

/**
 * A table of counts by group on the statistics page ("Nhóm" and the count), under the chart it gives in figures.
 * `unit` names what is counted ("Số ý kiến", "Số tin"); the other attributes mark the table for the page's sections.
 */
export function CountsTable({
  caption,
  unit,
  rows,
  ...attributes
}: { caption: string; unit: string; rows: Row[] } & React.TableHTMLAttributes<HTMLTableElement> & { 'data-press'?: string }) {
  return (
    <table className="table" style={{ marginTop: '0.75rem' }} {...attributes}>
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Nhóm</th>
          <th scope="col">{unit}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" style={{ fontWeight: 'normal', textAlign: 'left' }}>
              {r.label}
            </th>
            <td>{r.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
