'use client'
import React from 'react'
import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip } from 'chart.js'
import { Bar, Line } from 'react-chartjs-2'

ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip, Legend)

export interface ChartRow {
  label: string
  count: number
}

/** One chart of the statistics view (chart.js, bundled into the admin); the data table under it carries the same figures. */
export function StatisticsChart({ rows, kind, title }: { rows: ChartRow[]; kind: 'bar' | 'line'; title: string }) {
  const data = {
    labels: rows.map((r) => r.label),
    datasets: [{ label: 'Số ý kiến', data: rows.map((r) => r.count), backgroundColor: '#1f5fa8', borderColor: '#1f5fa8' }],
  }
  const options = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    indexAxis: kind === 'bar' && rows.length > 6 ? ('y' as const) : ('x' as const),
    plugins: { legend: { display: false } },
    scales: { x: { ticks: { precision: 0 } }, y: { ticks: { precision: 0 }, beginAtZero: true } },
  }
  const height = kind === 'bar' && rows.length > 6 ? Math.max(200, rows.length * 28) : 260
  return (
    <div style={{ position: 'relative', height, maxWidth: 900 }} data-chart={kind}>
      {kind === 'line' ? (
        <Line data={data} options={options} aria-label={title} role="img" />
      ) : (
        <Bar data={data} options={options} aria-label={title} role="img" />
      )}
    </div>
  )
}
