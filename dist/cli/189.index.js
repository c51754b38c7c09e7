export const id = 189;
export const ids = [189];
export const modules = {

/***/ 77189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CSV_COLUMNS: () => (/* binding */ CSV_COLUMNS),
/* harmony export */   csvRowsOf: () => (/* binding */ csvRowsOf),
/* harmony export */   csvUsd: () => (/* binding */ csvUsd),
/* harmony export */   renderCsvReport: () => (/* binding */ renderCsvReport),
/* harmony export */   spreadsheetSafe: () => (/* binding */ spreadsheetSafe)
/* harmony export */ });
/* harmony import */ var csv_stringify_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96789);
/* harmony import */ var _analysis_runs_token_metrics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68160);
/* harmony import */ var _analysis_report_view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16314);
/**
 * The CSV report: one row per workflow and model with the raw numbers (no shortening), agent, threat-detection and
 * the firewall's routing usage in separate rows told apart by the `usage` column; recorded AI credits (empty where
 * no request carried any) beside the cost. Costs are rounded to 6 decimals (a millionth of a dollar,
 * far below any price step) so that sums of binary fractions do not print as 0.30000000000000004; a model none of
 * whose requests has a price has empty cost cells, not 0, as its JSON cost is null.
 */



const CSV_COLUMNS = [
    'workflow',
    'usage',
    'provider',
    'model',
    'workflow_runs',
    'workflow_runs_with_data',
    'requests',
    'input_tokens',
    'output_tokens',
    'cache_read_tokens',
    'cache_write_tokens',
    'total_tokens',
    'cost_usd',
    'cost_input_usd',
    'cost_output_usd',
    'cost_cache_read_usd',
    'cost_cache_write_usd',
    'unpriced_requests',
    'avg_latency_ms',
    'reasoning_tokens',
    'ai_credits',
    'ai_credits_requests',
];
/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab/CR) as a formula; names come from untrusted runs,
 * so such text cells get a leading apostrophe (the OWASP CSV-injection advice).
 */
function spreadsheetSafe(text) {
    return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
function workflowCells(workflow, usage) {
    return {
        workflow: spreadsheetSafe(workflow.name),
        usage,
        workflow_runs: workflow.runs,
        workflow_runs_with_data: workflow.runsWithData,
    };
}
/** USD to 6 decimals. */
function csvUsd(value) {
    const rounded = Math.round(value * 1e6) / 1e6;
    return rounded === 0 ? 0 : rounded;
}
function modelRow(workflow, usage, m) {
    const unknown = (0,_analysis_report_view_js__WEBPACK_IMPORTED_MODULE_1__/* .pricingOfRow */ .AJ)(m) === 'unpriced';
    const usd = (value) => (unknown ? '' : csvUsd(value));
    return {
        ...workflowCells(workflow, usage),
        provider: spreadsheetSafe(m.provider),
        model: spreadsheetSafe(m.model),
        // Empty for a model only totals-only runs used: they have no request count.
        requests: (0,_analysis_report_view_js__WEBPACK_IMPORTED_MODULE_1__/* .requestCountOf */ .WM)(m.requests, (0,_analysis_runs_token_metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .totalTokensOf */ .WV)(m)) ?? '',
        input_tokens: m.inputTokens,
        output_tokens: m.outputTokens,
        cache_read_tokens: m.cacheReadTokens,
        cache_write_tokens: m.cacheWriteTokens,
        total_tokens: (0,_analysis_runs_token_metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .totalTokensOf */ .WV)(m),
        cost_usd: usd(m.costUsd),
        cost_input_usd: usd(m.cost.input),
        cost_output_usd: usd(m.cost.output),
        cost_cache_read_usd: usd(m.cost.cacheRead),
        cost_cache_write_usd: usd(m.cost.cacheWrite),
        unpriced_requests: m.unpricedRequests,
        // Whole milliseconds: an average of durations has no meaningful fraction of a millisecond.
        avg_latency_ms: m.avgLatencyMs === null ? '' : Math.round(m.avgLatencyMs),
        reasoning_tokens: m.reasoningTokens ?? 0,
        // Empty when no request of the row carried credits (the JSON's null).
        ai_credits: m.aiCredits === null || m.aiCredits === undefined ? '' : csvUsd(m.aiCredits),
        ai_credits_requests: m.aiCreditsRequests ?? 0,
    };
}
/** A workflow without any usage: empty model columns, every count 0. */
function emptyRow(workflow) {
    return {
        ...workflowCells(workflow, 'agent'),
        provider: '',
        model: '',
        requests: 0,
        input_tokens: 0,
        output_tokens: 0,
        cache_read_tokens: 0,
        cache_write_tokens: 0,
        total_tokens: 0,
        cost_usd: 0,
        cost_input_usd: 0,
        cost_output_usd: 0,
        cost_cache_read_usd: 0,
        cost_cache_write_usd: 0,
        unpriced_requests: 0,
        avg_latency_ms: '',
        reasoning_tokens: 0,
        ai_credits: '',
        ai_credits_requests: 0,
    };
}
/** Workflows without any usage get one row with empty model columns, so every workflow appears. */
function csvRowsOf(data) {
    const rows = [];
    for (const w of data.workflows) {
        for (const m of w.models)
            rows.push(modelRow(w, 'agent', m));
        for (const m of w.detection)
            rows.push(modelRow(w, 'detection', m));
        for (const m of w.routing?.models ?? [])
            rows.push(modelRow(w, 'routing', m));
        if (w.models.length === 0 && w.detection.length === 0)
            rows.push(emptyRow(w));
    }
    return rows;
}
function renderCsvReport(data) {
    return (0,csv_stringify_sync__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .A)(csvRowsOf(data), { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'unix' });
}


/***/ })

};
