// GitHub's issue listing can lag behind creates by seconds (a search index, not the database): an issue created
// less than `issueListingLagMs` ago (real time) is missing from `GET /repos/{o}/{r}/issues`, though it can be read,
// updated and commented on by number.
import type { FakeIssue, RepositoryState } from './repository-state.js'

/** Notes when an issue was created, for the listing lag. */
export function noteCreated(state: RepositoryState, issue: FakeIssue): void {
  state.listingLag.createdAt.set(issue.number, Date.now())
}

/** True when the issue shows in listings yet. */
export function listed(state: RepositoryState, issue: FakeIssue): boolean {
  const createdAt = state.listingLag.createdAt.get(issue.number)
  return createdAt === undefined || Date.now() - createdAt >= state.listingLag.ms
}
