'use client'
import React, { useEffect } from 'react'

/**
 * Screen-reader names and tooltips that Payload 3.90 and its rich-text editor write in English or as internal field
 * names, whatever the admin's language: given their Vietnamese here, on every admin screen, as they appear.
 * (Labels passed as objects, the other source of English, are fixed at the root: utilities/label.ts.)
 */
export const ENGLISH_NAMES: Record<string, string> = {
  'Add block': 'Thêm đoạn nội dung',
  'Drag to move': 'Kéo để di chuyển',
  'Insert Paragraph': 'Chèn đoạn văn',
  'Edit link': 'Sửa liên kết',
  'Remove link': 'Gỡ liên kết',
  'Notifications alt+T': 'Thông báo (Alt+T)',
}

function rename(root: ParentNode) {
  for (const el of root.querySelectorAll<HTMLElement>('[aria-label]')) {
    const vi = ENGLISH_NAMES[el.getAttribute('aria-label') ?? '']
    if (vi) el.setAttribute('aria-label', vi)
  }
  // a checkbox's tooltip is its field's internal name ("featured", "select-all"): its label says it already
  for (const input of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"][title]'))
    if (input.title === input.name) input.removeAttribute('title')
}

export function VietnameseNames({ children }: { children?: React.ReactNode }) {
  useEffect(() => {
    rename(document)
    let queued = false
    const observer = new MutationObserver(() => {
      if (queued) return
      queued = true
      requestAnimationFrame(() => {
        queued = false
        rename(document)
      })
    })
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label', 'title'] })
    return () => observer.disconnect()
  }, [])
  return <>{children}</>
}
