/**
 * The one comment of ours on a pull request: found by the marker it starts with AND its author being the action's
 * own identity (someone else's comment that carries or quotes the marker is never adopted or edited), created or
 * edited in place. Two events creating at the same moment leave two comments: the later ones are merged into the
 * oldest and deleted, so there is one again.
 */
import type { PullRequestComment, PullRequests } from '../github/pull-requests.js'
import { isPullRequestComment, readRecord } from './comment-data-block.js'
import { withRun, type PullRequestRecord } from './pull-request-runs.js'

/** Who GITHUB_TOKEN acts as; the identity when GitHub does not name the token's user. */
export const ACTIONS_BOT = 'github-actions[bot]'

/** The token's login, github-actions[bot] when GitHub does not say (an installation token). */
export async function actionIdentity(pulls: Pick<PullRequests, 'identity'>): Promise<string> {
  return (await pulls.identity()) ?? ACTIONS_BOT
}

/** Our comments on the pull request, oldest first. */
export async function ownComments(
  pulls: Pick<PullRequests, 'comments'>,
  number: number,
  identity: string,
): Promise<PullRequestComment[]> {
  const all = await pulls.comments(number)
  return all
    .filter((comment) => comment.author?.toLowerCase() === identity.toLowerCase() && isPullRequestComment(comment.body))
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id)
}

export interface CommentState {
  comment: PullRequestComment | undefined
  record: PullRequestRecord
  /** Why the comment's data block was not read (then the record starts empty). */
  unreadable?: string
}

/** Our comment and its record, merged over every comment of ours (one, unless two events raced). */
export function commentStateOf(comments: readonly PullRequestComment[], number: number): CommentState {
  let record: PullRequestRecord = { number, runs: [] }
  let unreadable: string | undefined
  for (const comment of comments) {
    const reading = readRecord(comment.body, number)
    if (reading.status === 'invalid') {
      unreadable ??= `comment ${comment.id}: ${reading.reason}`
      continue
    }
    for (const run of reading.record.runs) record = withRun(record, run)
  }
  return { comment: comments[0], record, ...(unreadable ? { unreadable } : {}) }
}

/**
 * Creates or edits our comment with `body`; afterwards, when another event created one at the same time, renders
 * the merged record into the oldest and deletes the rest. Returns the comment written.
 */
export async function writeOwnComment(
  pulls: PullRequests,
  target: { number: number; identity: string; existing: PullRequestComment | undefined },
  body: string,
  render: (record: PullRequestRecord) => string,
): Promise<PullRequestComment> {
  if (target.existing) return pulls.updateComment(target.existing.id, body)
  const created = await pulls.createComment(target.number, body)
  const ours = await ownComments(pulls, target.number, target.identity)
  if (ours.length <= 1) return created
  const merged = commentStateOf(ours, target.number).record
  const kept = await pulls.updateComment(ours[0].id, render(merged))
  for (const extra of ours.slice(1)) {
    // The other event may be deleting the same duplicate: one already gone is what both wanted.
    await pulls.deleteComment(extra.id).catch((error: unknown) => {
      if ((error as { status?: number }).status !== 404) throw error
    })
  }
  return kept
}
