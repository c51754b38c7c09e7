export const id = 845;
export const ids = [845];
export const modules = {

/***/ 68178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ describeDrivers),
/* harmony export */   e: () => (/* binding */ signedUsd)
/* harmony export */ });
/* harmony import */ var _value_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12675);

const LABEL = {
    'requests-per-run': 'requests per run',
    'model-mix': 'model mix',
    'input-per-request': 'fresh input per request',
    'output-per-request': 'output per request',
    'cache-read-per-request': 'cache read per request',
    'cache-write-per-request': 'cache write per request',
    'cache-hit-rate': 'cache hit rate',
    prices: 'prices',
};
/** Hit-rate moves smaller than this are not worth a word. */
const CACHING_WORTH_NAMING = 0.1;
/** The largest drivers as one line; '' when none reaches `minUsd`. */
function describeDrivers(change, options = {}) {
    const { limit = 3, minUsd = 0.005 } = options;
    let cachingNamed = false;
    return change.drivers
        .filter((d) => Math.abs(d.contribution) >= minUsd)
        .slice(0, limit)
        .map((d) => {
        let detail = detailOf(d.id, change);
        if (d.id === 'input-per-request' || d.id === 'cache-read-per-request') {
            const caching = cachingNamed ? null : cachingDetail(change);
            if (caching) {
                detail = detail ? `${detail}; ${caching}` : caching;
                cachingNamed = true;
            }
        }
        return `${LABEL[d.id]}${detail ? ` (${detail})` : ''} ${signedUsd(d.contribution)}`;
    })
        .join('; ');
}
/** −$0.15, +$0.02 (a true minus sign, so the sign does not look like a hyphen). */
function signedUsd(value) {
    const amount = (0,_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(Math.abs(value));
    // A difference that rounds to nothing has no sign: never "−$0.00".
    return amount === '$0.00' ? amount : `${value < 0 ? '−' : '+'}${amount}`;
}
function detailOf(id, change) {
    const u = change.usage;
    switch (id) {
        case 'model-mix':
            return modelMixDetail(change);
        case 'requests-per-run':
            return `${(0,_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDecimal */ .zJ)(u.requestsPerRun.baseline)} → ${(0,_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDecimal */ .zJ)(u.requestsPerRun.current)}`;
        case 'input-per-request':
            return tokensDetail(u.inputPerRequest);
        case 'output-per-request':
            return tokensDetail(u.outputPerRequest);
        case 'cache-read-per-request':
            return tokensDetail(u.cacheReadPerRequest);
        case 'cache-write-per-request':
            return tokensDetail(u.cacheWritePerRequest);
        default:
            return null;
    }
}
function tokensDetail(pair) {
    return `${(0,_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTokens */ ._y)(pair.baseline)} → ${(0,_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTokens */ ._y)(pair.current)}`;
}
/** The model whose share moved most (a gainer on ties: in a switch that is the model switched to). */
function modelMixDetail(change) {
    const moved = [...change.models].sort((a, b) => {
        const da = a.currentShare - a.baselineShare;
        const db = b.currentShare - b.baselineShare;
        return Math.abs(db) - Math.abs(da) || db - da;
    })[0];
    if (!moved || moved.currentShare === moved.baselineShare)
        return null;
    const shares = `now ${(0,_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(moved.currentShare, 0)} of requests, was ${(0,_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(moved.baselineShare, 0)}`;
    const gone = change.models.filter((m) => m.status === 'gone' && m.model !== moved.model).map((m) => m.model);
    const goneText = gone.length > 0 ? `; ${gone.join(', ')} gone` : '';
    return `${moved.model} ${shares}${goneText}`;
}
function cachingDetail(change) {
    const { baseline, current } = change.caching;
    const before = baseline ?? 0;
    const after = current ?? 0;
    if (Math.abs(after - before) < CACHING_WORTH_NAMING)
        return null;
    const rates = `cache hit rate ${(0,_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(before, 0)} → ${(0,_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(after, 0)}`;
    if (before === 0)
        return `prompt caching gained: ${rates}`;
    if (after === 0)
        return `prompt caching lost: ${rates}`;
    return rates;
}


/***/ }),

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

/***/ 52845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMPARED_METRICS: () => (/* binding */ COMPARED_METRICS),
  compareSides: () => (/* binding */ compareSides)
});

// EXTERNAL MODULE: ./src/usage/run-summary.ts
var run_summary = __webpack_require__(93707);
// EXTERNAL MODULE: ./src/analysis/analyse-runs.ts + 2 modules
var analyse_runs = __webpack_require__(6967);
// EXTERNAL MODULE: ./src/analysis/distribution.ts
var distribution = __webpack_require__(52026);
;// CONCATENATED MODULE: ./src/analysis/change-significance.ts
/**
 * Is a workflow's current window really different from its baseline? A two-sided Mann–Whitney U (rank-sum) test on
 * the per-run values, plus a minimum number of runs on each side and a minimum effect.
 *
 * Why Mann–Whitney: per-run cost and tokens are skewed and carry outliers (one runaway run), so a rank test is the
 * robust choice; it needs no distribution and no random numbers (a bootstrap would need a seed and thousands of
 * resamples per metric). Why hand-written: no maintained npm package offers a tie-corrected U test with a p-value
 * (@stdlib has only the paired signed-rank test, simple-statistics only the rank sum without a p-value, jStat
 * neither, and the two `mann-whitney-utest` packages are unmaintained and ignore ties); the test is ~80 lines here.
 *
 * The numbers reported are MEANS (total / runs), the same per-run averages the report's tables show and the ones the
 * cost drivers add up to; the test decides on ranks, so one outlier run can move the mean but not the verdict. A
 * change is significant only when the ranks move the same way as the means. A rate whose report value is pooled (the
 * cache hit rate: cache read / (fresh input + cache read) over all the window's tokens) passes its pooled values as
 * `shown`: those are reported and give the direction and size, while the test still ranks the per-run rates.
 *
 * A change that rounds to nothing (under `NEGLIGIBLE_RELATIVE`, or under `minAbsolute` of the metric's unit) has no
 * direction: the same runs summed in another order differ in the last bits, and that is not a fall.
 */

/** Below this relative size (0.05%) a change rounds to nothing: no direction, never significant. */
const NEGLIGIBLE_RELATIVE = 0.0005;
/** The defaults of `SignificanceOptions`. */
const defaultSignificance = Object.freeze({
    minRuns: 5,
    minEffect: 0.2,
    alpha: 0.01,
    minAbsolute: 0,
});
/**
 * Above this many DP steps the exact distribution gives way to the normal approximation (~1 ms of work): by then
 * (e.g. 60 baseline runs against 10) the approximation is good to well below the alpha that matters.
 */
const EXACT_BUDGET = 1_000_000;
function compareSamples(baseline, current, options = {}) {
    const { minRuns, minEffect, alpha, minAbsolute } = { ...defaultSignificance, ...definedOnly(options) };
    checkFinite('baseline', baseline);
    checkFinite('current', current);
    const baseMean = options.shown ? options.shown.baseline : (0,distribution/* meanOf */.hm)(baseline);
    const currentMean = options.shown ? options.shown.current : (0,distribution/* meanOf */.hm)(current);
    const relative = baseMean === null || currentMean === null
        ? null
        : baseMean === 0
            ? currentMean === 0
                ? 0
                : null
            : (currentMean - baseMean) / Math.abs(baseMean);
    const negligible = baseMean === null ||
        currentMean === null ||
        Math.abs(currentMean - baseMean) < minAbsolute ||
        (relative !== null && Math.abs(relative) < NEGLIGIBLE_RELATIVE);
    const direction = baseMean === null || currentMean === null || currentMean === baseMean || negligible
        ? null
        : currentMean > baseMean
            ? 'up'
            : 'down';
    const result = {
        baseline: baseMean,
        current: currentMean,
        relative,
        direction,
        significant: false,
        pValue: null,
        runs: { baseline: baseline.length, current: current.length },
        verdict: 'too-few-runs',
        medians: { baseline: (0,distribution/* percentileOf */.D4)(baseline, 0.5), current: (0,distribution/* percentileOf */.D4)(current, 0.5) },
    };
    if (baseline.length < Math.max(1, minRuns) || current.length < Math.max(1, minRuns))
        return result;
    const test = mannWhitney(baseline, current);
    // A change from 0 has no relative size; it is as large as changes get.
    const largeEnough = relative === null || Math.abs(relative) >= minEffect;
    const ranksAgree = direction === 'up' ? test.shift > 0 : direction === 'down' ? test.shift < 0 : false;
    const significant = test.pValue < alpha && largeEnough && ranksAgree;
    return { ...result, pValue: test.pValue, significant, verdict: significant ? 'significant' : 'not-significant' };
}
/**
 * Two-sided Mann–Whitney U test of `current` against `baseline`, with mid-ranks for ties. Small samples get the
 * exact permutation distribution of the rank sum (conditional on the ties, so it stays exact with integer data such
 * as requests per run); larger ones the normal approximation with tie correction and continuity correction.
 */
function mannWhitney(baseline, current) {
    const n1 = baseline.length;
    const n2 = current.length;
    if (n1 === 0 || n2 === 0)
        throw new Error(`Mann–Whitney needs runs on both sides, got ${n1} and ${n2}`);
    const all = [
        ...baseline.map((value) => ({ value, current: false })),
        ...current.map((value) => ({ value, current: true })),
    ];
    all.sort((a, b) => a.value - b.value);
    const n = all.length;
    // Doubled mid-ranks are integers: positions i..j (0-based) share rank (i + j + 2) / 2.
    const doubledRanks = new Array(n);
    let tieTerm = 0;
    for (let i = 0; i < n;) {
        let j = i;
        while (j + 1 < n && all[j + 1].value === all[i].value)
            j++;
        for (let k = i; k <= j; k++)
            doubledRanks[k] = i + j + 2;
        const t = j - i + 1;
        tieTerm += t * t * t - t;
        i = j + 1;
    }
    let currentDoubled = 0;
    for (let k = 0; k < n; k++)
        if (all[k].current)
            currentDoubled += doubledRanks[k];
    const u = currentDoubled / 2 - (n2 * (n2 + 1)) / 2;
    const shift = u - (n1 * n2) / 2;
    const m = Math.min(n1, n2);
    if (2 * n * n * m * m <= EXACT_BUDGET) {
        // The smaller side's doubled rank sum; the test is symmetric, so which side we count does not matter.
        const observed = n2 <= n1 ? currentDoubled : n * (n + 1) - currentDoubled;
        return { pValue: exactRankSumPValue(doubledRanks, m, observed), shift, exact: true };
    }
    const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
    if (variance <= 0)
        return { pValue: 1, shift, exact: false };
    const z = Math.max(0, Math.abs(shift) - 0.5) / Math.sqrt(variance);
    return { pValue: Math.min(1, erfc(z / Math.SQRT2)), shift, exact: false };
}
/**
 * P(|S − E| ≥ |observed − E|) where S is the (doubled) rank sum of `m` values drawn without replacement from
 * `doubledRanks`: counts of subsets by size and sum, one value at a time.
 */
function exactRankSumPValue(doubledRanks, m, observed) {
    const n = doubledRanks.length;
    const maxSum = [...doubledRanks]
        .sort((a, b) => b - a)
        .slice(0, m)
        .reduce((s, r) => s + r, 0);
    const width = maxSum + 1;
    // counts[j * width + s]: subsets of size j with doubled rank sum s (doubles: C(150, 20) ≈ 1e25 still fits).
    const counts = new Float64Array((m + 1) * width);
    counts[0] = 1;
    for (let i = 0; i < n; i++) {
        const r = doubledRanks[i];
        for (let j = Math.min(i + 1, m); j >= 1; j--) {
            const to = j * width;
            const from = (j - 1) * width;
            for (let s = maxSum; s >= r; s--)
                counts[to + s] += counts[from + s - r];
        }
    }
    const expected = m * (n + 1); // doubled mean rank sum
    const distance = Math.abs(observed - expected);
    let total = 0;
    let tail = 0;
    for (let s = 0; s <= maxSum; s++) {
        const c = counts[m * width + s];
        total += c;
        // Sums are integers, so "at least as far" needs no tolerance.
        if (Math.abs(s - expected) >= distance)
            tail += c;
    }
    return Math.min(1, tail / total);
}
/**
 * Complementary error function, Chebyshev fit with fractional error below 1.2e-7 everywhere (Numerical Recipes,
 * `erfcc`): ample for p-values compared with 0.05.
 */
function erfc(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const r = t *
        Math.exp(-z * z -
            1.26551223 +
            t *
                (1.00002368 +
                    t *
                        (0.37409196 +
                            t *
                                (0.09678418 +
                                    t *
                                        (-0.18628806 +
                                            t *
                                                (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
}
/** `{ alpha: undefined }` must not wipe out the default. */
function definedOnly(options) {
    return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}
function checkFinite(side, values) {
    const bad = values.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0)
        throw new Error(`compareSamples: ${side} value #${bad} is not a finite number: ${String(values[bad])}`);
}

// EXTERNAL MODULE: ./src/analysis/token-metrics.ts
var token_metrics = __webpack_require__(80783);
;// CONCATENATED MODULE: ./src/analysis/cost-drivers.ts

const DRIVER_IDS = [
    'requests-per-run',
    'model-mix',
    'input-per-request',
    'output-per-request',
    'cache-read-per-request',
    'cache-write-per-request',
    'cache-hit-rate',
    'prices',
];
/** A model row of any scope (report, data block, daily) as the drivers read it: a copy, its extra fields left out. */
function usageRowOf(m) {
    return {
        model: m.model,
        requests: m.requests,
        inputTokens: m.inputTokens,
        outputTokens: m.outputTokens,
        cacheReadTokens: m.cacheReadTokens,
        cacheWriteTokens: m.cacheWriteTokens,
        costUsd: m.costUsd,
        cost: { ...m.cost },
    };
}
const TYPES = ['input', 'output', 'cacheRead', 'cacheWrite'];
const TOKEN_FIELD = {
    input: 'inputTokens',
    output: 'outputTokens',
    cacheRead: 'cacheReadTokens',
    cacheWrite: 'cacheWriteTokens',
};
/** The Shapley players, in mask bit order. */
const GROUPS = [
    'requests-per-run',
    'model-mix',
    'input-per-request',
    'output-per-request',
    'cache-read-per-request',
    'cache-write-per-request',
    'prices',
];
const TYPE_GROUP = { input: 2, output: 3, cacheRead: 4, cacheWrite: 5 };
const PRICES = 6;
function decomposeCostChange(baseline, current) {
    const base = mergeByModel('baseline', baseline);
    const cur = mergeByModel('current', current);
    const models = [...new Set([...base.keys(), ...cur.keys()])].sort();
    const [baseFactors, curFactors] = fillIns(rawFactors(models, base, baseline.runs), rawFactors(models, cur, current.runs));
    const costPerRun = (rows, runs) => [...rows.values()].reduce((sum, r) => sum + r.costUsd, 0) / runs;
    const baseCost = costPerRun(base, baseline.runs);
    const curCost = costPerRun(cur, current.runs);
    const change = curCost - baseCost;
    const k = GROUPS.length;
    const values = new Float64Array(1 << k);
    for (let mask = 0; mask < 1 << k; mask++)
        values[mask] = modelledCost(mask, baseFactors, curFactors);
    const weights = shapleyWeights(k);
    const contributions = new Array(k).fill(0);
    for (let i = 0; i < k; i++) {
        const bit = 1 << i;
        for (let mask = 0; mask < 1 << k; mask++) {
            if (mask & bit)
                continue;
            contributions[i] += weights[popcount(mask)] * (values[mask | bit] - values[mask]);
        }
    }
    const unexplainedUsd = change - (values[(1 << k) - 1] - values[0]);
    // Whatever floating-point rounding is left goes with the unexplained part, so the drivers sum to `change`.
    contributions[PRICES] += change - contributions.reduce((s, c) => s + c, 0);
    const drivers = DRIVER_IDS.map((id) => {
        const i = GROUPS.indexOf(id);
        return { id, contribution: i >= 0 ? contributions[i] : 0 };
    });
    drivers.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
    return {
        baseline: baseCost,
        current: curCost,
        change,
        drivers,
        models: modelShifts(models, base, cur),
        caching: { baseline: hitRate(base), current: hitRate(cur) },
        usage: {
            requestsPerRun: { baseline: baseFactors.requestsPerRun, current: curFactors.requestsPerRun },
            inputPerRequest: perRequestPair(base, cur, 'input'),
            outputPerRequest: perRequestPair(base, cur, 'output'),
            cacheReadPerRequest: perRequestPair(base, cur, 'cacheRead'),
            cacheWritePerRequest: perRequestPair(base, cur, 'cacheWrite'),
        },
        unexplainedUsd,
    };
}
function mergeByModel(side, window) {
    if (!(Number.isInteger(window.runs) && window.runs > 0)) {
        throw new Error(`decomposeCostChange: the ${side} window needs a whole number of runs above 0, got ${window.runs}`);
    }
    const merged = new Map();
    for (const row of window.models) {
        const numbers = [
            row.requests,
            row.costUsd,
            ...TYPES.map((t) => row[TOKEN_FIELD[t]]),
            ...TYPES.map((t) => row.cost[t]),
        ];
        const bad = numbers.find((n) => !(Number.isFinite(n) && n >= 0));
        if (bad !== undefined) {
            throw new Error(`decomposeCostChange: ${side} model '${row.model}' has a count or cost that is not ≥ 0: ${bad}`);
        }
        const into = merged.get(row.model);
        if (!into) {
            merged.set(row.model, { ...row, cost: { ...row.cost } });
            continue;
        }
        into.requests += row.requests;
        into.costUsd += row.costUsd;
        for (const t of TYPES) {
            into[TOKEN_FIELD[t]] += row[TOKEN_FIELD[t]];
            into.cost[t] += row.cost[t];
        }
    }
    return merged;
}
/** Factors where they are defined; NaN where a fill-in from the other window is needed. */
function rawFactors(models, rows, runs) {
    const total = [...rows.values()].reduce((s, r) => s + r.requests, 0);
    const perRequest = {};
    const prices = {};
    for (const t of TYPES) {
        perRequest[t] = models.map((m) => {
            const r = rows.get(m);
            return r && r.requests > 0 ? r[TOKEN_FIELD[t]] / r.requests : Number.NaN;
        });
        prices[t] = models.map((m) => {
            const r = rows.get(m);
            return r && r[TOKEN_FIELD[t]] > 0 ? r.cost[t] / r[TOKEN_FIELD[t]] : Number.NaN;
        });
    }
    return {
        requestsPerRun: total / runs,
        shares: models.map((m) => (total > 0 ? (rows.get(m)?.requests ?? 0) / total : Number.NaN)),
        perRequest,
        prices,
    };
}
function fillIns(a, b) {
    const fill = (x, y) => {
        for (let i = 0; i < x.length; i++) {
            const xi = x[i];
            const yi = y[i];
            if (Number.isNaN(xi))
                x[i] = Number.isNaN(yi) ? 0 : yi;
            if (Number.isNaN(yi))
                y[i] = Number.isNaN(xi) ? 0 : xi;
        }
    };
    fill(a.shares, b.shares);
    for (const t of TYPES) {
        fill(a.perRequest[t], b.perRequest[t]);
        fill(a.prices[t], b.prices[t]);
    }
    return [a, b];
}
function modelledCost(mask, base, cur) {
    const pick = (group) => (mask & (1 << group) ? cur : base);
    const requestsPerRun = pick(0).requestsPerRun;
    const shares = pick(1).shares;
    const prices = pick(PRICES).prices;
    let perRequestCost = 0;
    for (let m = 0; m < shares.length; m++) {
        let modelCost = 0;
        for (const t of TYPES)
            modelCost += pick(TYPE_GROUP[t]).perRequest[t][m] * prices[t][m];
        perRequestCost += shares[m] * modelCost;
    }
    return requestsPerRun * perRequestCost;
}
/** weights[s] = s! (k − s − 1)! / k!: the share of orderings in which a player joins a coalition of size s. */
function shapleyWeights(k) {
    const factorial = (n) => (n <= 1 ? 1 : n * factorial(n - 1));
    return Array.from({ length: k }, (_, s) => (factorial(s) * factorial(k - s - 1)) / factorial(k));
}
function popcount(n) {
    let count = 0;
    for (let x = n; x; x &= x - 1)
        count++;
    return count;
}
function modelShifts(models, base, cur) {
    const share = (rows, model) => {
        const total = [...rows.values()].reduce((s, r) => s + r.requests, 0);
        return total > 0 ? (rows.get(model)?.requests ?? 0) / total : 0;
    };
    return models
        .map((model) => {
        const baselineShare = share(base, model);
        const currentShare = share(cur, model);
        const status = baselineShare === 0 && currentShare > 0 ? 'new' : currentShare === 0 && baselineShare > 0 ? 'gone' : 'kept';
        return { model, baselineShare, currentShare, status };
    })
        .sort((a, b) => Math.abs(b.currentShare - b.baselineShare) - Math.abs(a.currentShare - a.baselineShare) ||
        a.model.localeCompare(b.model));
}
function hitRate(rows) {
    let inputTokens = 0;
    let cacheReadTokens = 0;
    for (const r of rows.values()) {
        inputTokens += r.inputTokens;
        cacheReadTokens += r.cacheReadTokens;
    }
    return (0,token_metrics/* cacheHitRateOf */.Pl)({ inputTokens, cacheReadTokens });
}
function perRequestPair(base, cur, type) {
    const perRequest = (rows) => {
        let tokens = 0;
        let requests = 0;
        for (const r of rows.values()) {
            tokens += r[TOKEN_FIELD[type]];
            requests += r.requests;
        }
        return requests > 0 ? tokens / requests : null;
    };
    return { baseline: perRequest(base), current: perRequest(cur) };
}

// EXTERNAL MODULE: ./src/analysis/driver-sentence.ts
var driver_sentence = __webpack_require__(68178);
// EXTERNAL MODULE: ./src/analysis/model-metrics.ts
var model_metrics = __webpack_require__(73463);
// EXTERNAL MODULE: ./src/analysis/report-view.ts
var report_view = __webpack_require__(16314);
;// CONCATENATED MODULE: ./src/analysis/side-comparison.ts
/**
 * `compare A B`: two sets of runs (two paths, two windows or two workflows of one path) side by side — the
 * report's metrics and the per-run ones, the change from A to B, whether the per-run change is significant (a rank
 * test on the per-run values) and what drove the change in cost per run. A is the baseline, B the one compared
 * with it: every change is B − A.
 */








const COMPARED_METRICS = [
    'runs',
    'requests',
    'totalTokens',
    'fullPriceTokens',
    'cacheHitRate',
    'cacheWriteRate',
    'ioRatio',
    'avgLatencyMs',
    'costUsd',
    'requestsPerRun',
    'tokensPerRun',
    'costPerRunUsd',
];
function sideOf(label, runs) {
    const models = new model_metrics/* ModelMetricsAccumulator */.f();
    const tokens = (0,run_summary/* emptyTokenCounts */.x3)();
    const perRun = { requests: [], tokens: [], cost: [], cacheHitRate: [] };
    let requests = 0;
    let costUsd = 0;
    let unpricedRequests = 0;
    let unpricedRuns = 0;
    let durationMsTotal = 0;
    for (const run of runs) {
        const usage = (0,analyse_runs/* runUsageOf */.Up)(run.models);
        // As in `report` (analyse-runs.ts): a totals-only run (agent_usage.json) has data, its tokens, cost and
        // credits count, but its rows carry no request count, so it stays out of requests per run.
        if (!(0,analyse_runs/* runHasData */._B)(run, usage))
            continue;
        models.addAll(run.models);
        (0,token_metrics/* addTokenCounts */.xI)(tokens, usage);
        requests += usage.requests;
        costUsd += usage.costUsd;
        unpricedRequests += usage.unpricedRequests;
        unpricedRuns += usage.unpricedRuns;
        for (const m of run.models)
            durationMsTotal += m.durationMsTotal;
        if (usage.requests > 0)
            perRun.requests.push(usage.requests);
        perRun.tokens.push((0,token_metrics/* totalTokensOf */.WV)(usage));
        perRun.cost.push(usage.costUsd);
        const hitRate = (0,token_metrics/* cacheHitRateOf */.Pl)(usage);
        if (hitRate !== null)
            perRun.cacheHitRate.push(hitRate);
    }
    const withData = perRun.tokens.length;
    const perRunOf = (total, over = withData) => (over > 0 ? total / over : null);
    // A cost nobody knows (every request unpriced) is null, never 0, as in the JSON report.
    // A totals-only run without a price counts as an unpriced run (its rows have no requests).
    const costKnown = (0,report_view/* pricingOf */.u6)(requests, unpricedRequests, unpricedRuns, costUsd) !== 'unpriced';
    return {
        side: {
            label,
            runsFound: runs.length,
            values: {
                runs: withData,
                requests,
                totalTokens: (0,token_metrics/* totalTokensOf */.WV)(tokens),
                fullPriceTokens: (0,token_metrics/* fullPriceTokensOf */.A_)(tokens),
                cacheHitRate: (0,token_metrics/* cacheHitRateOf */.Pl)(tokens),
                cacheWriteRate: (0,token_metrics/* cacheWriteRateOf */.HI)(tokens),
                ioRatio: (0,token_metrics/* ioRatioOf */.bh)(tokens),
                avgLatencyMs: requests > 0 && durationMsTotal > 0 ? durationMsTotal / requests : null,
                costUsd: costKnown ? costUsd : null,
                requestsPerRun: perRunOf(requests, perRun.requests.length),
                tokensPerRun: perRunOf((0,token_metrics/* totalTokensOf */.WV)(tokens)),
                costPerRunUsd: costKnown ? perRunOf(costUsd) : null,
            },
            unpricedRequests,
            models: models.result(),
        },
        perRun,
    };
}
const RATES = new Set(['cacheHitRate', 'cacheWriteRate']);
const TESTED = {
    requestsPerRun: 'requests',
    tokensPerRun: 'tokens',
    costPerRunUsd: 'cost',
    cacheHitRate: 'cacheHitRate',
};
/** Compares two sides' runs: metrics, changes, significance of the per-run ones and the cost drivers. */
function compareSides(a, b, options = {}) {
    const left = sideOf(a.label, a.runs);
    const right = sideOf(b.label, b.runs);
    const metrics = COMPARED_METRICS.map((metric) => {
        const x = left.side.values[metric];
        const y = right.side.values[metric];
        const both = x !== null && y !== null;
        const tested = TESTED[metric];
        let significance = null;
        if (tested) {
            const test = compareSamples(left.perRun[tested], right.perRun[tested], options);
            significance = {
                verdict: test.verdict,
                significant: test.significant,
                pValue: test.pValue,
                runs: { a: test.runs.baseline, b: test.runs.current },
            };
        }
        return {
            metric,
            a: x,
            b: y,
            change: both ? y - x : null,
            relative: both && !RATES.has(metric) && x !== 0 ? (y - x) / Math.abs(x) : null,
            significance,
        };
    });
    // Drivers split a known change of cost per run: both sides need runs with usage and a known cost.
    const canDecompose = [left, right].every(({ side }) => side.values.runs > 0 && side.values.costUsd !== null);
    let drivers = null;
    if (canDecompose) {
        const change = decomposeCostChange({ runs: left.side.values.runs, models: left.side.models }, { runs: right.side.values.runs, models: right.side.models });
        drivers = { ...change, sentence: (0,driver_sentence/* describeDrivers */.N)(change) };
    }
    return { a: left.side, b: right.side, metrics, drivers };
}


/***/ })

};
