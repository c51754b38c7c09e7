import { maxConcurrency } from './collect-defaults.js'
import type { BaselineSpan } from '../analysis/trends/baseline-window.js'
import { parseBaselineSpan } from './baseline-input.js'
import type { Budget } from '../analysis/budgets/budget-rules.js'
import { parseBudgets } from './budget-input.js'
import { DEFAULT_RUN_CREDIT_CAP } from '../analysis/budgets/credit-guardrails.js'
import type { FlagThresholds } from '../analysis/flags/flags.js'
import { parseFlagThresholds } from './threshold-input.js'
import type { ArchiveLimits } from '../usage/archive.js'
import type { NormalisationRules } from '../usage/normalise.js'
import { parseNormalisationRules } from './token-semantics-input.js'
import type { PriceUpdateMode } from '../usage/price-catalogue.js'
import type { PriceOverrides } from '../usage/pricing.js'
import { loadPriceOverrides, parsePriceOverrides } from './price-overrides-input.js'
import { invalidInput, parseInput } from './input-error.js'
import { listInput } from './list-input.js'
import { plainNumber } from './number-input.js'
import { parseRepository } from './repository-input.js'
import { MAX_SHARDS, parseRepositorySelection, type RepositorySelection } from './repositories-input.js'
import { RUN_CONCLUSIONS } from '../github/run-conclusions.js'
import { PROVIDER_NAMES } from '../usage/provider-names.js'
import { unknownName } from './known-names.js'
import { pullRequestSettingsOf, type PullRequestSettings } from './pull-request-input.js'
import {
  expectedTime,
  notInFuture,
  parseDuration,
  parseIsoTime,
  parseTimeOrDuration,
  type Duration,
  type TimeOrDuration,
} from './time-input.js'

/** Reads one input by its action.yml name; main.ts passes @actions/core's getInput, tests a plain lookup. */
export type InputReader = (name: string) => string

/**
 * What the action does in this run. Adding a mode: its name here, and its runner in run-action.ts's table (the
 * compiler then asks for nothing else).
 */
export const REPORT_MODES = ['daily', 'rollup', 'pull-request', 'plan', 'shard', 'merge'] as const

/** `source`: an organisation report's runs, its repositories' own daily reports, or the reports where there are. */
export const ORGANISATION_SOURCES = ['runs', 'reports', 'auto'] as const
export type OrganisationSourceKind = (typeof ORGANISATION_SOURCES)[number]

/** The modes of an organisation report sharded on the Actions matrix: they need `repositories`. */
const ORGANISATION_MODES: readonly ReportMode[] = ['plan', 'shard', 'merge']
export type ReportMode = (typeof REPORT_MODES)[number]

/** The periods a rollup covers. */
export const ROLLUP_PERIODS = ['week', 'month'] as const
export type RollupPeriod = (typeof ROLLUP_PERIODS)[number]

/** When a budget fails the step (after everything is written). */
export const BUDGET_FAILURE_POLICIES = ['never', 'exceeded'] as const
export type BudgetFailurePolicy = (typeof BUDGET_FAILURE_POLICIES)[number]

/** `prices-update`: a type-only import above keeps the price catalogue's module out of the settings' load. */
const PRICE_UPDATE_MODES = ['auto', 'off'] as const satisfies readonly PriceUpdateMode[]

/** The action's inputs, read, parsed and validated once: later code never sees an input's text. */
export interface ActionSettings {
  mode: ReportMode
  /** Token for the REST API (never logged). */
  token: string
  owner: string
  repo: string
  /**
   * The organisation report's repositories (`repositories`); null: the `repository` alone. The report goes to
   * `repository` (the central repository) either way.
   */
  repositories: RepositorySelection | null
  /** Where an organisation report's numbers come from: the runs, the repositories' own reports, or either. */
  source: OrganisationSourceKind
  /** mode plan: how many shards (matrix jobs) at most, 1 to 256. */
  shards: number
  /** mode merge: the directory holding the shards' partial summaries (downloaded artifacts). */
  partials: string
  /** Window when there is no previous report: a duration before the window's end (`24h`) or an ISO time. */
  lookback: TimeOrDuration
  /** End of the window (ISO time), or undefined for now. */
  until?: Date
  /** Upper bound on the window's length. */
  maxLookback: Duration
  workflows: string[]
  excludeWorkflows: string[]
  conclusions: string[]
  /** Artifact names in order of preference. */
  artifactNames: string[]
  /** Providers to include (lower case); empty = all. */
  providers: string[]
  /** Token semantics per provider: the defaults with the `token-semantics` input on top. */
  tokenSemantics: NormalisationRules
  /** Prices from `pricing-file`, with the inline `prices` on top (canonical model names). */
  priceOverrides: PriceOverrides
  /** `auto`: price with the remote catalogue when it loads, else the bundled one; `off`: the bundled one. */
  pricesUpdate: PriceUpdateMode
  /** Flag thresholds: the defaults with the `thresholds` input on top. */
  thresholds: FlagThresholds
  trendThreshold: number
  history: number
  /** What each workflow's window is compared with (the `baseline` input: `7d`, `14d` or `previous`). */
  baseline: BaselineSpan
  titlePrefix: string
  labels: string[]
  closeOlder: boolean
  dryRun: boolean
  concurrency: number
  apiReserve: number
  /** How long the step may take: collecting stops in time to publish what was read (`time-budget`). */
  timeBudget: Duration
  cache: boolean
  archiveLimits: ArchiveLimits
  /** mode rollup: an ISO week or a UTC month. */
  period: RollupPeriod
  /** Spend limits every report shows its spend against. */
  budgets: Budget[]
  failOnBudget: BudgetFailurePolicy
  /** AI credits a run may spend (gh-aw's per-run cap); runs within 10% of it are listed. */
  runCreditCap: number
  /** When failed downloads fail the step: more than half of the runs with artifacts, any, or never. */
  failOnDownloadErrors: DownloadErrorPolicy
  /** mode pull-request: when to comment, the pull request's budget, the pull request to refresh by hand. */
  pullRequest: PullRequestSettings
}

export const DOWNLOAD_ERROR_POLICIES = ['half', 'any', 'never'] as const
export type DownloadErrorPolicy = (typeof DOWNLOAD_ERROR_POLICIES)[number]

const MB = 1024 * 1024

function booleanInput(name: string, text: string): boolean {
  const value = text.trim().toLowerCase()
  if (['true', 'yes', '1', 'on'].includes(value)) return true
  if (['false', 'no', '0', 'off', ''].includes(value)) return false
  throw invalidInput(name, text, 'Expected true or false.')
}

interface NumberRule {
  min: number
  max?: number
  /** Whole numbers only. */
  whole?: boolean
  /** The least value is excluded (a size must be above 0). */
  aboveMin?: boolean
}

/** What a rule asks for, in words: 'a whole number from 1 to 64', 'a number above 0'. */
function describeRule(rule: NumberRule): string {
  const kind = rule.whole ? 'a whole number' : 'a number'
  if (rule.max !== undefined) return `${kind} from ${rule.min} to ${rule.max}`
  return rule.aboveMin ? `${kind} above ${rule.min}` : `${kind} of at least ${rule.min}`
}

function numberInput(name: string, text: string, rule: NumberRule): number {
  const value = plainNumber(text)
  // Not a number at all: the same words as a number out of range, so the message says what is wanted.
  if (value === undefined) throw invalidInput(name, text, `Expected ${describeRule(rule)}.`)
  const fits =
    (rule.aboveMin ? value > rule.min : value >= rule.min) &&
    (rule.max === undefined || value <= rule.max) &&
    (!rule.whole || Number.isInteger(value))
  if (!fits) throw invalidInput(name, text, `Expected ${describeRule(rule)}.`)
  return value
}

const positiveWhole: NumberRule = { min: 1, whole: true }
const sizeInMb: NumberRule = { min: 0, aboveMin: true }

/** One of a fixed list of words, or the default when empty. */
function choiceInput<T extends string>(name: string, text: string, choices: readonly T[], fallback: T): T {
  const value = text.trim().toLowerCase() || fallback
  if (!(choices as readonly string[]).includes(value)) {
    throw invalidInput(name, text, `Expected one of: ${choices.join(', ')}.`)
  }
  return value as T
}

/** GitHub ends a job after 6 hours at most: a longer budget could never be used. */
const MAX_TIME_BUDGET_MS = 6 * 3_600_000

/** `time-budget`: a duration from 10 s to 6 h (default 10m, well inside the README's `timeout-minutes: 15`). */
function timeBudgetInput(text: string): Duration {
  const value = text.trim() || '10m'
  const expected = "Expected a duration from 10s to 6h, such as 10m (keep it inside the job's timeout-minutes)."
  let duration: Duration | undefined
  try {
    duration = parseDuration(value)
  } catch {
    duration = undefined
  }
  if (!duration || duration.ms < 10_000 || duration.ms > MAX_TIME_BUDGET_MS) {
    throw invalidInput('time-budget', text, expected)
  }
  return duration
}

/** Prices from the file, then the inline input on top; each error names its input. */
async function priceOverridesInput(input: InputReader): Promise<PriceOverrides> {
  const file = input('pricing-file').trim()
  const inline = input('prices').trim()
  const fromFile = file ? await parseInputAsync('pricing-file', file, () => loadPriceOverrides(file)) : {}
  // The price parser names its source and quotes the bad part itself.
  const fromInline = inline ? parsePriceOverrides(inline, "input 'prices'") : {}
  return { ...fromFile, ...fromInline }
}

async function parseInputAsync<T>(name: string, value: string, parse: () => Promise<T>): Promise<T> {
  try {
    return await parse()
  } catch (error) {
    return parseInput(name, value, () => {
      throw error
    })
  }
}

/** The organisation report's inputs: `repositories`, and `shards` and `partials` of the sharded modes. */
function organisationInputs(
  input: InputReader,
  mode: ReportMode,
): Pick<ActionSettings, 'repositories' | 'shards' | 'partials' | 'source'> {
  const repositories = parseRepositorySelection(input('repositories'))
  if (!repositories && ORGANISATION_MODES.includes(mode)) {
    throw new Error(
      `Input 'repositories' is empty: mode '${mode}' shards an organisation report; name its repositories.`,
    )
  }
  const partials = input('partials').trim()
  if (mode === 'merge' && !partials) {
    throw new Error("Input 'partials' is empty: mode 'merge' reads the shards' partial summaries from that directory.")
  }
  const shards = numberInput('shards', input('shards') || '8', { ...positiveWhole, max: MAX_SHARDS })
  const source = choiceInput('source', input('source'), ORGANISATION_SOURCES, 'runs')
  return { repositories, shards, partials, source }
}

/**
 * Reads, parses and validates every input; errors name the input and quote the bad value. Async because the price
 * file is read here: a missing file fails before any API call.
 */
export async function readActionSettings(input: InputReader, now: Date = new Date()): Promise<ActionSettings> {
  const mode = choiceInput('mode', input('mode'), REPORT_MODES, 'daily')
  const repository = input('repository').trim()
  const parts = parseRepository(repository)
  if (!parts) throw invalidInput('repository', repository, 'Expected format {owner}/{repo}.')
  const organisation = organisationInputs(input, mode)
  const token = input('github-token').trim()
  if (!token) throw new Error("Input 'github-token' is empty. Pass a token with actions: read and issues: write.")

  const providers = listInput(input('providers')).map((p) => p.toLowerCase())
  const unknownProvider = unknownName(providers, PROVIDER_NAMES)
  if (unknownProvider) throw invalidInput('providers', unknownProvider.name, unknownProvider.expected)
  const conclusions = listInput(input('conclusions')).map((c) => c.toLowerCase())
  const unknownConclusion = unknownName(conclusions, RUN_CONCLUSIONS)
  if (unknownConclusion) throw invalidInput('conclusions', unknownConclusion.name, unknownConclusion.expected)
  const labels = listInput(input('labels'))
  if (labels.length === 0) throw new Error("Input 'labels' is empty: the first label is how earlier reports are found.")

  const until = input('until').trim()
  const untilDate = until === '' ? undefined : parseIsoTime(until)
  if (until !== '' && !untilDate) throw invalidInput('until', until, expectedTime(until, false))
  if (untilDate) notInFuture(untilDate, now, "input 'until':", until)
  const lookback = parseTimeOrDuration(input('lookback').trim() || '24h', "input 'lookback':")
  if ('at' in lookback) notInFuture(lookback.at, now, "input 'lookback':", lookback.text)
  const tokenSemantics = input('token-semantics').trim()
  const budgets = input('budgets').trim()
  const runCreditCap = input('run-credit-cap').trim()
  const thresholds = input('thresholds').trim()
  return {
    mode,
    ...(untilDate ? { until: untilDate } : {}),
    token,
    owner: parts.owner,
    repo: parts.repo,
    ...organisation,
    lookback,
    maxLookback: parseDuration(input('max-lookback').trim() || '7d', "input 'max-lookback':"),
    workflows: listInput(input('workflows')),
    excludeWorkflows: listInput(input('exclude-workflows')),
    conclusions,
    artifactNames: listInput(input('artifact-names')),
    providers,
    tokenSemantics: parseInput('token-semantics', tokenSemantics, () => parseNormalisationRules(tokenSemantics)),
    priceOverrides: await priceOverridesInput(input),
    pricesUpdate: choiceInput('prices-update', input('prices-update'), PRICE_UPDATE_MODES, 'auto'),
    thresholds: parseInput('thresholds', thresholds, () => parseFlagThresholds(thresholds)),
    trendThreshold: numberInput('trend-threshold', input('trend-threshold'), { min: 0 }),
    history: numberInput('history', input('history'), positiveWhole),
    baseline: parseInput('baseline', input('baseline'), () => parseBaselineSpan(input('baseline'))),
    titlePrefix: input('title-prefix').trim(),
    labels,
    closeOlder: booleanInput('close-older', input('close-older')),
    dryRun: booleanInput('dry-run', input('dry-run')),
    concurrency: numberInput('concurrency', input('concurrency'), { ...positiveWhole, max: maxConcurrency }),
    apiReserve: numberInput('api-reserve', input('api-reserve'), { min: 0, whole: true }),
    timeBudget: timeBudgetInput(input('time-budget')),
    cache: booleanInput('cache', input('cache')),
    archiveLimits: {
      maxArchiveBytes: numberInput('max-artifact-mb', input('max-artifact-mb'), sizeInMb) * MB,
      maxUnzippedBytes: numberInput('max-unzipped-mb', input('max-unzipped-mb'), sizeInMb) * MB,
      maxEntries: numberInput('max-zip-entries', input('max-zip-entries'), positiveWhole),
    },
    period: choiceInput('period', input('period'), ROLLUP_PERIODS, 'week'),
    budgets: parseInput('budgets', budgets, () => parseBudgets(budgets)),
    failOnBudget: choiceInput('fail-on-budget', input('fail-on-budget'), BUDGET_FAILURE_POLICIES, 'never'),
    runCreditCap: runCreditCap
      ? numberInput('run-credit-cap', runCreditCap, { min: 0, aboveMin: true })
      : DEFAULT_RUN_CREDIT_CAP,
    failOnDownloadErrors: choiceInput(
      'fail-on-download-errors',
      input('fail-on-download-errors'),
      DOWNLOAD_ERROR_POLICIES,
      'half',
    ),
    pullRequest: pullRequestSettingsOf(input),
  }
}
