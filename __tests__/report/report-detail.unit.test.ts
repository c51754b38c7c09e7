// A shortened report counts every row it leaves out: a workflow left out of the tables takes its rows of the Model
// Fallbacks table along (and of the detection and routing tables while those are shown), and the note counts them.
import { describe, expect, test } from '@jest/globals'
import type { ReportView } from '../../src/analysis/report-view.js'
import { FULL_DETAIL, REPORT_REDUCTIONS, type ReportDetail } from '../../src/report/report-detail.js'
import { fallbacksSection } from '../../src/report/sections/fallbacks-section.js'

/** Workflow i (most expensive first) with i % 3 fallback pairs, no detection or routing. */
function viewOf(workflows: number): ReportView {
  const list = Array.from({ length: workflows }, (_, i) => {
    const models = Array.from({ length: i % 3 }, (_, j) => ({ requested: `m${j}`, served: `f${j}`, requests: 1 }))
    return {
      metrics: {
        name: `wf-${String(i).padStart(3, '0')}`,
        requests: 100,
        runsWithData: 1,
        detection: [],
        fallbacks: { requests: models.length, byReason: { upstream_5xx: models.length }, models },
      },
      models: [],
      runsWithData: [],
    }
  })
  const fallbackRequests = list.reduce((n, w) => n + w.metrics.fallbacks.requests, 0)
  return {
    data: {
      totals: { requests: workflows * 100 },
      fallbacks: { requests: fallbackRequests, byReason: { upstream_5xx: fallbackRequests }, models: [] },
    },
    workflows: list,
    runsWithoutData: [],
  } as unknown as ReportView
}

const tableRows = (section: string | null): number =>
  (section ?? '').split('\n').filter((l) => l.startsWith('| wf-')).length

/** The reduction that keeps only the `count` most expensive workflows. */
function keepWorkflowsStep(view: ReportView, detail: ReportDetail, count: number) {
  for (const reduce of REPORT_REDUCTIONS) {
    const result = reduce({ view, detail })
    if (result && result.value.detail.workflowRows === count) return result
  }
  throw new Error(`no reduction keeps ${count} workflows`)
}

describe('a shortened report counts the fallback rows it leaves out', () => {
  test('60 workflows cut to 50: the ten left out and their fallback rows, counted from the rendered table', () => {
    const view = viewOf(60)
    const result = keepWorkflowsStep(view, FULL_DETAIL, 50)
    const before = tableRows(fallbacksSection(view, FULL_DETAIL))
    const after = tableRows(fallbacksSection(view, result.value.detail))
    // Workflows 50..59 have 50 % 3 … 59 % 3 pairs: 2+0+1+2+0+1+2+0+1+2 = 11.
    const expected = Array.from({ length: 10 }, (_, k) => (50 + k) % 3).reduce((a, b) => a + b, 0)
    expect(before - after).toBe(expected)
    expect(result.omitted).toBe(
      `10 workflows with the lowest cost (totals still include them), with their ${expected} rows of the fallback, detection and routing tables`,
    )
  })

  test('workflows left out without such rows are counted as before', () => {
    // 51 workflows: only wf-050 is left out, here without fallbacks.
    const view = viewOf(51)
    const noFallbacks = {
      ...view,
      workflows: view.workflows.map((w, i) =>
        i === 50 ? { ...w, metrics: { ...w.metrics, fallbacks: undefined } } : w,
      ),
    } as ReportView
    const result = keepWorkflowsStep(noFallbacks, FULL_DETAIL, 50)
    expect(result.omitted).toBe('1 workflow with the lowest cost (totals still include them)')
  })
})
