import type http from 'node:http'
import { MAX_IMAGE_BYTES } from '../collections/Media/limits'

/** Room for the multipart envelope and the other form fields around the file. */
const ENVELOPE = 512 * 1024
/** How much of a refused upload is read and thrown away before the connection is cut. */
const DRAIN_LIMIT = 64 * 1024 * 1024

/**
 * Refuses an upload to /api/media that announces more than the image limit, before any byte is read, with
 * Payload's error shape and a Vietnamese message (the validateImage hook checks the exact size after parsing).
 */
export function rejectOversizedUpload(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (req.method !== 'POST' && req.method !== 'PATCH') return false
  if (!/^\/api\/media(?:\/|\?|$)/.test(req.url ?? '')) return false
  const length = Number(req.headers['content-length'] ?? 0)
  if (!(length > MAX_IMAGE_BYTES + ENVELOPE)) return false
  const answer = () => {
    if (res.headersSent) return
    res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' })
    res.end(JSON.stringify({ errors: [{ message: 'Ảnh vượt quá dung lượng cho phép (tối đa 10 MB).' }] }))
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
