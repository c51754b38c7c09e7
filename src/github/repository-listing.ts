/**
 * The repositories an owner has that the token can see, for `owner/*`. A GitHub App installation token lists its
 * installation's repositories (`GET /installation/repositories`); any other token is refused there (401/403/404)
 * and lists the organisation's (`GET /orgs/{org}/repos`), or, when the owner is a user, the user's
 * (`GET /users/{user}/repos`).
 */
import type { Octokit } from './octokit-client.js'

/** A listed repository: enough to select it. */
export interface OwnedRepository {
  owner: string
  repo: string
  archived: boolean
}

interface RawRepository {
  name: string
  archived?: boolean
  owner?: { login?: string } | null
}

const PER_PAGE = 100

function ownedOf(raw: RawRepository, owner: string): OwnedRepository {
  return { owner: raw.owner?.login ?? owner, repo: raw.name, archived: raw.archived === true }
}

const statusOf = (error: unknown): number | undefined => (error as { status?: number } | null)?.status

/** Every repository of the installation, or undefined when the token is not an installation's. */
async function installationRepositories(octokit: Octokit): Promise<RawRepository[] | undefined> {
  try {
    // paginate unwraps `{ total_count, repositories }` pages into one list.
    return (await octokit.paginate('GET /installation/repositories', { per_page: PER_PAGE })) as RawRepository[]
  } catch (error) {
    if ([401, 403, 404].includes(statusOf(error) ?? 0)) return undefined
    throw error
  }
}

/** The owner's repositories the token can see, archived ones included (the selection decides). */
export async function listOwnerRepositories(octokit: Octokit, owner: string): Promise<OwnedRepository[]> {
  const installation = await installationRepositories(octokit)
  if (installation) {
    return installation.map((raw) => ownedOf(raw, owner)).filter((r) => r.owner.toLowerCase() === owner.toLowerCase())
  }
  try {
    const org = await octokit.paginate('GET /orgs/{org}/repos', { org: owner, type: 'all', per_page: PER_PAGE })
    return (org as RawRepository[]).map((raw) => ownedOf(raw, owner))
  } catch (error) {
    if (statusOf(error) !== 404) throw error
  }
  const user = await octokit.paginate('GET /users/{username}/repos', {
    username: owner,
    type: 'owner',
    per_page: PER_PAGE,
  })
  return (user as RawRepository[]).map((raw) => ownedOf(raw, owner))
}
