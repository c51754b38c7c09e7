export const id = 225;
export const ids = [225];
export const modules = {

/***/ 4225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AIC_DECIMALS: () => (/* binding */ AIC_DECIMALS),
/* harmony export */   USD_DECIMALS: () => (/* binding */ USD_DECIMALS),
/* harmony export */   jsonReportOf: () => (/* binding */ jsonReportOf),
/* harmony export */   renderJsonReport: () => (/* binding */ renderJsonReport),
/* harmony export */   roundedMoney: () => (/* binding */ roundedMoney)
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
/** Money to 12 decimals, AI credits to 10: far below any price step, and enough to drop the binary noise of sums. */
const USD_DECIMALS = 12;
const AIC_DECIMALS = 10;
const roundTo = (value, decimals) => {
    const rounded = Number(value.toFixed(decimals));
    return rounded === 0 ? 0 : rounded; // never -0
};
/** Keys whose numbers, and whose objects' numbers, are USD (`cost` by token type, `costPerRun`'s distribution). */
const isUsdKey = (key) => /Usd$/.test(key) || key === 'cost' || key === 'costPerRun';
const isAicKey = (key) => /^(?:repriced)?AiCredits(?:Recorded)?$/i.test(key);
/**
 * Sums of binary fractions carry noise (1.8256656000000002): money is rounded to USD_DECIMALS and AI credits to
 * AIC_DECIMALS wherever they sit, so readers never see it. Counts and rates are left as they are.
 */
function roundedMoney(value, decimals = null, key = '') {
    const own = isUsdKey(key) ? USD_DECIMALS : isAicKey(key) ? AIC_DECIMALS : decimals;
    if (typeof value === 'number')
        return own !== null && Number.isFinite(value) ? roundTo(value, own) : value;
    if (Array.isArray(value))
        return value.map((v) => roundedMoney(v, own, key));
    if (value === null || typeof value !== 'object')
        return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundedMoney(v, own, k)]));
}
function renderJsonReport(data) {
    return `${JSON.stringify(roundedMoney(jsonReportOf(data)), null, 2)}\n`;
}


/***/ })

};
