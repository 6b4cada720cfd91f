/** `npm run nginx:locations`: writes deploy/nginx.conf's proxy rule for the public form routes from shared/src/public-routes.ts. */
import fs from 'node:fs'
import { NGINX_CONF, readNginxConf, withPublicRoutes } from './lib/nginx-locations.ts'

const before = readNginxConf()
const after = withPublicRoutes(before)
if (after === before) console.log('deploy/nginx.conf đã khớp với shared/src/public-routes.ts.')
else {
  fs.writeFileSync(NGINX_CONF, after)
  console.log('Đã cập nhật deploy/nginx.conf từ shared/src/public-routes.ts.')
}
