// The fake GitHub server's public surface, for tests and scripts (bench, demo).
export { startFakeGitHub } from './start-fake-github.js'
export type {
  ActionEnvOptions,
  AddArtifactOptions,
  AddIssueSpec,
  AddRunSpec,
  AddWorkflowOptions,
  ArtifactContent,
  FakeGitHub,
  FakeGitHubOptions,
  FakeGitHubStats,
  RequestLogEntry,
} from './fake-github-types.js'
export type { FaultRule, FaultSpec } from './faults.js'
export type { AddRepositoryOptions, FakeRepository, TokenSpec } from './organisation.js'
export type {
  FakeArtifact,
  FakeComment,
  FakeIssue,
  FakeLabel,
  FakeRun,
  FakeUser,
  FakeWorkflow,
  IssueStateReason,
  RepositoryState,
  RunConclusion,
  RunStatus,
} from './repository-state.js'
export { GITHUB_ACTIONS_BOT } from './repository-state.js'
export { personNamed } from './identities.js'
export type { PrimaryLimitOptions, RateLimitBucket, SecondaryLimitOptions } from './rate-limits.js'
export { SEARCH_RESULT_CAP } from './actions-routes.js'
export { MAX_BODY_CHARS, MAX_LABEL_DESCRIPTION_CHARS, MAX_LABEL_NAME_CHARS, MAX_TITLE_CHARS } from './issue-routes.js'
export { sha256Digest, zipFromFiles, type ArtifactFiles } from './zip-archive.js'
export { seedFromDirectory, type SeedOptions, type SeedResult } from './seed-from-directory.js'
export { addPullRequest, pullRequestsOf, type AddPullRequestSpec, type FakePullRequest } from './pull-request-state.js'
export { workflowRunEventOf } from './pull-request-routes.js'
