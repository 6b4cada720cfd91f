import fs from 'node:fs/promises'
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { MAX_VIDEO_BYTES, VIDEO_MESSAGES, videoProblem } from '@gd/shared/gallery'

/**
 * Checks an uploaded video before Payload stores it: an MP4 with a video track by its bytes (@gd/shared/gallery),
 * at most MAX_VIDEO_MB; a Vietnamese 400/413 otherwise, nothing stored. The stored type and name ending are MP4's,
 * so the file is served as video/mp4 whatever it was called.
 */
export const validateVideo: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  // beforeOperation runs before access control: leave anonymous requests to be refused (403) by access
  if (!file || (!req.user && !args.overrideAccess)) return args
  const size = file.size ?? file.data?.length ?? 0
  if (size > MAX_VIDEO_BYTES) throw new APIError(VIDEO_MESSAGES['too-large'], 413, null, true)
  const data = file.data?.length ? file.data : file.tempFilePath ? await fs.readFile(file.tempFilePath) : null
  if (!data || data.length === 0) throw new APIError(VIDEO_MESSAGES.empty, 400, null, true)
  const problem = videoProblem(data)
  if (problem) throw new APIError(VIDEO_MESSAGES[problem], 400, null, true)
  file.mimetype = 'video/mp4'
  file.name = `${(file.name || 'video').replace(/\.[^./\\]*$/, '')}.mp4`
  return args
}
