// Checks of a rendered issue body's shape, independent of the renderer: table column counts, HTML, mentions.

/** Cells of a table row, split on pipes that are not backslash-escaped (as GitHub's table parser does). */
export function cellsOf(row: string): string[] {
  const inner = row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
  return inner.split(/(?<!\\)\|/)
}

/** Problems found in a body; empty when it is well formed. */
export function shapeProblems(body: string): string[] {
  const problems: string[] = []
  const lines = body.split('\n')
  let fence = false
  let table: { header: number; line: number } | null = null
  lines.forEach((line, i) => {
    if (/^\s*```/.test(line)) fence = !fence
    if (fence) return
    if (line.trim().startsWith('|')) {
      const cells = cellsOf(line).length
      if (!table) table = { header: cells, line: i + 1 }
      else if (cells !== table.header) {
        problems.push(`line ${i + 1}: ${cells} cells, the table header (line ${table.line}) has ${table.header}`)
      }
    } else table = null
  })
  if (fence) problems.push('a code fence is left open')
  // Only the tags the renderers write themselves, balanced.
  const allowed = new Set(['details', 'summary', 'sub', 'br', 'b'])
  // Fenced blocks only: a fence opens at the start of a line (``` inside a line of HTML is just text).
  const outsideCode = body.replace(/^\s*```[\s\S]*?^\s*```/gm, '')
  for (const m of outsideCode.matchAll(/<\/?([A-Za-z][\w-]*)/g)) {
    if (!allowed.has(m[1].toLowerCase())) problems.push(`unexpected HTML tag <${m[1]}>`)
  }
  for (const tag of ['details', 'summary', 'sub', 'b']) {
    const open = (outsideCode.match(new RegExp(`<${tag}[\\s>]`, 'g')) ?? []).length
    const close = (outsideCode.match(new RegExp(`</${tag}>`, 'g')) ?? []).length
    if (open !== close) problems.push(`<${tag}> opened ${open} times, closed ${close} times`)
  }
  const comments = body.match(/<!--/g)?.length ?? 0
  if (comments !== 2) problems.push(`${comments} HTML comments, expected 2 (marker and data block)`)
  // A mention is @ directly followed by a login character; the escaper puts a zero-width joiner in between.
  const mention = /(^|[^\w])@[A-Za-z0-9]/m.exec(body)
  if (mention) problems.push(`raw mention near '${body.slice(mention.index, mention.index + 30)}'`)
  return problems
}
