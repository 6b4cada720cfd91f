import type http from 'node:http'
import { MAX_VIDEO_BYTES, VIDEO_MESSAGES } from '@gd/shared/gallery'
import { MAX_IMAGE_BYTES } from '../collections/Media/limits'
import { MAX_FILE_BYTES } from '../collections/Files/limits'

/** Room for the multipart envelope and the other form fields around the file. */
const ENVELOPE = 512 * 1024
/** How much of a refused upload is read and thrown away before the connection is cut. */
const DRAIN_LIMIT = 64 * 1024 * 1024

/** Each upload collection's limit and what its contributor reads past it (its hook checks the exact size too). */
const LIMITS: { path: RegExp; bytes: number; message: string }[] = [
  { path: /^\/api\/media(?:\/|\?|$)/, bytes: MAX_IMAGE_BYTES, message: 'Ảnh vượt quá dung lượng cho phép (tối đa 10 MB).' },
  { path: /^\/api\/files(?:\/|\?|$)/, bytes: MAX_FILE_BYTES, message: 'Tệp vượt quá dung lượng cho phép (tối đa 20 MB).' },
  { path: /^\/api\/videos(?:\/|\?|$)/, bytes: MAX_VIDEO_BYTES, message: VIDEO_MESSAGES['too-large'] },
]

/**
 * Refuses an upload that announces more than its collection's limit, before any byte is read, with Payload's error
 * shape and a Vietnamese message (each collection's hook checks the exact size after parsing).
 */
export function rejectOversizedUpload(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (req.method !== 'POST' && req.method !== 'PATCH') return false
  const limit = LIMITS.find((l) => l.path.test(req.url ?? ''))
  if (!limit) return false
  const length = Number(req.headers['content-length'] ?? 0)
  if (!(length > limit.bytes + ENVELOPE)) return false
  const answer = () => {
    if (res.headersSent) return
    res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' })
    res.end(JSON.stringify({ errors: [{ message: limit.message }] }))
  }
  // Read the body to its end (discarding it) so the client sees the answer rather than a broken pipe;
  // a body far past any real upload is cut off instead.
  let seen = 0
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length
    if (seen > DRAIN_LIMIT) {
      answer()
      req.destroy()
    }
  })
  req.on('end', answer)
  req.on('error', () => undefined)
  return true
}
