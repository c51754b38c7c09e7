// GitHub's page-number pagination: `per_page` (default 30, at most 100), `page` (from 1) and a `Link` header with
// absolute URLs for next/last/first/prev. Octokit's paginate follows rel="next" only.

export interface Page<T> {
  items: T[]
  /** The `Link` header, absent when everything fits one page. */
  link: string | undefined
}

export function pageOf<T>(items: T[], requestUrl: URL, apiBase: string): Page<T> {
  const perPage = Math.min(100, Math.max(1, intParam(requestUrl, 'per_page') ?? 30))
  const page = Math.max(1, intParam(requestUrl, 'page') ?? 1)
  const start = (page - 1) * perPage
  const lastPage = Math.max(1, Math.ceil(items.length / perPage))
  const pageUrl = (n: number): string => {
    const url = new URL(apiBase + requestUrl.pathname + requestUrl.search)
    url.searchParams.set('per_page', String(perPage))
    url.searchParams.set('page', String(n))
    return url.toString()
  }
  const rels: string[] = []
  if (page > 1) rels.push(`<${pageUrl(Math.min(page - 1, lastPage))}>; rel="prev"`)
  if (page < lastPage) rels.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`)
  if (page > 1) rels.push(`<${pageUrl(1)}>; rel="first"`)
  return { items: items.slice(start, start + perPage), link: rels.length > 0 ? rels.join(', ') : undefined }
}

function intParam(url: URL, name: string): number | undefined {
  const value = url.searchParams.get(name)
  if (value === null || value === '') return undefined
  const parsed = Number.parseInt(value, 10)
  return Number.isFinite(parsed) ? parsed : undefined
}

/** Response headers carrying the page's `Link`, if any. */
export function linkHeaders(page: Page<unknown>): Record<string, string> {
  return page.link ? { link: page.link } : {}
}
