/**
 * What a person sees on a page, checked in the page itself (one page.evaluate): the layout fits the screen, links and
 * buttons are not cut off, text is legible against what is actually painted behind it, reading text is not centred,
 * and the controls of menus and forms are big enough to tap. Not a test file: tests/e2e/layout.test.ts runs it.
 * Self-contained on purpose (Playwright sends its source to the page): no imports, no outside helpers.
 */
export interface SeenOptions {
  /** WCAG AA contrast for normal text (large text needs 3) */
  minContrast: number
  /** the smallest tap target for controls in menus and forms (CSS px) */
  minTarget: number
  /** longer centred text than this (characters) counts as centred reading text */
  maxCentredChars: number
}

export function seenProblems(opts: SeenOptions): string[] {
  const problems: string[] = []
  const vw = document.documentElement.clientWidth
  const describe = (el: Element): string => {
    const id = el.id ? `#${el.id}` : ''
    const cls = el.classList.length ? `.${[...el.classList].join('.')}` : ''
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)
    return `<${el.tagName.toLowerCase()}${id}${cls}> “${text}”`
  }
  /** hidden from sight: no box, visually-hidden (1 px), off-screen on purpose (skip link, honeypot), invisible */
  const unseen = (el: Element): boolean => {
    const r = el.getBoundingClientRect()
    if (r.width <= 1 || r.height <= 1 || r.right <= 0 || r.bottom <= 0) return true
    for (let e: Element | null = el; e; e = e.parentElement) {
      const s = getComputedStyle(e)
      if (s.visibility === 'hidden' || s.opacity === '0' || s.display === 'none') return true
    }
    return false
  }
  const clippers = (el: Element): Element[] => {
    const out: Element[] = []
    for (let e = el.parentElement; e && e !== document.body && e !== document.documentElement; e = e.parentElement) {
      const s = getComputedStyle(e)
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') out.push(e)
    }
    return out
  }

  // 1. nothing wider than the screen (unless a scrolling ancestor holds it; then 2. decides for links and buttons)
  if (document.documentElement.scrollWidth > vw + 1) problems.push(`trang rộng ${document.documentElement.scrollWidth} px > ${vw} px`)
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect()
    if (r.right <= vw + 1 || r.left >= vw || unseen(el) || clippers(el).length > 0) continue
    problems.push(`tràn ngang (${Math.round(r.left)}–${Math.round(r.right)} px): ${describe(el)}`)
  }

  // 2. links and buttons wholly inside every ancestor that clips or scrolls
  for (const el of document.body.querySelectorAll('a, button, summary, input, select, textarea')) {
    if (unseen(el)) continue
    const r = el.getBoundingClientRect()
    for (const c of clippers(el)) {
      const b = c.getBoundingClientRect()
      if (r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1) {
        problems.push(`bị che bởi ${describe(c)}: ${describe(el)}`)
        break
      }
    }
  }

  // 3. contrast of every text node against the colour actually painted behind it
  const rgba = (value: string): [number, number, number, number] | null => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(value)
    return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null
  }
  const over = (top: number[], bottom: number[]): [number, number, number, number] => {
    const a = top[3]!
    return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as [number, number, number, number]
  }
  /** the opaque colour behind an element: its own and its ancestors' backgrounds composed on white; null if an image */
  const background = (el: Element): number[] | null => {
    const layers: number[][] = []
    for (let e: Element | null = el; e; e = e.parentElement) {
      const s = getComputedStyle(e)
      if (s.backgroundImage !== 'none') return null
      const c = rgba(s.backgroundColor)
      if (c && c[3] > 0) {
        layers.push(c)
        if (c[3] >= 1) break
      }
    }
    return layers.reduceRight<number[]>((below, layer) => over(layer, below), [255, 255, 255, 1])
  }
  const luminance = (c: number[]) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const s = v / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  const centredBlocks = new Set<Element>()
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim()
    const el = node.parentElement
    if (!text || !el || el.closest('script, style, noscript, template, option, select') || unseen(el)) continue
    const s = getComputedStyle(el)
    const fg = rgba(s.color)
    const bg = background(el)
    if (fg && bg) {
      const painted = over(fg, bg)
      const [hi, lo] = [luminance(painted), luminance(bg)].sort((a, b) => b - a)
      const ratio = (hi! + 0.05) / (lo! + 0.05)
      const size = Number.parseFloat(s.fontSize)
      const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700)
      const needed = large ? 3 : opts.minContrast
      if (ratio < needed - 0.005)
        problems.push(`tương phản ${ratio.toFixed(2)} < ${needed} (${s.color} trên rgb(${bg.slice(0, 3).join(', ')})): ${describe(el)}`)
    }
    // 4. reading text is not centred: the block that holds the text, unless a heading or a short notice
    let block: Element = el
    while (block.parentElement && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement
    if (getComputedStyle(block).textAlign === 'center' && !block.closest('h1, h2, h3, h4, h5, h6, button, .button'))
      centredBlocks.add(block)
  }
  for (const block of centredBlocks) {
    const length = (block.textContent ?? '').trim().replace(/\s+/g, ' ').length
    if (length > opts.maxCentredChars) problems.push(`chữ căn giữa (${length} ký tự): ${describe(block)}`)
  }

  // 5. tap targets of menus, forms and buttons; a link inside running text (its block has other words) is exempt
  const targets = document.body.querySelectorAll(
    'nav a, header a, summary, button, .button, form a, form input:not([type="hidden"]), form select, form textarea',
  )
  for (const el of targets) {
    if (unseen(el)) continue
    let r = el.getBoundingClientRect()
    if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
      const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : el.closest('label')
      if (label) {
        const l = label.getBoundingClientRect()
        r = new DOMRect(Math.min(r.left, l.left), Math.min(r.top, l.top), 0, 0)
        r = new DOMRect(
          r.x,
          r.y,
          Math.max(l.right, el.getBoundingClientRect().right) - r.x,
          Math.max(l.bottom, el.getBoundingClientRect().bottom) - r.y,
        )
      }
    }
    if (el.tagName === 'A') {
      let block: Element = el.parentElement!
      while (block.parentElement && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement
      const own = (el.textContent ?? '').replace(/\s+/g, '')
      const around = (block.textContent ?? '').replace(/\s+/g, '')
      if (around.length > own.length + 2) continue // inline in running text (WCAG 2.5.8's inline exception)
    }
    if (r.width < opts.minTarget - 0.5 || r.height < opts.minTarget - 0.5) {
      problems.push(`vùng chạm ${Math.round(r.width)}×${Math.round(r.height)} px < ${opts.minTarget}: ${describe(el)}`)
    }
  }
  return problems
}

/** Where the citizen's first tasks and the closed menu sit on the first screen (the home page at 360×640). */
export function firstScreen(): { feedback: number | null; lookup: number | null; menu: number; menuOpen: boolean; height: number } {
  const bottomOf = (href: string) => {
    const links = [...document.querySelectorAll(`main a[href="${href}"]`)]
    const shown = links.map((a) => a.getBoundingClientRect()).filter((r) => r.width > 1 && r.height > 1)
    return shown.length ? Math.min(...shown.map((r) => r.bottom)) : null
  }
  const nav = document.querySelector('.site-nav')
  return {
    feedback: bottomOf('/gop-y/'),
    lookup: bottomOf('/tra-cuu/'),
    menu: nav ? nav.getBoundingClientRect().height : 0,
    menuOpen: Boolean(document.querySelector('.site-nav details[open]')),
    height: window.innerHeight,
  }
}

/** The tops of the main menu's items (one distinct value: one row). */
export function menuRowTops(): number[] {
  const items = [...document.querySelectorAll('.site-nav__list > li')].map((li) => Math.round(li.getBoundingClientRect().top))
  return [...new Set(items)]
}

/** The header at the present width: whether anything is wider than the screen, and the main menu's rows when it shows as a row. */
export function headerAtWidth(): { width: number; overflow: boolean; menuAsRow: boolean; menuRows: number } {
  const toggle = document.querySelector('.site-nav__toggle')
  const menuAsRow = !toggle || getComputedStyle(toggle).display === 'none'
  const tops = [...document.querySelectorAll('.site-nav__list > li')].map((li) => Math.round(li.getBoundingClientRect().top))
  return {
    width: innerWidth,
    overflow: document.documentElement.scrollWidth > innerWidth,
    menuAsRow,
    menuRows: menuAsRow ? new Set(tops).size : 0,
  }
}
