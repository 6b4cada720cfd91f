import fs from 'node:fs'
import path from 'node:path'
import type { CollectionSlug, UploadConfig } from 'payload'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

export const UPLOAD_NOT_FOUND = 'Không tìm thấy tệp.'

/**
 * Payload answers a request for an uploaded file that is not on the disk (a name nobody uploaded, or a file lost)
 * with a 500 in English, "Something went wrong.", to anyone who may read the collection, anonymous visitors included,
 * and logs an error each time. Listed in an upload collection's `upload.handlers` (Payload runs them after its access
 * check, before it reads the disk): a file that is not there is a 404 in Vietnamese; one that is, Payload sends as before.
 */
export const missingUploadIs404: UploadHandler = (req, { params }) => {
  const staticDir = req.payload.collections[params.collection as CollectionSlug]?.config.upload.staticDir
  const dir = path.resolve(staticDir || params.collection)
  const file = path.resolve(dir, params.filename)
  // a name reaching outside the folder Payload refuses itself (400)
  if (!file.startsWith(dir + path.sep)) return
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile())
    return Response.json({ errors: [{ message: UPLOAD_NOT_FOUND }] }, { status: 404 })
}
