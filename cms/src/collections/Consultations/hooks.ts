import type { FieldHook } from 'payload'

/** How many comments (feedback linked to this draft) came in; computed on read, never stored. */
export const countComments: FieldHook = async ({ data, req }) => {
  const id = data?.id
  if (id === undefined || id === null) return 0
  const { totalDocs } = await req.payload.count({
    collection: 'feedback',
    where: { consultation: { equals: id } },
    overrideAccess: true,
    req,
  })
  return totalDocs
}
