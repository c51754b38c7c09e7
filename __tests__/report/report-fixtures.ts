// A report with hostile names from every untrusted source, for the renderer tests.
import { analyseRuns } from '../../src/analysis/runs/analyse-runs.js'
import type { ReportData } from '../../src/analysis/report-data.js'
import { HAIKU, runSummary, SONNET } from '../analysis/run-summary-builders.js'

export const HOSTILE_WORKFLOW = 'evil|wf\n@octocat <script>alert(1)</script> #42'
export const HOSTILE_BRANCH = '@admin/team|main\n- [x](javascript:alert(1))'
export const HOSTILE_MODEL = 'mystery|model @here'

export function hostileReport(): ReportData {
  return analyseRuns(
    [
      runSummary(
        'smoke-claude',
        '23900672204',
        [
          {
            model: 'claude-sonnet-4.6',
            requests: 5,
            input: 7,
            output: 1542,
            cacheRead: 193_303,
            cacheWrite: 58_092,
            durationMsTotal: 30_000,
            price: SONNET,
          },
          { model: 'claude-haiku-4.5', requests: 2, input: 720, output: 90, durationMsTotal: 1_500, price: HAIKU },
        ],
        {
          branch: 'main',
          url: 'https://github.com/o/r/actions/runs/23900672204',
          durationsMs: [6000, 6000, 6000, 6000, 6000, 700, 800],
        },
      ),
      runSummary(
        HOSTILE_WORKFLOW,
        '1',
        [{ provider: 'opencode', model: HOSTILE_MODEL, requests: 3, input: 10_000, output: 20 }],
        {
          branch: HOSTILE_BRANCH,
          url: 'javascript:alert(1)',
          detectionModels: [
            { model: 'claude-sonnet-4.6', requests: 1, input: 5, output: 200, cacheWrite: 12_000, price: SONNET },
          ],
          skipped: {
            invalidLines: 2,
            byReason: { 'invalid-json': 1, schema: 1 },
            examples: [
              {
                file: 'runs/@octocat|x/token-usage.jsonl',
                line: 3,
                reason: 'invalid-json',
                detail: 'Unexpected token <',
              },
              {
                file: 'runs/a/token-usage.jsonl',
                line: 9,
                reason: 'schema',
                detail: 'input_tokens: expected number, got "12"',
              },
            ],
            duplicateRecords: 6,
            filteredRecords: 0,
          },
        },
      ),
      runSummary('quiet @someone', '2', [], { state: 'download-failed', stateDetail: 'HTTP 500 <html>|@x' }),
    ],
    { window: { since: '2026-04-01T17:20:00Z', until: '2026-04-02T17:20:00Z' } },
  )
}
