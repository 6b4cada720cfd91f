'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import React from 'react'

/** At the top of the department's report: its two outputs as buttons (the printable page, the Excel workbook). */
export function ReportExports() {
  const { id } = useDocumentInfo()
  if (!id) return <p className="review-notice">Lưu báo cáo để xem bản in và tải tệp Excel.</p>
  return (
    <p className="role-home__actions report-exports">
      <a className="btn btn--style-primary btn--size-medium" href={`/api/department-reports/${id}/print`} target="_blank" rel="noopener">
        Xem bản in
      </a>
      <a className="btn btn--style-secondary btn--size-medium" href={`/api/department-reports/${id}/xlsx`} download>
        Tải Excel
      </a>
    </p>
  )
}
