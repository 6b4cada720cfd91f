import { describe, expect, it } from 'vitest'
import {
  builtFile,
  COMMENT_POST_ROUTE,
  commentPostPath,
  consultationPageFile,
  markedRegion,
  SERVER_PATHS,
  serverPathsPattern,
} from '@gd/shared/public-routes'
import { publicRoutesLocation, readNginxConf, withPublicRoutes } from '../../scripts/lib/nginx-locations'

describe('the public routes', () => {
  it('name the express route and the link of a draft’s comment form alike', () => {
    expect(COMMENT_POST_ROUTE).toBe('/du-thao/:slug/gop-y/')
    expect(commentPostPath('du-thao-quy-che')).toBe('/du-thao/du-thao-quy-che/gop-y/')
    expect(commentPostPath('a b')).toBe('/du-thao/a%20b/gop-y/')
  })

  it('map a page path to its file in the built site', () => {
    expect(builtFile('/gop-y/da-gui/')).toBe('gop-y/da-gui/index.html')
    expect(consultationPageFile('quy-che')).toBe('du-thao/quy-che/index.html')
    expect(markedRegion(['<!--A-->', '<!--/A-->'], 'x')).toBe('<!--A-->x<!--/A-->')
  })

  it('give nginx one pattern that matches every server path and nothing beside them', () => {
    const pattern = new RegExp(serverPathsPattern())
    expect(serverPathsPattern()).toBe(
      '^/(gop-y/gui|gop-y/da-gui|du-thao/[a-z0-9-]+/gop-y|du-thao/da-gui|tra-cuu/ket-qua|tra-cuu/danh-gia)/$',
    )
    for (const p of SERVER_PATHS) expect(pattern.test(p.replace(':slug', 'quy-che-2026'))).toBe(true)
    for (const p of ['/gop-y/', '/tra-cuu/', '/du-thao/quy-che/', '/gop-y/gui', '/gop-y/gui/x/', '/admin/'])
      expect(pattern.test(p)).toBe(false)
  })
})

describe('deploy/nginx.conf', () => {
  it('holds the location block `npm run nginx:locations` writes from the public routes (run it after changing them)', () => {
    const conf = readNginxConf()
    expect(withPublicRoutes(conf)).toBe(conf)
    expect(conf).toContain(publicRoutesLocation())
  })

  it('is rewritten between its markers only', () => {
    const stale = readNginxConf().replace('tra-cuu/danh-gia)', 'tra-cuu/cu)')
    expect(withPublicRoutes(stale)).toBe(readNginxConf())
    expect(() => withPublicRoutes('server {}')).toThrow(/nginx.conf/)
  })
})
