/**
 * The nginx rule that hands the public form routes to the CMS, written from @gd/shared/public-routes into
 * deploy/nginx.conf between two marker comments (`npm run nginx:locations`; a unit test fails when they differ).
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { probePathsPattern, serverPathsPattern } from '@gd/shared/public-routes'

export const NGINX_CONF = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../deploy/nginx.conf')
export const BEGIN = '  # BEGIN public form routes: written by `npm run nginx:locations` from shared/src/public-routes.ts, do not edit'
export const END = '  # END public form routes'

/** The location blocks for SERVER_PATHS (the forms' POST paths and confirmation pages) and PROBE_PATHS. */
export function publicRoutesLocation(): string {
  return [
    "  # public endpoints the CMS answers itself (cms/src/server/forms): the forms' POST paths and confirmation pages",
    `  location ~ ${serverPathsPattern()} {`,
    '    proxy_pass http://cms;',
    '    proxy_set_header Host $host;',
    '    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
    '    proxy_set_header X-Forwarded-Proto $scheme;',
    // the server's own copies of the headers set once for the whole site above
    '    proxy_hide_header X-Content-Type-Options;',
    '    proxy_hide_header X-Frame-Options;',
    '    proxy_hide_header Referrer-Policy;',
    '  }',
    '  # the probes (alive, ready) for a load balancer or an orchestrator',
    `  location ~ ${probePathsPattern()} {`,
    '    proxy_pass http://cms;',
    '    proxy_hide_header X-Content-Type-Options;',
    '    proxy_hide_header X-Frame-Options;',
    '    proxy_hide_header Referrer-Policy;',
    '  }',
  ].join('\n')
}

/** The configuration with the block between the markers written anew (everything else as it was). */
export function withPublicRoutes(conf: string): string {
  const start = conf.indexOf(BEGIN)
  const end = conf.indexOf(END)
  if (start < 0 || end < start) throw new Error(`deploy/nginx.conf: thiếu cặp chú thích đánh dấu "${BEGIN.trim()}" … "${END.trim()}".`)
  return `${conf.slice(0, start)}${BEGIN}\n${publicRoutesLocation()}\n${conf.slice(end)}`
}

export const readNginxConf = (): string => fs.readFileSync(NGINX_CONF, 'utf8')
