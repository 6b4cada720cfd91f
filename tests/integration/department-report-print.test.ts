import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import type { Payload } from 'payload'
import { departmentReportData } from '../../cms/src/reports/department'
import { reportHtml } from '../../cms/src/reports/print'
import { launchChromium } from '../helpers/browser'
import { reviewScreenshot } from '../helpers/screenshots'
import { freshPayload } from '../helpers/payload'

/**
 * The printed department report in the administrative format of Nghị định 30/2020/NĐ-CP (Phụ lục I): every part
 * present, in order, where the decree puts it on an A4 page, the signer and addressee from the report's own fields,
 * and every value the editor typed printed as text.
 */
let ctx: Awaited<ReturnType<typeof freshPayload>>
let payload: Payload
let browser: Browser
const o = { overrideAccess: true, depth: 0 } as const
const HOSTILE = '<img src=x onerror="window.pwned=1">'

beforeAll(async () => {
  ctx = await freshPayload('department-report-print')
  payload = ctx.payload
  await payload.updateGlobal({
    ...o,
    slug: 'site-settings',
    data: { orgName: 'Phòng Giáo dục và Đào tạo huyện Kim Thành', parentBody: 'Ủy ban nhân dân huyện Kim Thành' } as never,
  })
  browser = await launchChromium()
}, 120_000)
afterAll(async () => {
  await browser?.close()
  await ctx?.close()
})

const printed = async (data: Record<string, unknown>) => {
  const report = await payload.create({ ...o, collection: 'department-reports', data: { periodType: 'quy', quarter: 2, ...data } as never })
  const d = await departmentReportData(payload, report.id, new Date('2025-07-10T03:00:00Z'))
  return reportHtml(d!)
}

describe('the printed department report (Nghị định 30/2020/NĐ-CP, Phụ lục I)', () => {
  it("has every part of the administrative format in the decree's order, the signer and addressee from the report", async () => {
    const html = await printed({
      year: 2025,
      number: '15/BC-PGDĐT',
      place: 'Kim Thành',
      date: '2025-07-05T03:00:00.000Z',
      recipient: 'Sở Giáo dục và Đào tạo (qua Văn phòng Sở)',
      distribution: 'Như trên;\n- UBND huyện (để b/c);\n\nLưu: VT, THTD.',
      signerAuthority: 'KT. TRƯỞNG PHÒNG',
      signerTitle: 'PHÓ TRƯỞNG PHÒNG',
      signerName: 'Phạm Thị Minh Thu',
    })
    const parts = [
      '<p class="parent">Ủy ban nhân dân huyện Kim Thành</p>',
      '<p class="body">Phòng Giáo dục và Đào tạo huyện Kim Thành</p>',
      '<p class="number">Số: 15/BC-PGDĐT</p>',
      '<p class="qh">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>',
      '<p class="tn"><span>Độc lập - Tự do - Hạnh phúc</span></p>',
      '<p class="pd">Kim Thành, ngày 05 tháng 07 năm 2025</p>',
      '<span class="kind">BÁO CÁO</span><span class="summary">Tình hình dư luận xã hội về hoạt động giáo dục và đào tạo quý II năm 2025</span>',
      '<p class="to">Kính gửi: Sở Giáo dục và Đào tạo (qua Văn phòng Sở)</p>',
      '<h2>II. Kết quả tiếp nhận ý kiến của người dân</h2>',
      'của Phòng Giáo dục và Đào tạo huyện Kim Thành./.</p>',
      '<p class="label">Nơi nhận:</p><ul><li>- Như trên;</li><li>- UBND huyện (để b/c);</li><li>- Lưu: VT, THTD.</li></ul>',
      '<p class="authority">KT. TRƯỞNG PHÒNG</p>',
      '<p class="role">PHÓ TRƯỞNG PHÒNG</p>',
      '<p class="name">Phạm Thị Minh Thu</p>',
    ]
    const at = parts.map((p) => html.indexOf(p))
    expect(parts.filter((p) => !html.includes(p))).toEqual([])
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(html).not.toContain('Thủ trưởng đơn vị')

    // where the decree puts each part on an A4 page (210 mm less 30 mm and 15 mm margins), printed as on paper
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } })
    await page.setContent(html)
    await page.emulateMedia({ media: 'print' })
    const box = async (sel: string) => (await page.locator(sel).boundingBox())!
    const [issuer, nation, qh, tn, pd, title, to, dist, signer, body, main] = await Promise.all(
      ['.issuer', '.nation', '.qh', '.tn span', '.pd', 'h1.title', '.to', '.distribution', '.signer', '.issuer .body', 'main'].map(box),
    )
    expect(issuer.x + issuer.width).toBeLessThanOrEqual(nation.x) // body top left, Quốc hiệu top right
    expect(Math.abs(issuer.y - nation.y)).toBeLessThan(2)
    expect(qh.height).toBeLessThan(30) // the Quốc hiệu on one line
    expect(tn.y).toBeGreaterThan(qh.y)
    expect(pd.y).toBeGreaterThan(tn.y)
    expect(title.y).toBeGreaterThan(Math.max(issuer.y + issuer.height, pd.y + pd.height))
    expect(to.y).toBeGreaterThan(title.y)
    expect(main.y).toBeGreaterThan(to.y)
    expect(dist.y).toBeGreaterThan(main.y + main.height - 1)
    expect(dist.x + dist.width).toBeLessThanOrEqual(signer.x) // Nơi nhận bottom left, signer bottom right
    const style = (sel: string) =>
      page.locator(sel).evaluate((e) => {
        const s = getComputedStyle(e)
        return {
          align: s.textAlign,
          weight: s.fontWeight,
          italic: s.fontStyle,
          transform: s.textTransform,
          deco: s.borderBottomStyle,
          size: s.fontSize,
        }
      })
    // header blocks centred in their column, never stretched; the body bold caps, the tiêu ngữ underlined, the date in italics
    for (const sel of ['.parent', '.issuer .body', '.number', '.qh', '.tn', '.pd', '.signer .role'])
      expect((await style(sel)).align, sel).toBe('center')
    expect(await style('.issuer .body')).toMatchObject({ weight: '700', transform: 'uppercase' })
    expect(await style('.parent')).toMatchObject({ weight: '400', transform: 'uppercase' })
    expect((await style('.tn span')).deco).toBe('solid')
    expect((await style('.pd')).italic).toBe('italic')
    expect(await style('.distribution .label')).toMatchObject({ weight: '700', italic: 'italic', size: '16px' }) // 12 pt
    // the sizes of NĐ 30/2020 Phụ lục I, mục V (1 pt = 4/3 px): Quốc hiệu caps 12–13 bold, Tiêu ngữ 13–14 bold, the
    // bodies caps 12–13, "Số:" 13 upright, place and date 13–14 italic, the recipients 11 upright, the signer's
    // authority and title caps 13–14 bold, the name 13–14 bold
    const pt = async (sel: string) => Math.round((parseFloat((await style(sel)).size) * 3) / 4)
    expect(await pt('.qh')).toBe(12)
    expect((await style('.qh')).weight).toBe('700')
    expect(await pt('.tn')).toBe(13)
    expect((await style('.tn')).weight).toBe('700')
    for (const sel of ['.parent', '.issuer .body', '.number']) expect(await pt(sel), sel).toBe(13)
    expect((await style('.number')).italic).toBe('normal')
    expect(await pt('.pd')).toBe(14)
    expect(await pt('.distribution ul')).toBe(11)
    expect((await style('.distribution ul')).italic).toBe('normal')
    for (const sel of ['.signer .authority', '.signer .role']) {
      expect(await style(sel), sel).toMatchObject({ weight: '700', transform: 'uppercase' })
      expect(await pt(sel), sel).toBe(13)
    }
    expect(await pt('.signer .name')).toBe(14)
    expect((await style('.signer .name')).weight).toBe('700')
    expect(body.width).toBeGreaterThan(0)
    await reviewScreenshot(page, 'bao-cao-in-a4')
    await page.close()
  }, 120_000)

  it('prints what the editor typed as text, never as markup', async () => {
    const html = await printed({
      year: 2024,
      number: `1/BC-${HOSTILE}`,
      place: HOSTILE,
      recipient: HOSTILE,
      distribution: `Như trên;\n${HOSTILE}`,
      signerAuthority: HOSTILE,
      signerTitle: HOSTILE,
      signerName: HOSTILE,
    })
    expect(html).not.toContain('<img')
    expect(html.split('&lt;img src=x onerror=&quot;window.pwned=1&quot;&gt;').length - 1).toBe(7)
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } })
    await page.setContent(html)
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
    expect(await page.locator('.signer .name').textContent()).toBe(HOSTILE)
    await page.close()
  }, 60_000)

  it('a new report is addressed to the Sở (plan IV) and signed KT. TRƯỞNG PHÒNG by default; a blank number leaves the clerk a space', async () => {
    const html = await printed({ year: 2023 })
    expect(html).toContain('<p class="to">Kính gửi: Sở Giáo dục và Đào tạo (qua Văn phòng Sở)</p>')
    expect(html).toContain('<p class="number">Số: …/BC-…</p>')
    expect(html).toContain('<p class="pd">ngày … tháng … năm …</p>')
    expect(html).toContain('<li>- Như trên;</li><li>- Lãnh đạo Phòng;</li><li>- Lưu: VT, THTD.</li>')
    expect(html).toContain('<p class="authority">KT. TRƯỞNG PHÒNG</p>')
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } })
    await page.setContent(html)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await reviewScreenshot(page, 'bao-cao-in-360')
    await page.close()
  }, 60_000)

  it('the head signing in person: no authority line, the title alone', async () => {
    const html = await printed({ year: 2022, signerAuthority: '', signerTitle: 'Trưởng phòng', signerName: 'Trần Quốc Khánh' })
    expect(html).not.toContain('class="authority"')
    expect(html).toContain('<p class="role">Trưởng phòng</p>')
  }, 60_000)
})
