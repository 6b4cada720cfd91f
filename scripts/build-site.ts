import { config } from '@gd/shared/config'
/** `npm run build:site`: builds the public site from a running CMS (CMS_URL, default http://localhost:3000). */
import { buildSite } from './lib/build-site.ts'

const seconds = await buildSite(config().CMS_URL)
console.log(`Đã build trang công khai trong ${seconds.toFixed(1)} giây.`)
