import { FORMAT_STYLE } from './administrative-format'
import { esc } from './escape'

/**
 * The page every printable report is: a Vietnamese, non-indexed HTML document in the administrative format's style,
 * with a print button above the sheet (hidden when printed). `body` is trusted markup built by the report itself;
 * the title is escaped here.
 */
export function printPage({ title, style, printLabel, body }: { title: string; style: string; printLabel: string; body: string }): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(title)}</title>
<style>${FORMAT_STYLE}${style}</style>
</head>
<body>
<div class="actions"><button type="button" onclick="window.print()">${esc(printLabel)}</button></div>
${body}
</body>
</html>`
}
