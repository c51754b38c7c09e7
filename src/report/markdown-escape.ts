/**
 * Makes untrusted text (workflow, branch and model names, error messages, file paths) safe to place in markdown
 * prose and table cells of an issue body: it cannot change the layout, inject HTML or links, or ping anyone.
 */

const ZWJ = '\u200D'
const DEFAULT_MAX_LENGTH = 300

export interface EscapeOptions {
  /** Longer text is cut and ends in "…" (default 300 characters), so one name cannot swamp the report. */
  maxLength?: number
}

// Line breaks and tabs fold to a space: a newline would end a table row or start a new block.
// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /\r\n|[\r\n\t\u000B\u000C\u0085\u2028\u2029]/g
// Removed: C0/C1 controls, bidi overrides/isolates that could reorder the visible text, and zero-width characters
// (except the ZWJ this module inserts itself).
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g
// Backslash-escaped anywhere: emphasis, code, links/images, tables, strikethrough, headings.
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#|~!]/g

/** Folds line breaks, strips invisible characters and cuts to maxLength (before escaping, so no escape is split). */
function foldedText(text: string, options: EscapeOptions): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH
  const s = text.replace(LINE_BREAKS, ' ').replace(INVISIBLE, '')
  const chars = Array.from(s)
  return chars.length > maxLength ? chars.slice(0, Math.max(0, maxLength - 1)).join('') + '…' : s
}

/** &, <, > and " as entities: no HTML tag or comment can open. */
function htmlEscaped(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * An emoji shortcode's opening colon. The only all-digit shortcodes are :100: and :1234: (and :-1:): a time such as
 * 08:00:00 is none, so it keeps no invisible character that would travel with a copy.
 */
const EMOJI_SHORTCODE = /:(?=(?:[A-Za-z0-9_+-]*[A-Za-z_+][A-Za-z0-9_+-]*|100|1234|-1):)/g

/**
 * Inserts a zero-width joiner where GitHub would otherwise notify or link: @user and @org/team mentions,
 * #123 and GH-123 issue references, bare URLs (extended autolinks) and emoji shortcodes. The text still reads
 * the same. `hash` is how a # looks at this point (`\#` once markdown-escaped).
 */
function pingsBroken(s: string, hash: '#' | '\\#'): string {
  const hashRef = hash === '#' ? /(?<!&)#(?=\d)/g : /\\#(?=\d)/g
  return s
    .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`)
    .replace(hashRef, `${hash}${ZWJ}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${ZWJ}-`)
    .replace(/(\w)(:\/\/)/g, `$1${ZWJ}$2`)
    .replace(/\b(www)\./gi, `$1${ZWJ}.`)
    .replace(EMOJI_SHORTCODE, `:${ZWJ}`)
}

/** Escapes text for markdown prose or a table cell. Empty or nullish input gives an empty string. */
export function escapeMarkdown(text: string | null | undefined, options: EscapeOptions = {}): string {
  if (text === null || text === undefined) return ''
  // HTML first: the entities it produces contain none of the markdown punctuation escaped next.
  let s = htmlEscaped(foldedText(String(text), options)).replace(MARKDOWN_PUNCTUATION, '\\$&')
  s = pingsBroken(s, '\\#')
  // Block syntax at the start of the text: list markers (-, +, 1. / 1)) and setext underlines (=).
  s = s.replace(/^(\s*)(?:([-+=])|(\d+)(?=[.)]))/, (_m, space: string, mark?: string, digits?: string) =>
    mark ? `${space}\\${mark}` : `${space}${digits}\\`,
  )
  // Trailing spaces would be a hard line break in prose.
  return s.replace(/\s+$/, '')
}

/** Escapes text for a table cell; an empty value reads as an em dash so the cell is visibly empty. */
export function escapeTableCell(text: string | null | undefined, options: EscapeOptions = {}): string {
  const escaped = escapeMarkdown(text, options)
  return escaped.length > 0 ? escaped : '—'
}

/**
 * Escapes text for raw HTML context, where markdown is not processed (e.g. inside `<summary>` on one line):
 * entities instead of backslashes, with the same folding of line breaks and the same breaking of pings.
 */
export function escapeHtml(text: string | null | undefined, options: EscapeOptions = {}): string {
  if (text === null || text === undefined) return ''
  return pingsBroken(htmlEscaped(foldedText(String(text), options)), '#').replace(/\s+$/, '')
}

/**
 * A URL for a markdown link target, only when it is an http(s) URL; anything else (javascript:, data:…) gives null.
 * Characters that could end the link early or break a table are percent-encoded.
 */
export function safeLinkUrl(url: string | null | undefined): string | null {
  if (!url) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null
  return parsed.href.replace(
    /[()<> "'|`\\[\]]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  )
}
