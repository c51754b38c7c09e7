export const id = 225;
export const ids = [225];
export const modules = {

/***/ 16314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ pricingOfRow),
/* harmony export */   Jm: () => (/* binding */ modelNamesRepeat),
/* harmony export */   fe: () => (/* binding */ reportViewOf),
/* harmony export */   u6: () => (/* binding */ pricingOf),
/* harmony export */   z5: () => (/* binding */ pricingOfRows)
/* harmony export */ });
/* harmony import */ var _run_state_reasons_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89883);

/**
 * The one decision of whether a cost is known. Totals-only runs (`unpricedRuns`) have no request count, so a cost
 * beside them tells whether any of it was priced.
 */
function pricingOf(requests, unpricedRequests, unpricedRuns = 0, costUsd = 0) {
    if (unpricedRequests <= 0 && unpricedRuns <= 0)
        return 'priced';
    return requests > unpricedRequests || costUsd > 0 ? 'partly-priced' : 'unpriced';
}
/** pricingOf of one row. */
function pricingOfRow(row) {
    return pricingOf(row.requests, row.unpricedRequests ?? 0, row.unpricedRuns ?? 0, row.costUsd);
}
/** pricingOf of rows together (a workflow's models, a provider's). */
function pricingOfRows(rows) {
    const sum = { requests: 0, unpricedRequests: 0, unpricedRuns: 0, costUsd: 0 };
    for (const r of rows) {
        sum.requests += r.requests;
        sum.unpricedRequests += r.unpricedRequests ?? 0;
        sum.unpricedRuns += r.unpricedRuns ?? 0;
        sum.costUsd += r.costUsd;
    }
    return pricingOfRow(sum);
}
/**
 * True when a model name appears with two providers (Claude from anthropic and from copilot): a table of these
 * models must show the provider, or it has two rows that look the same.
 */
function modelNamesRepeat(models) {
    const providers = new Map();
    for (const m of models) {
        const seen = providers.get(m.model);
        if (seen !== undefined && seen !== m.provider)
            return true;
        providers.set(m.model, m.provider);
    }
    return false;
}
const fraction = (part, whole) => (whole > 0 ? part / whole : null);
function modelRowsOf(models, requests, costUsd) {
    return models.map((m) => ({
        metrics: m,
        pricing: pricingOfRow(m),
        requestShare: fraction(m.requests, requests),
        costShare: fraction(m.costUsd, costUsd),
    }));
}
function workflowViewOf(w) {
    return {
        metrics: w,
        pricing: pricingOfRows(w.models),
        models: modelRowsOf(w.models, w.requests, w.costUsd),
        modelsNeedProvider: modelNamesRepeat(w.models),
        runsWithData: w.runDetails
            // A totals-only run has data but no request count.
            .filter((r) => r.requests > 0 || r.state === 'analysed-totals')
            .map((r) => ({ metrics: r, pricing: pricingOfRow(r) })),
        flags: w.flags,
    };
}
function largestCostDriverOf(cost, total) {
    if (total <= 0)
        return null;
    const types = ['input', 'output', 'cacheRead', 'cacheWrite'];
    // The first of equal costs wins, in the order above.
    const type = types.reduce((best, t) => (cost[t] > cost[best] ? t : best), types[0]);
    return { type, costUsd: cost[type], share: cost[type] / total };
}
/** The view of a report: see the file comment. */
function reportViewOf(data) {
    const urls = new Map();
    for (const w of data.workflows)
        for (const r of w.runDetails)
            urls.set(`${w.name}\u0000${r.runId}`, r.url);
    const byReason = new Map();
    for (const r of data.runsWithoutData) {
        // Reports from before `state` existed: the reason up to its detail.
        const reason = r.state ? (0,_run_state_reasons_js__WEBPACK_IMPORTED_MODULE_0__/* .runStateReason */ .D)(r.state) : r.reason.split(':')[0];
        byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
    }
    return {
        data,
        unpricedRequests: data.unpricedModels.reduce((n, m) => n + m.requests, 0),
        unpricedRuns: data.unpricedModels.reduce((n, m) => n + (m.runs ?? 0), 0),
        totalPricing: pricingOfRows(data.models),
        workflows: data.workflows.map(workflowViewOf),
        models: modelRowsOf(data.models, data.totals.requests, data.totals.costUsd),
        providers: data.providers.map((p) => {
            return { ...p, pricing: pricingOfRows(data.models.filter((m) => m.provider === p.provider)) };
        }),
        runsWithoutData: data.runsWithoutData.map((r) => {
            const url = urls.get(`${r.workflow}\u0000${r.runId}`);
            return { workflow: r.workflow, runId: r.runId, reason: r.reason, ...(url !== undefined ? { url } : {}) };
        }),
        runsWithoutDataByReason: [...byReason].sort((a, b) => b[1] - a[1]).map(([reason, runs]) => ({ reason, runs })),
        largestCostDriver: largestCostDriverOf(data.totals.cost, data.totals.costUsd),
    };
}


/***/ }),

/***/ 4225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jsonReportOf: () => (/* binding */ jsonReportOf),
/* harmony export */   renderJsonReport: () => (/* binding */ renderJsonReport)
/* harmony export */ });
/* harmony import */ var _analysis_report_view_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16314);

const unknown = (row) => (0,_analysis_report_view_js__WEBPACK_IMPORTED_MODULE_0__/* .pricingOfRow */ .AJ)(row) === 'unpriced';
function modelJson(m) {
    return unknown(m) ? { ...m, costUsd: null, cost: null, repricedAiCredits: null } : m;
}
/** Routing usage: its cost null when none of its requests had a price. */
function routingJson(r) {
    const costs = (0,_analysis_report_view_js__WEBPACK_IMPORTED_MODULE_0__/* .pricingOfRows */ .z5)(r.models) === 'unpriced' ? { costUsd: null } : {};
    return { ...r, ...costs, models: r.models.map(modelJson) };
}
function runJson(r) {
    return unknown(r) ? { ...r, costUsd: null } : r;
}
function workflowJson(w) {
    const costs = (0,_analysis_report_view_js__WEBPACK_IMPORTED_MODULE_0__/* .pricingOfRows */ .z5)(w.models) === 'unpriced' ? { costUsd: null, costPerRunUsd: null, costPerRun: null, cost: null } : {};
    return {
        ...w,
        ...costs,
        models: w.models.map(modelJson),
        detection: w.detection.map(modelJson),
        runDetails: w.runDetails.map(runJson),
        ...(w.routing ? { routing: routingJson(w.routing) } : {}),
    };
}
function periodJson(p) {
    const cost = (u) => unknown(u) ? { ...u, costUsd: null } : u;
    return { ...cost(p), models: p.models.map(cost) };
}
/** The report as the JSON contract has it: unknown costs are null. */
function jsonReportOf(data) {
    // The total is unknown, not free, when no model of the agent's usage had a price.
    const totals = (0,_analysis_report_view_js__WEBPACK_IMPORTED_MODULE_0__/* .pricingOfRows */ .z5)(data.models) === 'unpriced' ? { ...data.totals, costUsd: null, cost: null } : data.totals;
    return {
        ...data,
        totals,
        workflows: data.workflows.map(workflowJson),
        models: data.models.map(modelJson),
        ...(data.detection ? { detection: { ...data.detection, models: data.detection.models.map(modelJson) } } : {}),
        ...(data.periods ? { periods: data.periods.map(periodJson) } : {}),
        ...(data.routing ? { routing: routingJson(data.routing) } : {}),
    };
}
function renderJsonReport(data) {
    return `${JSON.stringify(jsonReportOf(data), null, 2)}\n`;
}


/***/ })

};
