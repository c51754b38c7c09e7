/**
 * The `budgets` input as a user writes it: `SCOPE=AMOUNT/PERIOD`, one per line or comma-separated, e.g.
 * `total=$25/day`, `Smoke Claude=$300/month`, `Security Guard=5000 AIC/day`. SCOPE is `total` or a workflow's name,
 * AMOUNT USD (`$25`) or AI credits (`2500 AIC`, 1 AIC = $0.01), PERIOD `day`, `week` (ISO) or `month` (UTC).
 */
import { TOTAL_SCOPE, type Budget } from '../analysis/budgets/budget-rules.js'

const AMOUNT_USD = /^\$\s*(\d+(?:\.\d+)?)$/
const AMOUNT_AIC = /^(\d+(?:\.\d+)?)\s*aic$/i

/** One entry; throws an Error quoting it. */
function parseBudget(entry: string): Budget {
  const bad = (why: string): Error =>
    new Error(`Budget '${entry}' ${why} (expected SCOPE=AMOUNT/PERIOD, e.g. total=$25/day or Nightly=2500 AIC/week)`)
  const equals = entry.lastIndexOf('=')
  if (equals < 0) throw bad('has no =')
  const scopeText = entry.slice(0, equals).trim()
  const rest = entry.slice(equals + 1)
  const slash = rest.lastIndexOf('/')
  if (!scopeText) throw bad('names no scope')
  if (slash < 0) throw bad('names no period')
  const amountText = rest.slice(0, slash).trim()
  const periodText = rest
    .slice(slash + 1)
    .trim()
    .toLowerCase()
  if (periodText !== 'day' && periodText !== 'week' && periodText !== 'month') {
    throw bad(`has period '${rest.slice(slash + 1).trim()}', not day, week or month`)
  }
  const usd = AMOUNT_USD.exec(amountText)
  const aic = AMOUNT_AIC.exec(amountText)
  const limit = Number((usd ?? aic)?.[1])
  if (!usd && !aic) throw bad(`has amount '${amountText}', not $N or N AIC`)
  if (!(limit > 0)) throw bad('has a limit of 0')
  const scope = scopeText.toLowerCase() === TOTAL_SCOPE ? TOTAL_SCOPE : scopeText
  return { scope, period: periodText, limit, unit: usd ? 'USD' : 'AIC' }
}

/** Every budget of the input, in the order written; throws on the first bad or repeated entry, quoting it. */
export function parseBudgets(text: string): Budget[] {
  const budgets: Budget[] = []
  const entries = text
    .split(/[,\n]/)
    .map((e) => e.trim())
    .filter((e) => e.length > 0)
  for (const entry of entries) {
    const budget = parseBudget(entry)
    const same = budgets.find((b) => b.scope === budget.scope && b.period === budget.period && b.unit === budget.unit)
    if (same)
      throw new Error(`Budget '${entry}' repeats the ${budget.unit} ${budget.period} budget of '${budget.scope}'`)
    budgets.push(budget)
  }
  return budgets
}
