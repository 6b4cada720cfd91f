import { config } from '@gd/shared/config'

/**
 * PAYLOAD_SECRET signs logins; it is required. The embedded default (`npm start`) makes one per installation
 * and keeps it in data/.secret (see scripts/lib/secret.ts); production sets it in the environment.
 */
export function secret(): string {
  const value = config().PAYLOAD_SECRET
  if (!value) throw new Error('Thiếu biến môi trường PAYLOAD_SECRET (chuỗi bí mật để ký phiên đăng nhập).')
  return value
}
