// Issues, comments and labels: what the report lifecycle writes and later finds again.
import { commentJson, issueJson, labelJson } from './github-shapes.js'
import { listed, noteCreated } from './listing-lag.js'
import { linkHeaders, pageOf } from './pagination.js'
import type { FakeIssue, FakeLabel, IssueStateReason, RepositoryState } from './repository-state.js'
import {
  isThisRepository,
  notFound,
  validationFailed,
  type Route,
  type RouteContext,
  type RouteResult,
} from './route-table.js'

/** GitHub rejects issue and comment bodies longer than this many characters (counted here in code points). */
export const MAX_BODY_CHARS = 65_536
/** GitHub's limits on an issue title and on a label's name and description. */
export const MAX_TITLE_CHARS = 256
export const MAX_LABEL_NAME_CHARS = 50
export const MAX_LABEL_DESCRIPTION_CHARS = 100

function characters(text: string): number {
  return Array.from(text).length
}

function tooLongField(resource: string, field: string, value: unknown, max: number): RouteResult | undefined {
  if (typeof value === 'string' && characters(value) > max) {
    return validationFailed(resource, field, 'custom', `${field} is too long (maximum is ${max} characters)`)
  }
  return undefined
}

const STATE_REASONS = ['completed', 'not_planned', 'reopened', 'duplicate']

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

function findIssue(context: RouteContext): FakeIssue | undefined {
  return context.state.issues.find((issue) => String(issue.number) === context.params.issue_number)
}

export function findLabel(state: RepositoryState, name: string): FakeLabel | undefined {
  return state.labels.find((label) => label.name.toLowerCase() === name.toLowerCase())
}

/** The label by name, created as GitHub does when an issue is given a label that does not exist yet. */
export function ensureLabel(state: RepositoryState, name: string, color = 'ededed', description: string | null = null) {
  const existing = findLabel(state, name)
  if (existing) return existing
  const label: FakeLabel = { id: state.nextId.label++, name, color, description, default: false }
  state.labels.push(label)
  return label
}

/** Label names from `labels: ["a", {name: "b"}]`, or an Error quoting the bad entry. */
function labelNames(value: unknown): string[] | Error {
  if (!Array.isArray(value)) return new Error(`labels must be an array, got ${JSON.stringify(value)}`)
  const names: string[] = []
  for (const entry of value) {
    const name = typeof entry === 'string' ? entry : record(entry).name
    if (typeof name !== 'string' || name === '') return new Error(`invalid label ${JSON.stringify(entry)}`)
    names.push(name)
  }
  return names
}

function applyLabels(state: RepositoryState, names: string[]): string[] {
  const applied: string[] = []
  for (const name of names) {
    const label = ensureLabel(state, name)
    if (!applied.includes(label.name)) applied.push(label.name)
  }
  return applied
}

function bodyTooLong(resource: string, body: unknown): RouteResult | undefined {
  return tooLongField(resource, 'body', body, MAX_BODY_CHARS)
}

function listIssues(context: RouteContext): RouteResult {
  const query = context.url.searchParams
  const state = query.get('state') ?? 'open'
  if (!['open', 'closed', 'all'].includes(state)) return validationFailed('Issue', 'state', 'invalid')
  const labels = (query.get('labels') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
  const creator = query.get('creator')
  const since = query.get('since')
  const sort = query.get('sort') ?? 'created'
  const direction = query.get('direction') ?? 'desc'
  const key = (issue: FakeIssue): number =>
    sort === 'updated'
      ? Date.parse(issue.updatedAt)
      : sort === 'comments'
        ? issue.comments.length
        : Date.parse(issue.createdAt)
  const issues = context.state.issues
    .filter((issue) => listed(context.state, issue))
    .filter((issue) => state === 'all' || issue.state === state)
    .filter((issue) => labels.every((name) => issue.labels.some((label) => label.toLowerCase() === name)))
    .filter((issue) => !creator || issue.user.login.toLowerCase() === creator.toLowerCase())
    .filter((issue) => !since || Date.parse(issue.updatedAt) >= Date.parse(since))
    .sort((a, b) =>
      direction === 'asc' ? key(a) - key(b) || a.number - b.number : key(b) - key(a) || b.number - a.number,
    )
  const page = pageOf(issues, context.url, context.urls.api)
  return {
    status: 200,
    json: page.items.map((issue) => issueJson(issue, context.state, context.urls)),
    headers: linkHeaders(page),
  }
}

function createIssue(context: RouteContext): RouteResult {
  const input = record(context.body)
  const title = input.title
  if ((typeof title !== 'string' && typeof title !== 'number') || String(title).trim() === '') {
    return validationFailed('Issue', 'title', 'missing_field')
  }
  const titleTooLong = tooLongField('Issue', 'title', String(title), MAX_TITLE_CHARS)
  if (titleTooLong) return titleTooLong
  if (input.body !== undefined && input.body !== null && typeof input.body !== 'string') {
    return validationFailed('Issue', 'body', 'invalid')
  }
  const tooLong = bodyTooLong('Issue', input.body)
  if (tooLong) return tooLong
  const names = input.labels === undefined ? [] : labelNames(input.labels)
  if (names instanceof Error) return validationFailed('Issue', 'labels', 'invalid', names.message)
  const now = isoSeconds(context.now())
  const issue: FakeIssue = {
    id: 1_000_000_000 + context.state.nextId.issue,
    number: context.state.nextId.issue++,
    title: String(title),
    body: (input.body as string | undefined) ?? null,
    state: 'open',
    stateReason: null,
    labels: applyLabels(context.state, names),
    user: context.actor,
    comments: [],
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    closedBy: null,
  }
  context.state.issues.push(issue)
  noteCreated(context.state, issue)
  return { status: 201, json: issueJson(issue, context.state, context.urls) }
}

function updateIssue(context: RouteContext): RouteResult {
  const issue = findIssue(context)
  if (!issue) return notFound()
  const input = record(context.body)
  if (input.title !== undefined && (typeof input.title !== 'string' || input.title.trim() === '')) {
    return validationFailed('Issue', 'title', 'invalid')
  }
  const tooLong = tooLongField('Issue', 'title', input.title, MAX_TITLE_CHARS) ?? bodyTooLong('Issue', input.body)
  if (tooLong) return tooLong
  if (input.state !== undefined && input.state !== 'open' && input.state !== 'closed') {
    return validationFailed('Issue', 'state', 'invalid', `state '${String(input.state)}' is not open or closed`)
  }
  if (
    input.state_reason !== undefined &&
    input.state_reason !== null &&
    !STATE_REASONS.includes(String(input.state_reason))
  ) {
    return validationFailed('Issue', 'state_reason', 'invalid', `state_reason '${String(input.state_reason)}'`)
  }
  const names = input.labels === undefined ? undefined : labelNames(input.labels)
  if (names instanceof Error) return validationFailed('Issue', 'labels', 'invalid', names.message)

  const now = context.now()
  if (typeof input.title === 'string') issue.title = input.title
  if (input.body !== undefined) issue.body = (input.body as string | null) ?? null
  if (names) issue.labels = applyLabels(context.state, names)
  const reason = input.state_reason as IssueStateReason | undefined
  if (input.state === 'closed' && issue.state === 'open') {
    issue.state = 'closed'
    issue.closedAt = isoSeconds(now)
    issue.closedBy = context.actor
    issue.stateReason = reason ?? 'completed'
  } else if (input.state === 'open' && issue.state === 'closed') {
    issue.state = 'open'
    issue.closedAt = null
    issue.closedBy = null
    issue.stateReason = 'reopened'
  } else if (reason !== undefined && issue.state === 'closed') {
    issue.stateReason = reason
  }
  issue.updatedAt = isoSeconds(now)
  return { status: 200, json: issueJson(issue, context.state, context.urls) }
}

function addComment(context: RouteContext): RouteResult {
  const issue = findIssue(context)
  if (!issue) return notFound()
  const body = record(context.body).body
  if (typeof body !== 'string' || body === '') return validationFailed('IssueComment', 'body', 'missing_field')
  const tooLong = bodyTooLong('IssueComment', body)
  if (tooLong) return tooLong
  const now = isoSeconds(context.now())
  const comment = {
    id: context.state.nextId.comment++,
    issueNumber: issue.number,
    body,
    user: context.actor,
    createdAt: now,
    updatedAt: now,
  }
  issue.comments.push(comment)
  issue.updatedAt = now
  return { status: 201, json: commentJson(comment, context.state, context.urls) }
}

function searchIssues(context: RouteContext): RouteResult {
  // Enough of the search syntax to find reports: repo:, is:issue, is:open/closed, state:, label:, in:title/body,
  // author:, and quoted or bare words that must all appear in the title or body.
  const q = context.url.searchParams.get('q') ?? ''
  const tokens = q.match(/(?:[^\s"]+:)?"[^"]*"|\S+/g) ?? []
  const filters: ((issue: FakeIssue) => boolean)[] = []
  for (const token of tokens) {
    const match = /^([a-z-]+):(.*)$/i.exec(token)
    const unquote = (text: string) => text.replace(/^"(.*)"$/, '$1')
    if (!match) {
      const word = unquote(token).toLowerCase()
      filters.push((issue) => `${issue.title}\n${issue.body ?? ''}`.toLowerCase().includes(word))
      continue
    }
    const [, key, raw] = match
    const value = unquote(raw)
    if (key === 'repo' && value.toLowerCase() !== `${context.state.owner}/${context.state.repo}`.toLowerCase()) {
      filters.push(() => false)
    } else if ((key === 'is' || key === 'state') && (value === 'open' || value === 'closed')) {
      filters.push((issue) => issue.state === value)
    } else if (key === 'is' && value === 'pr') {
      filters.push(() => false)
    } else if (key === 'label') {
      filters.push((issue) => issue.labels.some((label) => label.toLowerCase() === value.toLowerCase()))
    } else if (key === 'author') {
      filters.push((issue) => issue.user.login.toLowerCase() === value.toLowerCase())
    }
  }
  const items = context.state.issues
    .filter((issue) => filters.every((filter) => filter(issue)))
    .sort((a, b) => b.number - a.number)
  const page = pageOf(items, context.url, context.urls.api)
  return {
    status: 200,
    json: {
      total_count: items.length,
      incomplete_results: false,
      search_type: 'lexical',
      items: page.items.map((issue) => ({ ...issueJson(issue, context.state, context.urls), score: 1 })),
    },
    headers: linkHeaders(page),
  }
}

function repositoryRoute(method: string, pattern: string, handle: Route['handle']): Route {
  return {
    method,
    pattern,
    resource: 'core',
    handle: (context) => (isThisRepository(context) ? handle(context) : notFound()),
  }
}

function validColor(color: unknown): color is string {
  return typeof color === 'string' && /^[0-9a-f]{6}$/i.test(color)
}

export const issueRoutes: Route[] = [
  repositoryRoute('GET', '/repos/:owner/:repo/issues', listIssues),
  repositoryRoute('POST', '/repos/:owner/:repo/issues', createIssue),
  repositoryRoute('GET', '/repos/:owner/:repo/issues/:issue_number', (context) => {
    const issue = findIssue(context)
    return issue ? { status: 200, json: issueJson(issue, context.state, context.urls) } : notFound()
  }),
  repositoryRoute('PATCH', '/repos/:owner/:repo/issues/:issue_number', updateIssue),
  repositoryRoute('GET', '/repos/:owner/:repo/issues/:issue_number/comments', (context) => {
    const issue = findIssue(context)
    if (!issue) return notFound()
    const page = pageOf(issue.comments, context.url, context.urls.api)
    return {
      status: 200,
      json: page.items.map((comment) => commentJson(comment, context.state, context.urls)),
      headers: linkHeaders(page),
    }
  }),
  repositoryRoute('POST', '/repos/:owner/:repo/issues/:issue_number/comments', addComment),
  repositoryRoute('POST', '/repos/:owner/:repo/issues/:issue_number/labels', (context) => {
    const issue = findIssue(context)
    if (!issue) return notFound()
    const body = context.body
    const names = labelNames(Array.isArray(body) ? body : record(body).labels)
    if (names instanceof Error) return validationFailed('Label', 'labels', 'invalid', names.message)
    for (const name of applyLabels(context.state, names)) if (!issue.labels.includes(name)) issue.labels.push(name)
    issue.updatedAt = isoSeconds(context.now())
    const json = issue.labels.map((name) => labelJson(findLabel(context.state, name)!, context.state, context.urls))
    return { status: 200, json }
  }),
  repositoryRoute('GET', '/repos/:owner/:repo/labels', (context) => {
    const page = pageOf(context.state.labels, context.url, context.urls.api)
    return {
      status: 200,
      json: page.items.map((label) => labelJson(label, context.state, context.urls)),
      headers: linkHeaders(page),
    }
  }),
  repositoryRoute('GET', '/repos/:owner/:repo/labels/:name', (context) => {
    const label = findLabel(context.state, context.params.name)
    return label ? { status: 200, json: labelJson(label, context.state, context.urls) } : notFound()
  }),
  repositoryRoute('POST', '/repos/:owner/:repo/labels', (context) => {
    const input = record(context.body)
    if (typeof input.name !== 'string' || input.name === '') return validationFailed('Label', 'name', 'missing_field')
    const tooLong =
      tooLongField('Label', 'name', input.name, MAX_LABEL_NAME_CHARS) ??
      tooLongField('Label', 'description', input.description, MAX_LABEL_DESCRIPTION_CHARS)
    if (tooLong) return tooLong
    if (input.color !== undefined && !validColor(input.color)) {
      return validationFailed('Label', 'color', 'invalid', `color '${String(input.color)}' is not 6 hex digits`)
    }
    if (findLabel(context.state, input.name)) return validationFailed('Label', 'name', 'already_exists')
    const description = typeof input.description === 'string' ? input.description : null
    const label = ensureLabel(context.state, input.name, (input.color as string | undefined) ?? 'ededed', description)
    return { status: 201, json: labelJson(label, context.state, context.urls) }
  }),
  repositoryRoute('PATCH', '/repos/:owner/:repo/labels/:name', (context) => {
    const label = findLabel(context.state, context.params.name)
    if (!label) return notFound()
    const input = record(context.body)
    if (input.color !== undefined && !validColor(input.color)) return validationFailed('Label', 'color', 'invalid')
    const tooLong =
      tooLongField('Label', 'name', input.new_name, MAX_LABEL_NAME_CHARS) ??
      tooLongField('Label', 'description', input.description, MAX_LABEL_DESCRIPTION_CHARS)
    if (tooLong) return tooLong
    if (typeof input.new_name === 'string' && input.new_name !== '') {
      for (const issue of context.state.issues)
        issue.labels = issue.labels.map((n) => (n === label.name ? String(input.new_name) : n))
      label.name = input.new_name
    }
    if (typeof input.color === 'string') label.color = input.color
    if (typeof input.description === 'string') label.description = input.description
    return { status: 200, json: labelJson(label, context.state, context.urls) }
  }),
  { method: 'GET', pattern: '/search/issues', resource: 'search', handle: searchIssues },
]
