/**
 * The one place where an over-long rendering is made to fit: an ordered list of reductions (least loss first), each
 * leaving out named detail; only when all of them are not enough is the body cut, at a paragraph, with what the cut
 * left open closed again. Renderers themselves never shorten anything.
 */

/** A size limit and how it counts. */
export interface TextLimit {
  max: number
  /** GitHub counts an issue body in characters (UTF-16 code units, as JavaScript does), a job summary in bytes. */
  unit: 'characters' | 'bytes'
  /** For the note that says what was left out: "GitHub's 65,536-character issue limit". */
  label: string
}

/** GitHub's limit on an issue body, in characters. */
export const ISSUE_BODY_LIMIT = 65_536

/** GitHub's limit on a step's job summary, in bytes of UTF-8. */
export const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024

/** An issue body's limit. */
export const ISSUE_BODY_SIZE: TextLimit = {
  max: ISSUE_BODY_LIMIT,
  unit: 'characters',
  label: "GitHub's 65,536-character issue limit",
}

/** A step's job summary's limit (`$GITHUB_STEP_SUMMARY`). */
export const JOB_SUMMARY_SIZE: TextLimit = {
  max: JOB_SUMMARY_LIMIT_BYTES,
  unit: 'bytes',
  label: "GitHub's 1 MiB job-summary limit",
}

/** The length of a text as the limit counts it. */
export function sizeOf(text: string, unit: TextLimit['unit']): number {
  return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length
}

/** One step down: the reduced value and what it left out, or null when it changes nothing for this value. */
export type Reduction<T> = (value: T) => { value: T; omitted: string } | null

/**
 * A rendering in parts. `head` (e.g. a marker and the note on what was left out) and `keep` (e.g. a hidden data
 * block) are never cut; `pinned` (e.g. trends) and `tail` (e.g. a footer) are cut only when they alone would not
 * fit; `body` is cut first, then `lead` (e.g. the overview placed before the trends). The text is head + lead +
 * pinned + body + tail + keep, each part bringing its own separators.
 */
export interface RenderedParts {
  head: string
  lead?: string
  pinned?: string
  body: string
  tail: string
  keep: string
}

export interface FitOptions<T> {
  limit: TextLimit
  reductions: readonly Reduction<T>[]
  /** Renders a value; `omitted` lists what reductions (and a cut) left out, for the note in `head`. */
  render: (value: T, omitted: readonly string[]) => RenderedParts
  /** Markdown placed where the body was cut. */
  cutNotice: string
  /** What a cut adds to `omitted`. */
  cutOmitted?: string
  /** What was left out before fitting (e.g. rows of a data block), first in the note. */
  omitted?: readonly string[]
}

export interface Fitted<T> {
  text: string
  /** What was left out, empty when everything fits. */
  omitted: string[]
  /** The value as rendered (after the reductions applied). */
  value: T
  /** True when the body had to be cut after every reduction. */
  cut: boolean
}

const join = (p: RenderedParts): string => p.head + (p.lead ?? '') + (p.pinned ?? '') + p.body + p.tail + p.keep

/** Renders `value` within `limit`: see the file comment. */
export function fitToLimit<T>(value: T, options: FitOptions<T>): Fitted<T> {
  const { limit } = options
  const fits = (text: string): boolean => sizeOf(text, limit.unit) <= limit.max
  const omitted: string[] = [...(options.omitted ?? [])]
  let current = value
  let text = join(options.render(current, omitted))
  for (const reduce of options.reductions) {
    if (fits(text)) return { text, omitted, value: current, cut: false }
    const reduced = reduce(current)
    if (!reduced) continue
    current = reduced.value
    omitted.push(reduced.omitted)
    text = join(options.render(current, omitted))
  }
  if (fits(text)) return { text, omitted, value: current, cut: false }

  omitted.push(options.cutOmitted ?? 'the end of the report (cut at a paragraph)')
  const parts = options.render(current, omitted)
  return { text: cutToFit(parts, limit, options.cutNotice), omitted, value: current, cut: true }
}

/** What is kept whole before the cut part, the part that is cut, and what is kept whole after the cut notice. */
interface CutPlan {
  before: string
  cuttable: string
  after: string
}

/**
 * Which parts a cut takes from: the body first; the lead (the body then left out) only when the lead, pinned and tail
 * parts leave no room; everything when the pinned and tail parts alone do not fit.
 */
function cutPlanOf(parts: RenderedParts, limit: TextLimit, cutNotice: string): CutPlan {
  const lead = parts.lead ?? ''
  const pinned = parts.pinned ?? ''
  const fixed = sizeOf(parts.head + parts.keep + cutNotice, limit.unit)
  const whole = sizeOf(pinned + parts.tail, limit.unit)
  if (fixed + whole >= limit.max) return { before: '', cuttable: lead + pinned + parts.body + parts.tail, after: '' }
  if (fixed + whole + sizeOf(lead, limit.unit) < limit.max) {
    return { before: lead + pinned, cuttable: parts.body, after: parts.tail }
  }
  return { before: '', cuttable: lead, after: pinned + parts.tail }
}

/** The parts cut at a paragraph to fit `limit`, with the notice where the cut is and what it left open closed. */
function cutToFit(parts: RenderedParts, limit: TextLimit, cutNotice: string): string {
  const { before, cuttable, after } = cutPlanOf(parts, limit, cutNotice)
  let budget = limit.max - sizeOf(parts.head + before + cutNotice + after + parts.keep, limit.unit)
  let text: string
  for (;;) {
    const kept = closedMarkdown(prefixWithin(cuttable, budget, limit.unit))
    text = parts.head + before + kept + cutNotice + after + parts.keep
    const over = sizeOf(text, limit.unit) - limit.max
    if (over <= 0 || budget <= 0) break
    // Closing what the cut left open made it longer: cut that much earlier.
    budget -= over
  }
  return text
}

/** The longest prefix of `text` within `budget` units, ending at a paragraph (or, without one, a line). */
function prefixWithin(text: string, budget: number, unit: TextLimit['unit']): string {
  if (budget <= 0) return ''
  let end = Math.min(text.length, budget)
  // Bytes: a character can take up to 4, so shrink until the prefix fits.
  while (end > 0 && sizeOf(text.slice(0, end), unit) > budget) {
    end = Math.floor(end * (budget / sizeOf(text.slice(0, end), unit))) - 1
  }
  const cut = text.slice(0, Math.max(0, end))
  if (cut.length === text.length) return cut
  const paragraph = cut.lastIndexOf('\n\n')
  const kept = paragraph > 0 ? cut.slice(0, paragraph) : cut.slice(0, Math.max(0, cut.lastIndexOf('\n')))
  // A heading whose section was cut away would introduce the notice instead.
  return kept.replace(/(?:^|\n\n)#{1,6} [^\n]*$/, '')
}

/**
 * Closes what a cut left open: a code fence, and `<details>` sections (left open, one would fold the notice and
 * everything after it into itself). Untrusted text is escaped, so every `<details>` in a body is one of ours.
 */
function closedMarkdown(markdown: string): string {
  let text = markdown
  const fences = text.split('\n').filter((l) => /^\s*(```|~~~)/.test(l)).length
  if (fences % 2 === 1) text += '\n```'
  const open = (text.match(/<details\b/gi) ?? []).length - (text.match(/<\/details>/gi) ?? []).length
  for (let i = 0; i < open; i++) text += '\n\n</details>'
  return text
}
