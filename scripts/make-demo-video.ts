/**
 * `node --import tsx/esm scripts/make-demo-video.ts`: writes the demo's short video (cms/src/seed/data/video-khai-giang.mp4)
 * once, for the seed to upload. No ffmpeg on the development machines: Debian's Chromium records a canvas with
 * MediaRecorder as H.264 in an MP4 (fragmented), slowly panning over one of the seed's rendered school pictures
 * (cms/src/seed/images.ts) with a caption. Run again only to change the clip; the seed itself needs no browser.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { makeCover } from '../cms/src/seed/images.ts'
import { launchChromium } from '../tests/helpers/browser.ts'

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../cms/src/seed/data/video-khai-giang.mp4')
const scene = (await makeCover(0, 1280, 720)).toString('base64')
const browser = await launchChromium()
try {
  const page = await browser.newPage()
  const b64 = await page.evaluate(async (jpeg: string) => {
    const img = new Image()
    img.src = `data:image/jpeg;base64,${jpeg}`
    await img.decode()
    const canvas = Object.assign(document.createElement('canvas'), { width: 640, height: 360 })
    const g = canvas.getContext('2d')!
    const type = 'video/mp4;codecs=avc1.42E01E'
    if (!MediaRecorder.isTypeSupported(type)) throw new Error('Chromium này không ghi được MP4 (H.264).')
    const recorder = new MediaRecorder(canvas.captureStream(15), { mimeType: type, videoBitsPerSecond: 300_000 })
    const chunks: Blob[] = []
    recorder.ondataavailable = (e) => chunks.push(e.data)
    recorder.start()
    const frames = 90 // six seconds at 15 frames a second
    for (let f = 0; f <= frames; f++) {
      const t = f / frames
      const zoom = 1 + 0.15 * t
      const w = 1280 / zoom
      const h = 720 / zoom
      g.drawImage(img, (1280 - w) * t, (720 - h) * 0.5, w, h, 0, 0, 640, 360)
      g.fillStyle = 'rgba(0,0,0,0.55)'
      g.fillRect(0, 300, 640, 60)
      g.fillStyle = '#fff'
      g.font = '600 24px sans-serif'
      g.fillText('Lễ khai giảng năm học mới', 24, 338)
      await new Promise((r) => setTimeout(r, 1000 / 15))
    }
    recorder.stop()
    await new Promise((r) => (recorder.onstop = r))
    const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer())
    let s = ''
    for (const b of bytes) s += String.fromCharCode(b)
    return btoa(s)
  }, scene)
  fs.writeFileSync(OUT, Buffer.from(b64, 'base64'))
  console.log(`${OUT} (${fs.statSync(OUT).size} byte)`)
} finally {
  await browser.close()
}
