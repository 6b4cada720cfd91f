import { esc } from './escape'

/**
 * The administrative document's frame as Nghị định 30/2020/NĐ-CP, Phụ lục I ("Thể thức, kỹ thuật trình bày văn bản
 * hành chính") lays it out: A4, margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm, Times New Roman;
 * top left the issuing body under its parent body (parent upright caps, body bold caps, a short rule under it) and
 * "Số: …" centred beneath; top right the Quốc hiệu (bold caps), the Tiêu ngữ (bold, underlined by a rule as long as
 * the line) and the place and date in italics; the document's kind and summary centred; at the end "Nơi nhận" bottom
 * left (bold italic label, small type) and the signer bottom right (authority and title in bold caps, then the name).
 * Page numbers centred in the top margin from the second page. Header blocks are centred in their column, never
 * justified: only the body is justified, and only on paper.
 */
export interface DocumentFrame {
  parentBody: string
  orgName: string
  /** "15/BC-PGDĐT"; blank leaves the space the clerk fills in. */
  number: string
  /** "Kim Thành, ngày 05 tháng 07 năm 2025". */
  placeAndDate: string
  /** "BÁO CÁO". */
  kind: string
  /** The trích yếu. */
  summary: string
  recipient: string
  distribution: string[]
  signer: { authority: string; title: string; name: string }
}

export const FORMAT_STYLE = `
body{font-family:"Times New Roman",Tinos,"Liberation Serif",Times,serif;font-size:14pt;line-height:1.4;color:#000;background:#fff;max-width:210mm;margin:0 auto;padding:20mm 15mm 20mm 30mm;box-sizing:border-box}
.head{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,3fr);column-gap:4mm;margin-bottom:6mm}
.head p{margin:0;text-align:center;text-indent:0}
.issuer p{font-size:13pt}.parent{text-transform:uppercase}.body{text-transform:uppercase;font-weight:bold}
.rule{display:block;width:35%;margin:1mm auto 3mm;border:0;border-top:1px solid #000}
.number{font-size:13pt}
.nation .qh{font-size:12pt;font-weight:bold;white-space:nowrap}
.nation .tn{font-size:13pt;font-weight:bold}
.nation .tn span{display:inline-block;border-bottom:1px solid #000;padding-bottom:1px}
.nation .pd{font-style:italic;margin-top:3mm}
h1.title{text-align:center;font-size:14pt;margin:6mm 0 0;line-height:1.35}
h1.title span{display:block}.title .summary{font-size:14pt}
.title-rule{display:block;width:25%;margin:1mm auto 4mm;border:0;border-top:1px solid #000}
.to{text-align:center;margin:0 0 5mm;text-indent:0}
.foot{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);column-gap:4mm;margin-top:8mm;page-break-inside:avoid;break-inside:avoid}
.foot p{margin:0;text-indent:0;text-align:left}
.distribution .label{font-size:12pt;font-weight:bold;font-style:italic}
.distribution ul{list-style:none;margin:0;padding:0;font-size:11pt}
.signer p{text-align:center;font-weight:bold}
.signer .authority,.signer .role{text-transform:uppercase;font-size:13pt}
.signer .space{height:28mm}
.signer .name{font-size:14pt}
@media screen and (max-width:640px){body{padding:4mm;font-size:12pt}.head,.foot{grid-template-columns:1fr;row-gap:5mm}.nation .qh{white-space:normal}.signer{order:-1}}
@media print{
  @page{size:A4;margin:20mm 15mm 20mm 30mm;@top-center{content:counter(page);font-family:"Times New Roman",Tinos,"Liberation Serif",serif;font-size:13pt}}
  @page:first{@top-center{content:none}}
  body{padding:0;max-width:none}
}
`

/** "Số: 15/BC-PGDĐT", or the blank a clerk fills in. */
const numberLine = (n: string) => `Số: ${esc(n.trim() || '…/BC-…')}`

/** Quốc hiệu, Tiêu ngữ, the issuing body, its number and the place and date. */
export function documentHead(f: DocumentFrame): string {
  return `<header class="head">
  <div class="issuer">
    ${f.parentBody ? `<p class="parent">${esc(f.parentBody)}</p>` : ''}
    <p class="body">${esc(f.orgName)}</p>
    <hr class="rule" aria-hidden="true">
    <p class="number">${numberLine(f.number)}</p>
  </div>
  <div class="nation">
    <p class="qh">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
    <p class="tn"><span>Độc lập - Tự do - Hạnh phúc</span></p>
    <p class="pd">${esc(f.placeAndDate)}</p>
  </div>
</header>
<h1 class="title"><span class="kind">${esc(f.kind)}</span><span class="summary">${esc(f.summary)}</span></h1>
<hr class="title-rule" aria-hidden="true">
${f.recipient.trim() ? `<p class="to">Kính gửi: ${esc(f.recipient.trim())}</p>` : ''}`
}

/** Nơi nhận (bottom left) and the signer's authority, title and name (bottom right, room left for signature and seal). */
export function documentFoot(f: DocumentFrame): string {
  const list = f.distribution.map((d) => `<li>- ${esc(d)}</li>`).join('')
  return `<footer class="foot">
  <div class="distribution"><p class="label">Nơi nhận:</p><ul>${list}</ul></div>
  <div class="signer">
    ${f.signer.authority.trim() ? `<p class="authority">${esc(f.signer.authority.trim())}</p>` : ''}
    <p class="role">${esc(f.signer.title.trim())}</p>
    <div class="space" aria-hidden="true"></div>
    <p class="name">${esc(f.signer.name.trim())}</p>
  </div>
</footer>`
}
