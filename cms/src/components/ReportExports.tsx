'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import React from 'react'

/** Links to the report's exports (Excel workbook, printable page) on the edit screen once it is saved. */
export function ReportExports() {
  const { id } = useDocumentInfo()
  if (!id) return <p>Lưu báo cáo để xuất tệp Excel và bản in.</p>
  return (
    <p style={{ display: 'flex', gap: '1rem' }}>
      <a href={`/api/department-reports/${id}/xlsx`}>Tải tệp Excel (.xlsx)</a>
      <a href={`/api/department-reports/${id}/print`} target="_blank" rel="noopener">
        Mở bản in
      </a>
    </p>
  )
}
