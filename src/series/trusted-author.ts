/**
 * Which issues are reports: only those written by the identity the action's token acts as. Anyone can file an issue
 * with the report's label (issue forms apply labels for everyone), its title and a copied body with an edited data
 * block; such an issue is never read, adopted, closed or commented on. The author is set by GitHub, not by the body:
 * `github-actions[bot]` for GITHUB_TOKEN, `<app>[bot]` for a GitHub App's token, the person for a personal token.
 */
import type { ReportIssue } from '../github/report-issues.js'

/** Logins compare without case, as GitHub's do. */
export function sameAuthor(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toLowerCase() === b.toLowerCase()
}

/** The issues the identity wrote, and the others. With no identity known, nothing is trusted. */
export function splitByAuthor(
  issues: readonly ReportIssue[],
  author: string | null,
): { trusted: ReportIssue[]; ignored: ReportIssue[] } {
  const trusted: ReportIssue[] = []
  const ignored: ReportIssue[] = []
  for (const issue of issues) (sameAuthor(issue.author, author) ? trusted : ignored).push(issue)
  return { trusted, ignored }
}
