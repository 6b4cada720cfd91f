import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig, ROOT_DIR } from '@gd/shared/config'

describe('the configuration read from the environment', () => {
  it('gives the embedded defaults for an empty environment', () => {
    const c = readConfig({})
    expect(c.PORT).toBe(3000)
    expect(c.FEEDBACK_ACK_DAYS).toBe(10)
    expect(c.FEEDBACK_ANSWER_DAYS).toBe(15)
    expect(c.SITE_REBUILD).toBe('on')
    expect(c.DATA_DIR).toBe(path.join(ROOT_DIR, 'data'))
    expect(c.DATABASE_URL).toBe(`file:${path.join(ROOT_DIR, 'data', 'cms.db')}`)
    expect(c.MEDIA_DIR).toBe(path.join(ROOT_DIR, 'data', 'media'))
    expect(c.publicOrigin).toBe('http://localhost:3000')
    expect(c.isProduction).toBe(false)
  })

  it('takes given values, treats an empty one as unset and trims the public origin', () => {
    const c = readConfig({
      PORT: '8080',
      TRUST_PROXY: '1',
      PUBLIC_URL: 'https://gddt.example.gov.vn/',
      FEEDBACK_ANSWER_DAYS: '',
      DB_PUSH: 'true',
      DATA_DIR: '/srv/gd',
    })
    expect(c.PORT).toBe(8080)
    expect(c.TRUST_PROXY).toBe(1)
    expect(c.publicOrigin).toBe('https://gddt.example.gov.vn')
    expect(c.FEEDBACK_ANSWER_DAYS).toBe(15)
    expect(c.DB_PUSH).toBe(true)
    expect(c.FILES_DIR).toBe('/srv/gd/files')
  })

  it('stops on a bad value with a Vietnamese message naming every bad variable and its value', () => {
    const read = () =>
      readConfig({
        PORT: 'abc',
        FEEDBACK_ANSWER_DAYS: '0',
        PUBLIC_URL: 'gddt.example',
        SITE_REBUILD: 'maybe',
        DATABASE_URL: 'postgres://x',
      })
    expect(read).toThrow(ConfigError)
    const message = (() => {
      try {
        read()
        return ''
      } catch (err) {
        return (err as Error).message
      }
    })()
    expect(message).toMatch(/^Cấu hình không hợp lệ/)
    expect(message).toContain('PORT phải là một số nguyên từ 0 đến 65535 (đang là "abc")')
    expect(message).toContain('FEEDBACK_ANSWER_DAYS phải là một số nguyên từ 1 đến 365 (đang là "0")')
    expect(message).toContain('PUBLIC_URL phải là một địa chỉ http:// hoặc https://')
    expect(message).toContain('SITE_REBUILD phải là on hoặc off (đang là "maybe")')
    expect(message).toContain('DATABASE_URL phải bắt đầu bằng file: hoặc mongodb://')
  })

  it('refuses fractional and negative numbers', () => {
    expect(() => readConfig({ FEEDBACK_RATE_PER_MINUTE: '2.5' })).toThrow(/FEEDBACK_RATE_PER_MINUTE phải là một số nguyên/)
    expect(() => readConfig({ TRUST_PROXY: '-1' })).toThrow(/TRUST_PROXY phải là một số nguyên/)
  })
})
