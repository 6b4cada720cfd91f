/** `npm run build:site`: builds the public site from a running CMS (CMS_URL, default http://localhost:3000). */
import { buildSite } from './lib/build-site.ts'

const seconds = await buildSite(process.env.CMS_URL || 'http://localhost:3000')
console.log(`Đã build trang công khai trong ${seconds.toFixed(1)} giây.`)
