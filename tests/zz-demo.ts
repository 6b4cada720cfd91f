import { startProduct } from './helpers/server.ts'
import { freshDataDir } from './helpers/env.ts'
import { SHARED_PRODUCT_ENV } from './e2e/shared-product.ts'
const p = await startProduct(freshDataDir('demo'), { ...SHARED_PRODUCT_ENV, PORT: '4999' })
console.log('READY', p.url)
setInterval(() => {}, 100000)
