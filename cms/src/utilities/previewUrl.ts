/** The admin's "Xem trước" link for a draft (Payload's admin.preview); served by server/preview-route.ts. */
export const previewUrl = (section: 'tin-tuc' | 'nguoi-tot-viec-tot') => (doc: Record<string, unknown>) =>
  doc?.id ? `/xem-truoc/${section}/${String(doc.id)}/` : null
