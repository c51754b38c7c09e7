export const id = 615;
export const ids = [615];
export const modules = {

/***/ 18131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ weighFlags),
/* harmony export */   sW: () => (/* binding */ flagWeightNoteOf),
/* harmony export */   tT: () => (/* binding */ WORTH_NAMING_USD)
/* harmony export */ });
/* unused harmony exports SMALL_STAKE_SHARE, CACHED_CONTEXT_HIT_RATE, flagStakeOf */
/* harmony import */ var _common_value_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82210);

/** Money at stake below this share of the workflow's cost per run is not worth a warning. */
const SMALL_STAKE_SHARE = 0.05;
/** A high I/O ratio with a cache hit rate above this is cheap cached context. */
const CACHED_CONTEXT_HIT_RATE = 0.9;
/**
 * Savings assume cache reads at 10% of the input price (Anthropic's and OpenAI's current discount) and a hit rate of
 * 80% reached by caching the stable prefix: conservative for an agent that resends the same system prompt and tools.
 */
const CACHE_READ_PRICE_SHARE = 0.1;
const REACHABLE_HIT_RATE = 0.8;
/** What acting on caching saves per run: fresh input moved to cache reads until the hit rate reaches 80%. */
function cachingSaving(inputCostPerRun, hitRate) {
    const h = hitRate ?? 0;
    if (h >= REACHABLE_HIT_RATE || inputCostPerRun <= 0)
        return null;
    // Input + cache read stay the same; fresh input falls from (1 − h) to 0.2 of it.
    const movedShare = (REACHABLE_HIT_RATE - h) / (1 - h);
    return inputCostPerRun * movedShare * (1 - CACHE_READ_PRICE_SHARE);
}
function modelOf(workflow, name) {
    return name === undefined ? undefined : workflow.models.find((m) => m.model === name);
}
/** The cost per run a flag is about, and what acting on it saves per run; nulls where it cannot be told. */
function flagStakeOf(flag, workflow) {
    const runs = workflow.runsWithData;
    if (runs === 0)
        return { atStakePerRunUsd: null, savingPerRunUsd: null };
    const perRun = (usd) => usd / runs;
    switch (flag.id) {
        case 'zero-cache-hits':
        case 'low-cache-hits': {
            const input = perRun(workflow.cost.input);
            return { atStakePerRunUsd: input, savingPerRunUsd: cachingSaving(input, workflow.cacheHitRate) };
        }
        case 'model-zero-cache-hits': {
            const model = modelOf(workflow, flag.model);
            if (!model)
                return { atStakePerRunUsd: null, savingPerRunUsd: null };
            const input = perRun(model.cost.input);
            return { atStakePerRunUsd: input, savingPerRunUsd: cachingSaving(input, 0) };
        }
        case 'cache-write-exceeds-read':
            return { atStakePerRunUsd: perRun(workflow.cost.cacheWrite), savingPerRunUsd: null };
        case 'high-io-ratio':
            return { atStakePerRunUsd: perRun(workflow.cost.input + workflow.cost.cacheRead), savingPerRunUsd: null };
        case 'high-cost-per-run':
            return { atStakePerRunUsd: workflow.costPerRunUsd, savingPerRunUsd: null };
        default:
            return { atStakePerRunUsd: null, savingPerRunUsd: null };
    }
}
/** Whether a warning (or critical) reads as info: cheap cached context, or little money at stake. */
function downgradeOf(flag, workflow, atStake) {
    if (flag.severity === 'info')
        return false;
    if (flag.id === 'high-io-ratio' && (workflow.cacheHitRate ?? 0) > CACHED_CONTEXT_HIT_RATE)
        return true;
    const cost = workflow.costPerRunUsd;
    return atStake !== null && cost !== null && cost > 0 && atStake < SMALL_STAKE_SHARE * cost;
}
/** A saving below half a cent per run would read "$0.00": not worth a sentence. */
const WORTH_NAMING_USD = 0.005;
const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 };
/**
 * The workflow's flags with their money at stake and saving in `context`, small ones downgraded to info; most
 * severe first again (a stable sort keeps the order within a severity).
 */
function weighFlags(flags, workflow) {
    const weighed = flags.map((flag) => {
        const { atStakePerRunUsd, savingPerRunUsd } = flagStakeOf(flag, workflow);
        const context = {
            ...flag.context,
            ...(atStakePerRunUsd !== null ? { atStakePerRunUsd } : {}),
            ...(savingPerRunUsd !== null ? { savingPerRunUsd } : {}),
        };
        const withStake = { ...flag, ...(Object.keys(context).length > 0 ? { context } : {}) };
        return downgradeOf(flag, workflow, atStakePerRunUsd)
            ? { ...withStake, severity: 'info', downgradedFrom: flag.severity }
            : withStake;
    });
    return weighed.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
/**
 * The sentence beside a weighed flag: what acting on it saves per run, or why it reads as info; null when there is
 * nothing to add. Plain text.
 */
function flagWeightNoteOf(flag, workflow) {
    const c = flag.context ?? {};
    const notes = [];
    if (c.savingPerRunUsd !== undefined && c.savingPerRunUsd >= WORTH_NAMING_USD) {
        notes.push(`Acting on it could save about ${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPreciseUsd */ .XV)(c.savingPerRunUsd)} per run.`);
    }
    if (flag.downgradedFrom !== undefined) {
        if (flag.id === 'high-io-ratio' && (workflow.cacheHitRate ?? 0) > CACHED_CONTEXT_HIT_RATE) {
            notes.push(`Info, not a ${flag.downgradedFrom}: with a cache hit rate of ${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(workflow.cacheHitRate, 0)} the context is mostly cheap cached reads.`);
        }
        else if (c.atStakePerRunUsd !== undefined) {
            notes.push(`Info, not a ${flag.downgradedFrom}: it concerns ${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPreciseUsd */ .XV)(c.atStakePerRunUsd)} per run, under ${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(SMALL_STAKE_SHARE, 0)} of the workflow's ${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPreciseUsd */ .XV)(workflow.costPerRunUsd)}.`);
        }
    }
    return notes.length > 0 ? notes.join(' ') : null;
}


/***/ }),

/***/ 16314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ pricingOfRow),
/* harmony export */   Jm: () => (/* binding */ modelNamesRepeat),
/* harmony export */   WM: () => (/* binding */ requestCountOf),
/* harmony export */   fe: () => (/* binding */ reportViewOf),
/* harmony export */   u6: () => (/* binding */ pricingOf),
/* harmony export */   z5: () => (/* binding */ pricingOfRows)
/* harmony export */ });
/* harmony import */ var _runs_run_state_reasons_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15344);
/* harmony import */ var _runs_token_metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68160);


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
/**
 * A request count that may be unknown: totals-only runs (`agent_usage.json` alone) say nothing of their requests, so
 * a scope made only of them has no count (null, shown "—"), and one that mixes them counts only the other runs.
 */
function requestCountOf(requests, totalTokens) {
    return requests > 0 || totalTokens === 0 ? requests : null;
}
const fraction = (part, whole) => (whole > 0 ? part / whole : null);
function modelRowsOf(models, requests, costUsd) {
    return models.map((m) => ({
        metrics: m,
        requests: requestCountOf(m.requests, (0,_runs_token_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .totalTokensOf */ .WV)(m)),
        pricing: pricingOfRow(m),
        requestShare: fraction(m.requests, requests),
        costShare: fraction(m.costUsd, costUsd),
    }));
}
function workflowViewOf(w) {
    return {
        metrics: w,
        requests: w.runsWithData > 0 && w.runsWithData === (w.runsTotalsOnly ?? 0) ? null : w.requests,
        uncountedRuns: w.runsTotalsOnly ?? 0,
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
        const reason = r.state ? (0,_runs_run_state_reasons_js__WEBPACK_IMPORTED_MODULE_0__/* .runStateReason */ .D)(r.state) : r.reason.split(':')[0];
        byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
    }
    const t = data.totals;
    return {
        data,
        requests: t.runsWithData > 0 && t.runsWithData === (t.runsTotalsOnly ?? 0) ? null : t.requests,
        uncountedRuns: t.runsTotalsOnly ?? 0,
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

/***/ 23204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $e: () => (/* binding */ aiCreditsFieldsOf),
  a2: () => (/* binding */ analyseRuns),
  Up: () => (/* binding */ runUsageOf)
});

// EXTERNAL MODULE: ./src/analysis/runs/failed-runs.ts
var failed_runs = __webpack_require__(62791);
// EXTERNAL MODULE: ./src/usage/record-tallies.ts
var record_tallies = __webpack_require__(44445);
;// CONCATENATED MODULE: ./src/usage/record-facts.ts
/**
 * The per-record facts of several runs (a workflow's, a report's) summed: what the analysis shows beside the token
 * sums. Routing usage is per model like the agent's, so it merges with the model accumulator instead.
 */

function addCounts(into, from) {
    for (const [key, count] of Object.entries(from))
        into[key] = (into[key] ?? 0) + count;
}
/** The facts of `runs` summed; fallback pairs merged by requested → served model, most requests first. */
function sumRecordFacts(runs) {
    const byReason = {};
    const pricingSources = {};
    const schemaVersions = {};
    const initiators = { user: 0, agent: 0 };
    const pairs = new Map();
    let fallbackRequests = 0;
    let fallbackPricingRequests = 0;
    for (const run of runs) {
        fallbackRequests += run.fallbacks.requests;
        addCounts(byReason, run.fallbacks.byReason);
        for (const pair of run.fallbacks.pairs) {
            const key = `${pair.requested}\u0000${pair.served}`;
            const kept = pairs.get(key);
            if (kept)
                kept.requests += pair.requests;
            else
                pairs.set(key, { ...pair });
        }
        addCounts(pricingSources, run.pricingSources);
        fallbackPricingRequests += run.fallbackPricingRequests;
        initiators.user += run.initiators.user;
        initiators.agent += run.initiators.agent;
        addCounts(schemaVersions, run.schemaVersions);
    }
    return {
        fallbacks: {
            requests: fallbackRequests,
            byReason,
            pairs: [...pairs.values()].sort(record_tallies/* byFallbackRequests */.IN),
        },
        pricingSources,
        fallbackPricingRequests,
        initiators,
        schemaVersions,
    };
}

// EXTERNAL MODULE: ./src/usage/run-summary.ts
var run_summary = __webpack_require__(93707);
;// CONCATENATED MODULE: ./src/analysis/runs/ai-credits-repricing.ts
/**
 * Our repricing of a scope's recorded AI credits, over the same requests the firewall recorded: each run's model
 * rows whose requests all carried credits and all had a price. A run does not keep the USD cost of its requests
 * that carried credits apart from those that did not, so a run's model row that carried credits on some requests
 * only (or that had no price for some) is left out of both sides of the comparison, and its model named instead.
 */
/** Whether every request of the row carried credits (a totals-only row, without a request count, when it has them). */
const fullyCarried = (m) => (m.aiCreditsRequests ?? 0) === m.requests;
const fullyPriced = (m) => m.unpricedRequests === 0 && !m.unpricedRuns;
/** Over the model rows of a scope's runs (not rows summed over runs: coverage is judged per run). */
function aiCreditsRepricingOf(rows) {
    let repriced = null;
    let recorded = null;
    const leftOut = new Set();
    for (const m of rows) {
        if (m.aiCredits === null || m.aiCredits === undefined)
            continue;
        if (!fullyCarried(m) || !fullyPriced(m)) {
            leftOut.add(m.model);
            continue;
        }
        repriced = (repriced ?? 0) + m.costUsd * 100;
        recorded = (recorded ?? 0) + m.aiCredits;
    }
    return {
        repricedAiCredits: repriced,
        repricedAiCreditsRecorded: recorded,
        repricedAiCreditsLeftOut: [...leftOut].sort((a, b) => a.localeCompare(b)),
    };
}

// EXTERNAL MODULE: ./src/analysis/runs/distribution.ts
var distribution = __webpack_require__(9679);
// EXTERNAL MODULE: ./src/analysis/flags/flag-weight.ts
var flag_weight = __webpack_require__(18131);
// EXTERNAL MODULE: ./src/analysis/flags/flags.ts
var flags = __webpack_require__(23097);
// EXTERNAL MODULE: ./src/analysis/runs/model-metrics.ts
var model_metrics = __webpack_require__(74352);
// EXTERNAL MODULE: ./src/analysis/runs/usage-sums.ts
var usage_sums = __webpack_require__(23827);
// EXTERNAL MODULE: ./src/analysis/runs/run-state-reasons.ts
var run_state_reasons = __webpack_require__(15344);
// EXTERNAL MODULE: ./src/analysis/runs/token-metrics.ts
var token_metrics = __webpack_require__(68160);
;// CONCATENATED MODULE: ./src/analysis/runs/analyse-runs.ts
/**
 * The reducers: per run → per model → per workflow, per provider and in total, producing the JSON report.
 * Pure: everything comes from RunSummary objects, which hold normalised and already priced usage.
 */











function runUsageOf(models) {
    const usage = { ...(0,run_summary/* emptyTokenCounts */.x3)(), requests: 0, costUsd: 0, unpricedRequests: 0, unpricedRuns: 0 };
    for (const m of models) {
        (0,token_metrics/* addTokenCounts */.xI)(usage, m);
        usage.requests += m.requests;
        usage.costUsd += m.costUsd;
        usage.unpricedRequests += m.unpricedRequests;
        usage.unpricedRuns += m.unpricedRuns ?? 0;
    }
    return usage;
}
/** Recorded AI credits of some model rows and the share of their requests that carried one. */
function aiCreditsFieldsOf(rows) {
    let aiCredits = null;
    let carried = 0;
    let requests = 0;
    for (const m of rows) {
        if (m.aiCredits !== null && m.aiCredits !== undefined)
            aiCredits = (aiCredits ?? 0) + m.aiCredits;
        carried += m.aiCreditsRequests ?? 0;
        requests += m.requests;
    }
    return { aiCredits, aiCreditsCoverage: requests > 0 ? carried / requests : null };
}
const reasoningTokensOf = (rows) => rows.reduce((n, m) => n + (m.reasoningTokens ?? 0), 0);
/** The per-record facts of a run; a summary from before they existed (an earlier report's reading) counts none. */
function recordFactsOf(run) {
    const empty = (0,run_summary/* emptyRecordFacts */.Mq)();
    return {
        fallbacks: run.fallbacks ?? empty.fallbacks,
        pricingSources: run.pricingSources ?? empty.pricingSources,
        fallbackPricingRequests: run.fallbackPricingRequests ?? 0,
        initiators: run.initiators ?? empty.initiators,
        schemaVersions: run.schemaVersions ?? empty.schemaVersions,
    };
}
function fallbackMetricsOf(facts) {
    return {
        requests: facts.fallbacks.requests,
        byReason: facts.fallbacks.byReason,
        models: facts.fallbacks.pairs.map((p) => ({ ...p })),
    };
}
/** Routing usage of some runs: the firewall's router calls, per model and summed. */
function routingTotalsOf(runs) {
    const acc = new model_metrics/* ModelMetricsAccumulator */.f();
    for (const run of runs)
        acc.addAll(run.routing ?? []);
    const models = acc.result();
    let requests = 0;
    let totalTokens = 0;
    let costUsd = 0;
    for (const m of models) {
        requests += m.requests;
        totalTokens += (0,token_metrics/* totalTokensOf */.WV)(m);
        costUsd += m.costUsd;
    }
    return { requests, totalTokens, costUsd, aiCredits: aiCreditsFieldsOf(models).aiCredits, models };
}
function runMetricsOf(run, usage) {
    const metrics = {
        runId: run.runId,
        state: run.state,
        requests: usage.requests,
        totalTokens: (0,token_metrics/* totalTokensOf */.WV)(usage),
        cacheHitRate: (0,token_metrics/* cacheHitRateOf */.Pl)(usage),
        ioRatio: (0,token_metrics/* ioRatioOf */.bh)(usage),
        costUsd: usage.costUsd,
        unpricedRequests: usage.unpricedRequests,
        ...(usage.unpricedRuns > 0 ? { unpricedRuns: 1 } : {}),
        ...aiCreditsFieldsOf(run.models),
        reasoningTokens: reasoningTokensOf(run.models),
    };
    if (run.branch !== undefined)
        metrics.branch = run.branch;
    if (run.url !== undefined)
        metrics.url = run.url;
    if (run.createdAt !== undefined)
        metrics.createdAt = run.createdAt;
    if (run.conclusion !== undefined)
        metrics.conclusion = run.conclusion;
    if (run.stateDetail !== undefined)
        metrics.stateDetail = run.stateDetail;
    return metrics;
}
/** Runs with data by cost, highest first; runs without data after them, newest first. */
const byDataThenCost = (a, b) => Number((0,run_summary/* hasUsageData */.mx)(b)) - Number((0,run_summary/* hasUsageData */.mx)(a)) ||
    b.costUsd - a.costUsd ||
    (b.createdAt ?? '').localeCompare(a.createdAt ?? '') ||
    a.runId.localeCompare(b.runId);
function workflowMetricsOf(name, runs, thresholds) {
    const models = new model_metrics/* ModelMetricsAccumulator */.f();
    const detection = new model_metrics/* ModelMetricsAccumulator */.f();
    const tokens = (0,run_summary/* emptyTokenCounts */.x3)();
    const cost = (0,run_summary/* emptyCostByType */.av)();
    const tokensPerRun = [];
    const costPerRun = [];
    const durations = [];
    const runDetails = [];
    let requests = 0;
    let costUsd = 0;
    let durationMsTotal = 0;
    let runsWithRequests = 0;
    let runsTotalsOnly = 0;
    for (const run of runs) {
        const usage = runUsageOf(run.models);
        models.addAll(run.models);
        detection.addAll(run.detection);
        for (const m of run.models) {
            (0,usage_sums/* addCostByType */.Ou)(cost, m.cost);
            durationMsTotal += m.durationMsTotal;
        }
        (0,token_metrics/* addTokenCounts */.xI)(tokens, usage);
        requests += usage.requests;
        costUsd += usage.costUsd;
        // A loop, not push(...spread): real runs can hold more durations than the engine's argument limit.
        for (const d of run.durationsMs)
            durations.push(d);
        if ((0,run_summary/* summaryHasUsageData */.u8)(run)) {
            tokensPerRun.push((0,token_metrics/* totalTokensOf */.WV)(usage));
            costPerRun.push(usage.costUsd);
            if (usage.requests > 0)
                runsWithRequests++;
            else
                runsTotalsOnly++;
        }
        runDetails.push(runMetricsOf(run, usage));
    }
    const runsWithData = tokensPerRun.length;
    runDetails.sort(byDataThenCost);
    const metrics = {
        name,
        runs: runs.length,
        runsWithData,
        requests,
        ...tokens,
        totalTokens: (0,token_metrics/* totalTokensOf */.WV)(tokens),
        fullPriceTokens: (0,token_metrics/* fullPriceTokensOf */.A_)(tokens),
        cacheHitRate: (0,token_metrics/* cacheHitRateOf */.Pl)(tokens),
        cacheWriteRate: (0,token_metrics/* cacheWriteRateOf */.HI)(tokens),
        ioRatio: (0,token_metrics/* ioRatioOf */.bh)(tokens),
        // Records without duration_ms (those `log` writes) leave the latency unknown, not 0 ms.
        avgLatencyMs: requests > 0 && durationMsTotal > 0 ? durationMsTotal / requests : null,
        costUsd,
        costPerRunUsd: runsWithData > 0 ? costUsd / runsWithData : null,
        models: models.result(),
        flags: [],
        // Over the runs that counted their requests: a totals-only run does not say how many it made.
        requestsPerRun: runsWithRequests > 0 ? requests / runsWithRequests : null,
        tokensPerRun: (0,distribution/* distributionOf */.AO)(tokensPerRun),
        costPerRun: (0,distribution/* distributionOf */.AO)(costPerRun),
        latencyP50Ms: (0,distribution/* percentileOf */.D4)(durations, 0.5),
        latencyP95Ms: (0,distribution/* percentileOf */.D4)(durations, 0.95),
        cost,
        detection: detection.result(),
        runDetails,
    };
    addFactsAndFlags(metrics, runs, runsTotalsOnly, thresholds);
    return metrics;
}
/** The workflow's record facts (reasoning, AI credits, routing, fallbacks, initiators), then its flags, weighed. */
function addFactsAndFlags(metrics, runs, runsTotalsOnly, thresholds) {
    const facts = sumRecordFacts(runs.map(recordFactsOf));
    metrics.reasoningTokens = reasoningTokensOf(metrics.models);
    Object.assign(metrics, aiCreditsFieldsOf(metrics.models), aiCreditsRepricingOf(runs.flatMap((r) => r.models)));
    metrics.routing = routingTotalsOf(runs);
    metrics.fallbacks = fallbackMetricsOf(facts);
    metrics.initiators = facts.initiators;
    metrics.aiCreditsPricing = { sources: facts.pricingSources, fallbackPricingRequests: facts.fallbackPricingRequests };
    metrics.runsTotalsOnly = runsTotalsOnly;
    metrics.failedRuns = (0,failed_runs/* failedRunsOf */.Zl)(metrics.runDetails);
    const workflowFlags = (0,flags/* flagsFor */.tb)(metrics, thresholds);
    const name = metrics.name;
    // Weighed by what they cost: a warning about little money reads as info (flag-weight.ts).
    metrics.flags = (0,flag_weight/* weighFlags */.EQ)([
        ...workflowFlags,
        ...(0,flags/* modelFlagsFor */.m2)(metrics.models, workflowFlags, thresholds, name),
        ...(0,flags/* modelFallbackFlagFor */.fP)({ name, requests: metrics.requests, fallbacks: metrics.fallbacks }, thresholds),
    ], metrics);
}
function isoOrNull(value) {
    if (value === null || value === undefined)
        return null;
    return value instanceof Date ? value.toISOString() : value;
}
function detectionTotalsOf(runs) {
    const acc = new model_metrics/* ModelMetricsAccumulator */.f();
    let runsWithDetection = 0;
    for (const run of runs) {
        acc.addAll(run.detection);
        if (run.detection.some((m) => m.requests > 0))
            runsWithDetection++;
    }
    const models = acc.result();
    const tokens = (0,run_summary/* emptyTokenCounts */.x3)();
    let requests = 0;
    let costUsd = 0;
    for (const m of models) {
        (0,token_metrics/* addTokenCounts */.xI)(tokens, m);
        requests += m.requests;
        costUsd += m.costUsd;
    }
    return { runs: runsWithDetection, requests, ...tokens, totalTokens: (0,token_metrics/* totalTokensOf */.WV)(tokens), costUsd, models };
}
/** Analyses run summaries into the JSON report: workflows by cost (highest first), totals, flags, gaps. */
function analyseRuns(runs, options = {}) {
    const workflows = workflowsOf(runs, options.thresholds ?? flags/* DEFAULT_FLAG_THRESHOLDS */.cy);
    const allModels = new model_metrics/* ModelMetricsAccumulator */.f();
    for (const run of runs)
        allModels.addAll(run.models);
    const models = allModels.result();
    const totals = modelTotalsOf(models);
    const facts = sumRecordFacts(runs.map(recordFactsOf));
    return {
        schemaVersion: 1,
        window: { since: isoOrNull(options.window?.since), until: isoOrNull(options.window?.until) },
        totals: {
            runs: runs.length,
            runsWithData: workflows.reduce((n, w) => n + w.runsWithData, 0),
            requests: totals.requests,
            ...totals.tokens,
            totalTokens: (0,token_metrics/* totalTokensOf */.WV)(totals.tokens),
            costUsd: totals.costUsd,
            cacheHitRate: (0,token_metrics/* cacheHitRateOf */.Pl)(totals.tokens),
            ioRatio: (0,token_metrics/* ioRatioOf */.bh)(totals.tokens),
            fullPriceTokens: (0,token_metrics/* fullPriceTokensOf */.A_)(totals.tokens),
            cacheWriteRate: (0,token_metrics/* cacheWriteRateOf */.HI)(totals.tokens),
            cost: totals.cost,
            reasoningTokens: reasoningTokensOf(models),
            ...aiCreditsFieldsOf(models),
            ...aiCreditsRepricingOf(runs.flatMap((r) => r.models)),
            runsTotalsOnly: workflows.reduce((n, w) => n + (w.runsTotalsOnly ?? 0), 0),
            failedRuns: (0,failed_runs/* sumFailedRuns */.ZH)(workflows.map((w) => w.failedRuns)),
        },
        workflows,
        models,
        providers: totals.providers,
        runsWithoutData: runs
            .filter((run) => !(0,run_summary/* summaryHasUsageData */.u8)(run))
            .map((run) => ({ workflow: run.workflow, runId: run.runId, reason: (0,run_state_reasons/* noDataReasonOf */.z)(run), state: run.state })),
        skipped: skippedOf(runs, options.maxSkipExamples ?? 10),
        unpricedModels: unpricedModelsOf(runs),
        detection: detectionTotalsOf(runs),
        dataRange: dataRangeOf(runs),
        routing: routingTotalsOf(runs),
        fallbacks: fallbackMetricsOf(facts),
        aiCreditsPricing: { sources: facts.pricingSources, fallbackPricingRequests: facts.fallbackPricingRequests },
        schemaVersions: facts.schemaVersions,
        aggregateMismatches: aggregateMismatchesOf(runs),
        noRecords: noRecordsOf(runs),
    };
}
/** Per workflow, costliest first. */
function workflowsOf(runs, thresholds) {
    const byWorkflow = new Map();
    for (const run of runs) {
        const list = byWorkflow.get(run.workflow);
        if (list)
            list.push(run);
        else
            byWorkflow.set(run.workflow, [run]);
    }
    const workflows = [...byWorkflow].map(([name, list]) => workflowMetricsOf(name, list, thresholds));
    workflows.sort((a, b) => b.costUsd - a.costUsd || b.totalTokens - a.totalTokens || a.name.localeCompare(b.name));
    return workflows;
}
/** The totals of the model rows, and per provider. */
function modelTotalsOf(models) {
    const tokens = (0,run_summary/* emptyTokenCounts */.x3)();
    const cost = (0,run_summary/* emptyCostByType */.av)();
    let requests = 0;
    let costUsd = 0;
    const providers = new Map();
    for (const m of models) {
        (0,token_metrics/* addTokenCounts */.xI)(tokens, m);
        (0,usage_sums/* addCostByType */.Ou)(cost, m.cost);
        requests += m.requests;
        costUsd += m.costUsd;
        const p = providers.get(m.provider) ?? { provider: m.provider, requests: 0, totalTokens: 0, costUsd: 0 };
        p.requests += m.requests;
        p.totalTokens += (0,token_metrics/* totalTokensOf */.WV)(m);
        p.costUsd += m.costUsd;
        providers.set(m.provider, p);
    }
    return {
        tokens,
        cost,
        requests,
        costUsd,
        providers: [...providers.values()].sort((a, b) => b.costUsd - a.costUsd || b.requests - a.requests),
    };
}
/** Lines skipped, duplicates and filtered records of every run, with the first examples (naming their run). */
function skippedOf(runs, maxSkipExamples) {
    const skipped = {
        invalidLines: 0,
        duplicateRecords: 0,
        filteredRecords: 0,
        byReason: {},
        examples: [],
    };
    for (const run of runs) {
        skipped.invalidLines += run.skipped.invalidLines;
        skipped.duplicateRecords += run.skipped.duplicateRecords;
        skipped.filteredRecords += run.skipped.filteredRecords;
        for (const [reason, count] of Object.entries(run.skipped.byReason)) {
            skipped.byReason[reason] = (skipped.byReason[reason] ?? 0) + (count ?? 0);
        }
        for (const example of run.skipped.examples) {
            if (skipped.examples.length >= maxSkipExamples)
                break;
            // A file path alone (agent/token_usage.jsonl) is in every run's artifact: the example names its run.
            skipped.examples.push({ ...example, workflow: run.workflow, runId: run.runId });
        }
    }
    return skipped;
}
/** Models without a price, by requests (and runs, for totals-only rows). */
function unpricedModelsOf(runs) {
    const unpriced = new Map();
    for (const run of runs) {
        for (const m of [...run.models, ...run.detection]) {
            if (m.unpricedRequests <= 0 && !m.unpricedRuns)
                continue;
            const key = `${m.provider}\u0000${m.model}`;
            const entry = unpriced.get(key) ?? { provider: m.provider, model: m.model, requests: 0 };
            entry.requests += m.unpricedRequests;
            if (m.unpricedRuns)
                entry.runs = (entry.runs ?? 0) + m.unpricedRuns;
            unpriced.set(key, entry);
        }
    }
    return [...unpriced.values()].sort((a, b) => b.requests - a.requests || a.model.localeCompare(b.model));
}
/** The first and last record times of all runs. */
function dataRangeOf(runs) {
    let first = null;
    let last = null;
    for (const run of runs) {
        if (run.firstRecordAt && (first === null || Date.parse(run.firstRecordAt) < Date.parse(first))) {
            first = run.firstRecordAt;
        }
        if (run.lastRecordAt && (last === null || Date.parse(run.lastRecordAt) > Date.parse(last))) {
            last = run.lastRecordAt;
        }
    }
    return { first, last };
}
/** Runs whose agent_usage.json totals disagree with their records. */
function aggregateMismatchesOf(runs) {
    const rows = [];
    for (const run of runs) {
        const mismatches = run.aggregate?.use === 'cross-check' ? run.aggregate.mismatches : [];
        if (run.aggregate && mismatches.length > 0) {
            rows.push({
                workflow: run.workflow,
                runId: run.runId,
                file: run.aggregate.file,
                mismatches: mismatches.map((m) => ({ ...m })),
            });
        }
    }
    return rows;
}
/** Runs without data whose artifact was there: what was inspected, to name it. */
function noRecordsOf(runs) {
    const rows = [];
    for (const run of runs) {
        if (!run.noRecords || (0,run_summary/* summaryHasUsageData */.u8)(run))
            continue;
        rows.push({
            workflow: run.workflow,
            runId: run.runId,
            state: run.state,
            ...((run.noRecords.artifact ?? run.artifact) ? { artifact: run.noRecords.artifact ?? run.artifact } : {}),
            files: [...run.noRecords.files],
            ...(run.noRecords.archiveEntries !== undefined ? { archiveEntries: run.noRecords.archiveEntries } : {}),
            ...(run.noRecords.archivePaths ? { archivePaths: [...run.noRecords.archivePaths] } : {}),
        });
    }
    return rows;
}


/***/ }),

/***/ 9679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ distributionOf),
/* harmony export */   D4: () => (/* binding */ percentileOf),
/* harmony export */   hm: () => (/* binding */ meanOf)
/* harmony export */ });
/**
 * The p-th percentile (0–1) with linear interpolation between closest ranks (numpy's default, "type 7"), so the
 * median of an even count is the mean of the two middle values. Null for no values.
 */
function percentileOf(values, p) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = p * (sorted.length - 1);
    const lower = Math.floor(rank);
    const upper = Math.ceil(rank);
    return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
}
function meanOf(values) {
    if (values.length === 0)
        return null;
    let sum = 0;
    for (const v of values)
        sum += v;
    return sum / values.length;
}
/** Mean, median and p95; null when there are no values (no run had data). */
function distributionOf(values) {
    if (values.length === 0)
        return null;
    return { mean: meanOf(values), median: percentileOf(values, 0.5), p95: percentileOf(values, 0.95) };
}


/***/ }),

/***/ 62791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ isFailedConclusion),
/* harmony export */   ZH: () => (/* binding */ sumFailedRuns),
/* harmony export */   Zl: () => (/* binding */ failedRunsOf)
/* harmony export */ });
const FAILED = new Set(['failure', 'timed_out', 'startup_failure']);
/** Whether a conclusion is a failure. */
function isFailedConclusion(conclusion) {
    return conclusion !== undefined && FAILED.has(conclusion);
}
/** The failed runs of a scope and what they cost; null when no run's conclusion is known (local files). */
function failedRunsOf(runs) {
    if (!runs.some((r) => r.conclusion !== undefined))
        return null;
    const failed = runs.filter((r) => isFailedConclusion(r.conclusion));
    return { runs: failed.length, costUsd: failed.reduce((n, r) => n + r.costUsd, 0) };
}
/** The failed runs of several scopes together; null when none knew its runs' conclusions. */
function sumFailedRuns(scopes) {
    const known = scopes.filter((s) => s !== null && s !== undefined);
    if (known.length === 0)
        return null;
    return { runs: known.reduce((n, s) => n + s.runs, 0), costUsd: known.reduce((n, s) => n + s.costUsd, 0) };
}


/***/ }),

/***/ 74352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ ModelMetricsAccumulator)
/* harmony export */ });
/* harmony import */ var _usage_run_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93707);
/* harmony import */ var _usage_sums_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23827);
/** Merges per-run model usage into per-model metrics (per provider and canonical model name). */


/** Accumulates model usage; durations are summed so the average latency is exact after merging. */
class ModelMetricsAccumulator {
    byKey = new Map();
    add(usage) {
        // A NUL separator cannot occur in either name, so distinct (provider, model) pairs never collide.
        const key = `${usage.provider}\u0000${usage.model}`;
        let entry = this.byKey.get(key);
        if (!entry) {
            entry = {
                provider: usage.provider,
                model: usage.model,
                requests: 0,
                ...(0,_usage_run_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyTokenCounts */ .x3)(),
                costUsd: 0,
                avgLatencyMs: null,
                cost: (0,_usage_run_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyCostByType */ .av)(),
                unpricedRequests: 0,
                reasoningTokens: 0,
                aiCredits: null,
                aiCreditsRequests: 0,
                durationMsTotal: 0,
            };
            this.byKey.set(key, entry);
        }
        (0,_usage_sums_js__WEBPACK_IMPORTED_MODULE_1__/* .addModelUsage */ .ET)(entry, usage);
        entry.unpricedRequests += usage.unpricedRequests;
        if (usage.unpricedRuns)
            entry.unpricedRuns = (entry.unpricedRuns ?? 0) + usage.unpricedRuns;
        entry.durationMsTotal += usage.durationMsTotal;
        // Summaries cached before issue 9 lack these (and AI credits, to which addModelUsage then adds nothing).
        entry.reasoningTokens = (entry.reasoningTokens ?? 0) + (usage.reasoningTokens ?? 0);
        entry.aiCreditsRequests = (entry.aiCreditsRequests ?? 0) + (usage.aiCreditsRequests ?? 0);
    }
    addAll(usages) {
        for (const usage of usages)
            this.add(usage);
    }
    /** Models by cost, then requests, highest first; ties by name so the order is stable. */
    result() {
        return [...this.byKey.values()]
            .map(({ durationMsTotal, ...m }) => ({
            ...m,
            avgLatencyMs: m.requests > 0 && durationMsTotal > 0 ? durationMsTotal / m.requests : null,
            aiCreditsCoverage: m.requests > 0 ? (m.aiCreditsRequests ?? 0) / m.requests : null,
            repricedAiCredits: m.costUsd * 100,
        }))
            .sort(byCostThenRequests);
    }
}
function byCostThenRequests(a, b) {
    return (b.costUsd - a.costUsd ||
        b.requests - a.requests ||
        a.model.localeCompare(b.model) ||
        a.provider.localeCompare(b.provider));
}


/***/ }),

/***/ 15344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ runStateReason),
/* harmony export */   z: () => (/* binding */ noDataReasonOf)
/* harmony export */ });
const REASONS = {
    analysed: 'no token usage records',
    'analysed-totals': 'per-run totals only (agent_usage.json), no per-request records',
    'no-artifact': 'no artifact with token usage (the workflow may not use the api-proxy)',
    'artifact-expired': 'artifact expired before it could be downloaded',
    'no-token-file': 'artifact holds no token-usage.jsonl / token_usage.jsonl',
    'empty-token-file': 'token usage file holds no valid record',
    'download-failed': 'artifact could not be downloaded or read',
    'integrity-failed': 'artifact failed an integrity or safety check',
    'not-reached': 'not analysed: the time or request budget ran out first',
};
/** The reason a run in this state has no token data, the same for every such run (a report groups runs by it). */
function runStateReason(state) {
    return REASONS[state] ?? `unknown state '${state}'`;
}
/**
 * Why a run has no agent token data, with what the run itself adds: its detail (error message, artifact name) and
 * the lines it skipped or filtered, which explain an analysed run without records or a file without a valid one.
 */
function noDataReasonOf(run) {
    let reason = runStateReason(run.state);
    const { invalidLines, filteredRecords } = run.skipped;
    const parts = [];
    if (filteredRecords > 0)
        parts.push(`${filteredRecords} filtered out by provider/date options`);
    if (invalidLines > 0)
        parts.push(`${invalidLines} invalid lines`);
    if (run.detection.some((m) => m.requests > 0))
        parts.push('threat-detection usage only');
    if (parts.length > 0)
        reason = `${reason} (${parts.join(', ')})`;
    return run.stateDetail ? `${reason}: ${run.stateDetail}` : reason;
}


/***/ }),

/***/ 23827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ addModelUsage),
/* harmony export */   Ou: () => (/* binding */ addCostByType),
/* harmony export */   sy: () => (/* binding */ addCredits)
/* harmony export */ });
/* unused harmony export creditsOf */
/* harmony import */ var _token_metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68160);

/**
 * A sum of AI credits: a value that is not a number (null: nothing recorded; absent: a summary cached before
 * credits existed) adds nothing, and a sum of nothing stays null.
 */
function addCredits(sum, value) {
    return typeof value === 'number' ? (sum ?? 0) + value : sum;
}
/** AI credits of some rows: null when none carried a value. */
function creditsOf(rows) {
    let sum = null;
    for (const row of rows)
        sum = addCredits(sum, row.aiCredits);
    return sum;
}
function addCostByType(a, b) {
    a.input += b.input;
    a.output += b.output;
    a.cacheRead += b.cacheRead;
    a.cacheWrite += b.cacheWrite;
    return a;
}
/** Adds one model row's requests, tokens, cost (in all and by type) and recorded AI credits to another. */
function addModelUsage(into, from) {
    into.requests += from.requests;
    (0,_token_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .addTokenCounts */ .xI)(into, from);
    into.costUsd += from.costUsd;
    addCostByType(into.cost, from.cost);
    into.aiCredits = addCredits(into.aiCredits ?? null, from.aiCredits);
    return into;
}


/***/ }),

/***/ 1419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ describeDrivers),
/* harmony export */   e: () => (/* binding */ signedUsd)
/* harmony export */ });
/* harmony import */ var _common_value_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82210);

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
    const amount = (0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(Math.abs(value));
    // A difference that rounds to nothing has no sign: never "−$0.00".
    return amount === '$0.00' ? amount : `${value < 0 ? '−' : '+'}${amount}`;
}
function detailOf(id, change) {
    const u = change.usage;
    switch (id) {
        case 'model-mix':
            return modelMixDetail(change);
        case 'requests-per-run':
            return `${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDecimal */ .zJ)(u.requestsPerRun.baseline)} → ${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDecimal */ .zJ)(u.requestsPerRun.current)}`;
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
    return `${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTokens */ ._y)(pair.baseline)} → ${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTokens */ ._y)(pair.current)}`;
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
    const shares = `now ${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(moved.currentShare, 0)} of requests, was ${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(moved.baselineShare, 0)}`;
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
    const rates = `cache hit rate ${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(before, 0)} → ${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(after, 0)}`;
    if (before === 0)
        return `prompt caching gained: ${rates}`;
    if (after === 0)
        return `prompt caching lost: ${rates}`;
    return rates;
}


/***/ }),

/***/ 35060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ runFailureOf)
/* harmony export */ });
/* unused harmony export statesThatMayPass */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _github_artifact_download_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68245);
/* harmony import */ var _usage_archive_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12965);
/**
 * The one mapping from an error that stopped a run's usage from being read to the state the run is reported in.
 * The collector (downloads) and the local pipeline (files and zips on disk) both use it, so a failure reads the
 * same in the action and the CLI.
 */



/**
 * States of a run whose usage may still be read later: the download failed for a reason that can pass (a 5xx, a
 * timeout, a truncated blob, a rate limit, a blob whose bytes do not match its digest: the stored artifact may
 * well be whole) or the API budget ran out before it. Such a run is not final: a report carries it in its data
 * block and the next report collects it again (for at most 7 days). Every other state ends the run's story.
 */
const statesThatMayPass = new Set([
    'download-failed',
    'integrity-failed',
    'not-reached',
]);
function runFailureOf(error) {
    const message = error instanceof Error ? error.message : String(error);
    const failure = (state, detail = message) => ({ state, detail, stopsCollection: false });
    if (error instanceof _github_artifact_download_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtifactDownloadError */ .d) {
        if (error.reason === 'expired')
            return failure('artifact-expired');
        if (error.reason === 'integrity')
            return failure('integrity-failed');
        if (error.reason === 'rate-limited') {
            return { state: 'not-reached', detail: `API rate limit reached (${message})`, stopsCollection: true };
        }
        if (error.reason === 'out-of-time') {
            return { state: 'not-reached', detail: `Time budget ran short (${message})`, stopsCollection: true };
        }
    }
    if (error instanceof _usage_archive_js__WEBPACK_IMPORTED_MODULE_2__/* .ArchiveError */ .di) {
        // The archive's own name only: a download's zip lies in the runner's temporary directory, which is no business of
        // the report (the run it belongs to is named beside the reason anyway).
        const named = message.split(error.archive).join(node_path__WEBPACK_IMPORTED_MODULE_0__.basename(error.archive));
        return failure((0,_usage_archive_js__WEBPACK_IMPORTED_MODULE_2__/* .runStateOfArchiveError */ .gg)(error), `Archive ${error.reason}: ${named}`);
    }
    return failure('download-failed');
}


/***/ }),

/***/ 26469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ar: () => (/* binding */ SUMMARY_FILE_FORMAT),
/* harmony export */   E$: () => (/* binding */ withoutOldSummaries),
/* harmony export */   aZ: () => (/* binding */ NullSummaryCache),
/* harmony export */   bs: () => (/* binding */ cacheableStates),
/* harmony export */   r7: () => (/* binding */ runKey),
/* harmony export */   rX: () => (/* binding */ SUMMARY_CACHE_VERSION),
/* harmony export */   wZ: () => (/* binding */ summaryFingerprintOf)
/* harmony export */ });
/* unused harmony export summaryCacheFingerprint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30571);
/**
 * Per-run summaries kept between collections, so that a run is downloaded once, ever.
 * Implementations: @actions/cache (actions-summary-cache.ts), a directory (directory-summary-cache.ts, for the
 * CLI and tests) and NullSummaryCache where there is no cache at all.
 */


function runKey(runId, attempt) {
    return `${runId}.${attempt}`;
}
/** Where no cache exists (local CLI without --cache-dir, a runner without the cache service). */
class NullSummaryCache {
    async restore() {
        return new Map();
    }
    async save(_newSummaries) { }
}
/**
 * States that cannot change for a finished run (a re-run attempt is another key; other artifact names are other
 * settings, so another fingerprint). Failed downloads and unreached runs are tried again.
 */
const cacheableStates = new Set([
    'analysed',
    'analysed-totals',
    'no-token-file',
    'empty-token-file',
    'no-artifact',
    'artifact-expired',
]);
/** Version of the stored format; entries of another version are ignored with a warning. */
// 2: summaries carry routing calls, fallbacks, AI credits, reasoning tokens and agent_usage.json totals (issue 9).
const SUMMARY_CACHE_VERSION = 2;
const SUMMARY_FILE_FORMAT = 'token-usage-analyzer/run-summaries';
/**
 * Identifies what a summary depends on: the settings given (prices, token semantics, providers, artifact names,
 * repository), this tool's version and the price catalogue's. Summaries made under anything else live under
 * another key and are simply not found, so an upgrade never mixes old and new prices in one report.
 */
function summaryCacheFingerprint(settings, priceCatalogue = _versions_js__WEBPACK_IMPORTED_MODULE_1__/* .PRICE_CATALOGUE_VERSION */ .D) {
    const versions = { tool: _versions_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_VERSION */ .w, priceCatalogue };
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify({ settings, versions })).digest('hex').slice(0, 16);
}
/**
 * The fingerprint of a collection's settings, the one way the action and the CLI compute it. Lists are taken as
 * given (their order matters: artifact names are a preference); the token-semantics rules are sorted by provider so
 * that the same rules in another order are the same settings.
 */
function summaryFingerprintOf(settings) {
    const sorted = (record) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
    return summaryCacheFingerprint({
        repository: settings.repository,
        artifactNames: [...settings.artifactNames],
        providers: [...settings.providers],
        tokenSemantics: sorted(settings.tokenSemantics),
        priceOverrides: sorted(settings.priceOverrides),
    }, settings.priceCatalogue);
}
/** Drops summaries of runs created before `oldest` so the stored entry does not grow forever. */
function withoutOldSummaries(summaries, oldest) {
    const kept = new Map();
    for (const [key, summary] of summaries) {
        if (!summary.createdAt || Date.parse(summary.createdAt) >= oldest.getTime())
            kept.set(key, summary);
    }
    return kept;
}


/***/ }),

/***/ 20097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F5: () => (/* binding */ openEngine),
  cn: () => (/* binding */ runEngine)
});

// UNUSED EXPORTS: loadPrices

// EXTERNAL MODULE: ./src/analysis/runs/analyse-runs.ts + 2 modules
var analyse_runs = __webpack_require__(23204);
// EXTERNAL MODULE: ./src/usage/run-summary.ts
var run_summary = __webpack_require__(93707);
// EXTERNAL MODULE: ./src/common/periods.ts
var common_periods = __webpack_require__(71195);
// EXTERNAL MODULE: ./src/analysis/runs/token-metrics.ts
var token_metrics = __webpack_require__(68160);
// EXTERNAL MODULE: ./src/analysis/runs/usage-sums.ts
var usage_sums = __webpack_require__(23827);
;// CONCATENATED MODULE: ./src/analysis/rollups/period-metrics.ts
/**
 * The report split by calendar period (`report --by day|week|month`): the runs' per-period usage (summariseRun
 * with `periodOf`) summed per period and per model. A record counts in the period of its own timestamp, so one run
 * that crosses midnight counts in two days.
 */




function emptyPeriodUsage() {
    return {
        runs: 0,
        requests: 0,
        ...(0,run_summary/* emptyTokenCounts */.x3)(),
        totalTokens: 0,
        costUsd: 0,
        aiCredits: null,
        unpricedRequests: 0,
    };
}
function addUsage(into, m) {
    into.requests += m.requests;
    (0,token_metrics/* addTokenCounts */.xI)(into, m);
    into.totalTokens += (0,token_metrics/* totalTokensOf */.WV)(m);
    into.costUsd += m.costUsd;
    into.aiCredits = (0,usage_sums/* addCredits */.sy)(into.aiCredits, m.aiCredits);
    into.unpricedRequests += m.unpricedRequests;
    if (m.unpricedRuns)
        into.unpricedRuns = (into.unpricedRuns ?? 0) + m.unpricedRuns;
}
const hasUsage = (m) => m.requests > 0 || (0,token_metrics/* totalTokensOf */.WV)(m) > 0;
/** Sums the runs' per-period usage into one row per period (in time order, `undated` last) with its models. */
function periodMetricsOf(runs, split) {
    const periods = new Map();
    for (const run of runs) {
        for (const { period, models } of run.periods ?? []) {
            const used = models.filter(hasUsage);
            if (used.length === 0)
                continue;
            let entry = periods.get(period);
            if (!entry) {
                entry = { total: emptyPeriodUsage(), models: new Map() };
                periods.set(period, entry);
            }
            entry.total.runs++;
            for (const m of used) {
                addUsage(entry.total, m);
                const key = `${m.provider}\u0000${m.model}`;
                let row = entry.models.get(key);
                if (!row) {
                    row = { provider: m.provider, model: m.model, ...emptyPeriodUsage() };
                    entry.models.set(key, row);
                }
                row.runs++;
                addUsage(row, m);
            }
        }
    }
    return [...periods]
        .sort(([a], [b]) => (0,run_summary/* byPeriod */.z1)(a, b))
        .map(([period, { total, models }]) => {
        const bounds = period === run_summary/* UNDATED_PERIOD */.QU ? { start: null, end: null } : (0,common_periods/* periodBounds */.z5)(period, split.by, split.timeZone);
        return {
            period,
            ...bounds,
            ...total,
            models: [...models.values()].sort((a, b) => b.costUsd - a.costUsd ||
                b.requests - a.requests ||
                a.model.localeCompare(b.model) ||
                a.provider.localeCompare(b.provider)),
        };
    });
}

// EXTERNAL MODULE: ./src/analysis/runs/distribution.ts
var distribution = __webpack_require__(9679);
;// CONCATENATED MODULE: ./src/analysis/trends/change-significance.ts
/**
 * Is a workflow's current window really different from its baseline? A two-sided Mann–Whitney U (rank-sum) test on
 * the per-run values, plus a minimum effect. The test itself decides whether there are enough runs: three runs that
 * all cost more than every one of 70 baseline runs are already strong evidence (exact p = 2 / C(73, 3) ≈ 3e-5), while
 * two runs against three can never reach p < 0.01 (2 / C(5, 2) = 0.2) and are "too few runs to tell".
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
    minRuns: 1,
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
        meaningful: false,
        pValue: null,
        runs: { baseline: baseline.length, current: current.length },
        verdict: 'too-few-runs',
        medians: { baseline: (0,distribution/* percentileOf */.D4)(baseline, 0.5), current: (0,distribution/* percentileOf */.D4)(current, 0.5) },
    };
    if (baseline.length < Math.max(1, minRuns) || current.length < Math.max(1, minRuns))
        return result;
    if (smallestPValue(baseline.length, current.length) >= alpha)
        return result;
    const test = mannWhitney(baseline, current);
    // A change from 0 has no relative size; it is as large as changes get.
    const largeEnough = relative === null || Math.abs(relative) >= minEffect;
    const ranksAgree = direction === 'up' ? test.shift > 0 : direction === 'down' ? test.shift < 0 : false;
    const meaningful = largeEnough && ranksAgree;
    const significant = test.pValue < alpha && meaningful;
    return {
        ...result,
        pValue: test.pValue,
        significant,
        meaningful,
        verdict: significant ? 'significant' : 'not-significant',
    };
}
/**
 * The smallest two-sided p-value the rank test can give with these many runs: the two most extreme orderings (every
 * current run above, or below, every baseline run) out of C(n1 + n2, n2). Ties only make it larger.
 */
function smallestPValue(n1, n2) {
    const m = Math.min(n1, n2);
    const n = n1 + n2;
    // C(n, m) as a running product; past 2 / 1e-300 nothing is too few.
    let orderings = 1;
    for (let i = 1; i <= m && orderings < 1e300; i++)
        orderings = (orderings * (n - m + i)) / i;
    return Math.min(1, 2 / orderings);
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

;// CONCATENATED MODULE: ./src/analysis/trends/cost-drivers.ts

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

// EXTERNAL MODULE: ./src/analysis/trends/driver-sentence.ts
var driver_sentence = __webpack_require__(1419);
// EXTERNAL MODULE: ./src/analysis/runs/model-metrics.ts
var model_metrics = __webpack_require__(74352);
// EXTERNAL MODULE: ./src/analysis/report-view.ts
var report_view = __webpack_require__(16314);
;// CONCATENATED MODULE: ./src/analysis/compare/side-comparison.ts
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
        if (!(0,run_summary/* summaryHasUsageData */.u8)(run))
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

// EXTERNAL MODULE: ./src/collect/summary-cache.ts
var summary_cache = __webpack_require__(26469);
// EXTERNAL MODULE: ./src/usage/normalise.ts
var normalise = __webpack_require__(74417);
// EXTERNAL MODULE: ./src/usage/price-catalogue.ts + 2 modules
var price_catalogue = __webpack_require__(7494);
// EXTERNAL MODULE: ./src/usage/pricing.ts
var pricing = __webpack_require__(40625);
// EXTERNAL MODULE: ./src/settings/price-file.ts
var price_file = __webpack_require__(15767);
// EXTERNAL MODULE: ./src/common/value-format.ts
var value_format = __webpack_require__(82210);
;// CONCATENATED MODULE: ./src/engine/record-warnings.ts

/**
 * Loud in the job log (a `::warning::` on a runner): an artifact that was there but yielded no record, naming it and
 * what was inspected (the "silently no data" a layout change causes), and per-run totals that disagree with the
 * records.
 */
function warnAboutRecords(report, log) {
    for (const r of report.noRecords ?? []) {
        const inspected = r.files.length > 0
            ? `read ${r.files.join(', ')}`
            : r.archivePaths && r.archivePaths.length > 0
                ? `no token file among ${(0,value_format/* plural */.LS)(r.archiveEntries ?? r.archivePaths.length, 'entry', 'entries')}: ${r.archivePaths.slice(0, 10).join(', ')}${(r.archiveEntries ?? r.archivePaths.length) > 10 ? ', …' : ''}`
                : 'no token file found';
        log.warning(`${r.artifact ? `Artifact '${r.artifact}'` : 'The files'} of run ${r.runId} (${r.workflow}) yielded no token records (${r.state}): ${inspected}.`);
    }
    const mismatches = report.aggregateMismatches ?? [];
    if (mismatches.length > 0) {
        const first = mismatches[0];
        const m = first.mismatches[0];
        log.warning(`${(0,value_format/* plural */.LS)(mismatches.length, 'run')} whose agent_usage.json differs from its per-request records by more than 1%` +
            (m ? ` (run ${first.runId}: ${m.field} ${m.aggregate} against ${m.records})` : '') +
            '; the records are used.');
    }
}

;// CONCATENATED MODULE: ./src/engine/engine.ts
/**
 * The one engine: prices → a source's runs → run summaries → analysis → report data. Every entry uses it (the
 * action's daily mode, the CLI's `github`, `report` and `compare`), so the price catalogue is loaded and named in
 * one place and the summary cache's fingerprint is computed in one place. Pure of @actions/*: the caller injects
 * the log, the clock, the cache and the price loader.
 */










/**
 * The one place the price catalogue is loaded, and the log says which one prices the report. Before any price
 * book: the catalogue loaded here is the one every pricer resolves against.
 */
async function loadPrices(update, deps) {
    const prices = deps.loadPrices ? await deps.loadPrices(update) : await (0,price_catalogue/* loadPriceCatalogue */.Di)({ update: 'off' });
    if (prices.warning)
        deps.log.warning(prices.warning);
    else if (prices.source === 'remote')
        deps.log.info(`Prices: the remote catalogue ${prices.version}.`);
    return prices;
}
/** Loads the prices and returns the engine that reads, analyses and compares with them. */
async function openEngine(settings, deps) {
    const prices = await loadPrices(settings.pricesUpdate ?? 'off', deps);
    const priceOverrides = settings.priceOverrides ?? (settings.pricingFile ? await (0,price_file/* loadPriceOverrides */.F)(settings.pricingFile) : undefined);
    const providers = settings.providers ?? [];
    const summarise = {
        priceBook: (0,pricing/* createPriceBook */.Z)(priceOverrides),
        normalisation: settings.tokenSemantics ?? normalise/* defaultNormalisationRules */.Ng,
        ...(providers.length > 0 ? { providers: [...providers] } : {}),
        ...(settings.periods ? { periodOf: (0,common_periods/* periodIdReader */.qj)(settings.periods.by, settings.periods.timeZone) } : {}),
    };
    const context = {
        summarise,
        openSummaryCache: (scope) => deps.openSummaryCache
            ? deps.openSummaryCache(fingerprintOf(scope, { ...settings, priceOverrides: priceOverrides ?? {} }, prices))
            : new summary_cache/* NullSummaryCache */.aZ(),
        log: deps.log,
        clock: () => deps.clock(),
    };
    return {
        prices,
        read: (source) => source.read(context),
        analyse: (reading, options = {}) => {
            const data = {
                ...(0,analyse_runs/* analyseRuns */.a2)(reading.runs, {
                    window: options.window ?? reading.window,
                    ...(options.thresholds ? { thresholds: options.thresholds } : {}),
                }),
                ...(settings.periods
                    ? { periods: periodMetricsOf(reading.runs, settings.periods), periodSplit: settings.periods }
                    : {}),
                prices: { source: prices.source, version: prices.version, fetchedAt: prices.fetchedAt },
            };
            if (options.warnAboutRecords)
                warnAboutRecords(data, deps.log);
            return data;
        },
        compare: (a, b) => compareSides(a, b),
    };
}
/** A source's runs through the whole engine: what it read, the report data and the prices. */
async function runEngine(source, settings, deps) {
    const engine = await openEngine(settings, deps);
    const reading = await engine.read(source);
    return { reading, report: engine.analyse(reading, settings), prices: engine.prices };
}
/**
 * The summary cache's fingerprint: the source's scope, the engine's reading and the catalogue in force. The one
 * place it is computed, so the action and the CLI key their cached summaries alike.
 */
function fingerprintOf(scope, settings, prices) {
    return (0,summary_cache/* summaryFingerprintOf */.wZ)({
        repository: scope.repository,
        artifactNames: scope.artifactNames,
        providers: settings.providers ?? [],
        tokenSemantics: settings.tokenSemantics ?? normalise/* defaultNormalisationRules */.Ng,
        priceOverrides: settings.priceOverrides ?? {},
        // Summaries priced with another catalogue live under another key.
        ...(prices.source === 'remote' ? { priceCatalogue: `remote:${prices.version}` } : {}),
    });
}


/***/ }),

/***/ 65540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vr: () => (/* binding */ findLocalRuns),
  ZB: () => (/* binding */ localRunsSource)
});

// UNUSED EXPORTS: summariseLocalRuns

// EXTERNAL MODULE: ./src/collect/run-failure.ts
var run_failure = __webpack_require__(35060);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/usage/archive.ts
var archive = __webpack_require__(12965);
// EXTERNAL MODULE: ./src/usage/artifact-name.ts
var artifact_name = __webpack_require__(37361);
;// CONCATENATED MODULE: ./src/usage/record-sniff.ts
/**
 * Whether a `.jsonl` file of another name holds token-usage records: what `log --file` writes and files renamed by
 * hand are read like `token-usage.jsonl`, while other JSON lines files (a chat transcript, an audit log) are not.
 */

/** Enough for the first line of any record (a few hundred bytes) with room to spare. */
const SNIFF_BYTES = 64 * 1024;
/** True when the file's first non-empty line is a JSON object with a model and token counts, as every record has. */
async function holdsUsageRecords(path) {
    let text;
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(SNIFF_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
        text = buffer.subarray(0, bytesRead).toString('utf8');
    }
    finally {
        await handle.close();
    }
    const first = text.split('\n').find((line) => line.trim() !== '');
    if (first === undefined)
        return false;
    try {
        const value = JSON.parse(first);
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            return false;
        const record = value;
        return (typeof record.model === 'string' &&
            typeof record.input_tokens === 'number' &&
            typeof record.output_tokens === 'number');
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/usage/discover-inputs.ts





/**
 * Folder names that belong to an artifact's inside (or are artifact names), never to the `<workflow>/<run-id>`
 * layout: a downloaded artifact passed directly, or `ROOT/<wf>/<run>/agent/sandbox/...`, groups as one run.
 */
const artifactFolderNames = ['agent-artifacts', 'firewall-audit-logs', 'agent', 'usage', 'sandbox', 'logs', 'detection'];
/** An artifact folder, also with a `workflow_call` hash prefix (`3f9a1c2b-agent`). */
function isArtifactFolder(name) {
    return (0,artifact_name/* configuredArtifactName */.aG)(name, artifactFolderNames) !== undefined;
}
/**
 * The artifact names gh-aw uploads a run's usage in (the action's default `artifact-names`): a folder of
 * `<workflow>/<run-id>/` named like one (also with a hash prefix) is an extracted artifact, reported even when it
 * holds no token file.
 */
const artifactNames = ['usage', 'agent', 'agent-artifacts', 'firewall-audit-logs'];
/**
 * `ROOT/<workflow>/<run-id>/**` gives workflow and run. Anything else is workflow `local`, one run per directory
 * (the part of the path above any artifact folder, or the root's own name for files directly in it).
 */
function runKeyFor(root, relativePath) {
    const folders = relativePath.split('/').slice(0, -1);
    const cut = folders.findIndex(isArtifactFolder);
    const own = cut >= 0 ? folders.slice(0, cut) : folders;
    if (own.length >= 2)
        return { workflow: own[0], runId: own[1] };
    return { workflow: 'local', runId: own.length === 1 ? own[0] : (0,external_node_path_.basename)((0,external_node_path_.resolve)(root)) };
}
async function statOrThrow(path) {
    try {
        return await (0,promises_.stat)(path);
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'is not readable' : `cannot be read (${code})`;
        throw new Error(`Input path '${path}' ${why}`);
    }
}
/** Directory entries sorted by name, so that reports list them the same on every file system. */
async function sortedEntries(dir) {
    const entries = [];
    for await (const entry of await (0,promises_.opendir)(dir))
        entries.push(entry);
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** Every file of a folder (counted; the first `inventoryPaths` kept), as the inventory of a zip is. */
async function folderInventory(dir) {
    const inventory = { entries: 0, paths: [] };
    const walk = async (absolute) => {
        for (const entry of await sortedEntries(absolute)) {
            const path = (0,external_node_path_.join)(absolute, entry.name);
            if (entry.isDirectory())
                await walk(path);
            else {
                inventory.entries++;
                if (inventory.paths.length < archive/* inventoryPaths */.rZ)
                    inventory.paths.push(path);
            }
        }
    };
    await walk(dir);
    return inventory;
}
/**
 * The artifact folders of `ROOT/<workflow>/<run-id>/<artifact>/`: only that layout, where workflow and run
 * are no artifact folders themselves (the layout runKeyFor reads), so no other directory turns into a run.
 */
async function artifactFoldersIn(root) {
    const folders = [];
    for (const workflow of await sortedEntries(root)) {
        if (!workflow.isDirectory())
            continue;
        for (const run of await sortedEntries((0,external_node_path_.join)(root, workflow.name))) {
            if (!run.isDirectory())
                continue;
            for (const artifact of await sortedEntries((0,external_node_path_.join)(root, workflow.name, run.name))) {
                if (!artifact.isDirectory() || (0,artifact_name/* configuredArtifactName */.aG)(artifact.name, artifactNames) === undefined)
                    continue;
                const relativePath = `${workflow.name}/${run.name}/${artifact.name}`;
                const key = runKeyFor(root, `${relativePath}/file`);
                if (key.workflow !== workflow.name || key.runId !== run.name)
                    continue;
                const inventory = await folderInventory((0,external_node_path_.join)(root, workflow.name, run.name, artifact.name));
                folders.push({ key, artifact: artifact.name, relativePath, inventory });
            }
        }
    }
    return folders;
}
/**
 * The paths with every directory before the paths inside it (by real path), so that a file reached through two
 * overlapping paths (`mine mine/wf-a`) takes the run its outermost path gives it (`wf-a/<run>`, not `local/<run>`).
 * Stable otherwise. A path that cannot be resolved keeps its place; statOrThrow names it.
 */
async function outermostFirst(paths) {
    const reals = await Promise.all(paths.map((p) => (0,promises_.realpath)(p).catch(() => (0,external_node_path_.resolve)(p))));
    const depth = (real) => real.split(external_node_path_.sep).filter(Boolean).length;
    return paths
        .map((path, i) => ({ path, depth: depth(reals[i]), i }))
        .sort((a, b) => a.depth - b.depth || a.i - b.i)
        .map((p) => p.path);
}
/** The runs gathered from every path, each file counted once however the paths name it. */
class RunGathering {
    limits;
    runs = new Map();
    counted = new Set();
    emptyFolders = [];
    /** Files named as paths that hold no usage (a `MANIFEST.tsv` caught by a glob). */
    strays = [];
    constructor(limits) {
        this.limits = limits;
    }
    runFor(key) {
        const id = `${key.workflow}\u0000${key.runId}`;
        let run = this.runs.get(id);
        if (!run) {
            run = { meta: { workflow: key.workflow, runId: key.runId }, sources: [], artifacts: [], inventories: [] };
            this.runs.set(id, run);
        }
        return run;
    }
    /** False for a file already gathered (overlapping paths, a symbolic link, `./x` and `x`). */
    async firstTime(file) {
        const real = await (0,promises_.realpath)(file).catch(() => (0,external_node_path_.resolve)(file));
        if (this.counted.has(real))
            return false;
        this.counted.add(real);
        return true;
    }
    async addFile(root, file, kind) {
        if (!(await this.firstTime(file.path)))
            return;
        this.runFor(runKeyFor(root, file.relativePath)).sources.push((0,archive/* fileSource */.IO)(file.path, file.path, kind));
    }
    async addZip(root, zip) {
        if (!(await this.firstTime(zip.path)))
            return;
        const run = this.runFor(runKeyFor(root, zip.relativePath));
        run.artifacts.push((0,external_node_path_.basename)(zip.path).replace(/\.zip$/i, ''));
        try {
            const inZip = await (0,archive/* tokenFileSourcesInZip */.Y1)(zip.path, this.limits, zip.path);
            run.sources.push(...inZip);
            run.inventories.push(inZip.inspected);
        }
        catch (error) {
            if (!(error instanceof archive/* ArchiveError */.di))
                throw error;
            // A refused archive fails its own run when it is summarised (like a zip bomb caught while streaming), so
            // the other runs of the report go on.
            run.sources.push({ name: zip.path, kind: 'agent', open: () => Promise.reject(error), refused: error });
        }
    }
    async addDirectory(path) {
        const found = await readingPath(path, () => (0,archive/* findTokenFilesAndZips */.j_)(path));
        for (const file of found.tokenFiles)
            await this.addFile(path, file, (0,archive/* usageFileKind */.OK)(file.relativePath));
        // Other `.jsonl` files whose lines are records: `log --file` output, files renamed by hand.
        for (const file of found.otherJsonl) {
            if (await holdsUsageRecords(file.path))
                await this.addFile(path, file, (0,archive/* sourceKindForPath */.Eu)(file.relativePath));
        }
        for (const zip of found.zips)
            await this.addZip(path, zip);
        const folders = await readingPath(path, () => artifactFoldersIn(path));
        // An extracted artifact without a token file is a run without data that names the folder and what it
        // held (as a zip without one does), never silently nothing.
        for (const folder of folders) {
            const holdsTokenFile = found.tokenFiles.some((f) => f.relativePath.startsWith(`${folder.relativePath}/`));
            if (!holdsTokenFile)
                this.emptyFolders.push(folder);
        }
    }
    async addPath(path) {
        const info = await statOrThrow(path);
        const file = { path, relativePath: (0,external_node_path_.basename)(path) };
        const kind = (0,archive/* usageFileKind */.OK)(file.relativePath);
        if (info.isDirectory())
            await this.addDirectory(path);
        else if (path.toLowerCase().endsWith('.zip'))
            await this.addZip((0,external_node_path_.dirname)(path), file);
        else if (kind !== undefined)
            await this.addFile((0,external_node_path_.dirname)(path), file, kind);
        else if (path.toLowerCase().endsWith('.jsonl') && (await holdsUsageRecords(path))) {
            await this.addFile((0,external_node_path_.dirname)(path), file, 'agent');
        }
        else
            this.strays.push(path);
    }
    /** The runs, sorted; a run with usage files elsewhere (another artifact, another path) is summarised from them. */
    result() {
        for (const folder of this.emptyFolders) {
            const run = this.runFor(folder.key);
            if (run.sources.length > 0)
                continue;
            run.artifacts.push(folder.artifact);
            run.inventories.push(folder.inventory);
        }
        return [...this.runs.values()]
            .map(({ meta, sources, artifacts, inventories }) => ({
            meta: artifacts.length > 0 ? { ...meta, artifact: [...new Set(artifacts)].join(', ') } : meta,
            sources: inventories.length > 0 ? Object.assign(sources, { inspected: (0,archive/* mergeInventories */.B_)(inventories) }) : sources,
        }))
            .sort((a, b) => a.meta.workflow.localeCompare(b.meta.workflow) || a.meta.runId.localeCompare(b.meta.runId));
    }
}
/** Runs a read of a directory tree, naming the path when it fails. */
async function readingPath(path, read) {
    try {
        return await read();
    }
    catch (error) {
        const code = error.code ?? String(error);
        throw new Error(`Input path '${path}' cannot be read (${code})`);
    }
}
function strayMessage(path) {
    return `Input path '${path}' is not a directory, a .zip archive, a token-usage.jsonl file (or another .jsonl of usage records) or an agent_usage.json file`;
}
/**
 * Finds the runs under the given paths (directories, zip archives, token files and other `.jsonl` files of usage
 * records). Runs found under several paths with the same workflow and run id are merged, so their records
 * deduplicate; a file reached through several paths is read once. Throws an Error naming the path when one does not
 * exist or cannot be read. A file that holds no usage (a `MANIFEST.tsv` caught by a glob) is named through `warn`
 * and skipped, unless nothing else was found: then it is the error. A refused archive (ArchiveError: not a zip,
 * unsafe entry, too many entries…) does not throw here: its run gets a source marked `refused` whose open() rejects
 * with that error, so it fails that run only, or only itself where the run has other files (summariseLocalRuns).
 */
async function discoverLocalRuns(paths, limits = archive/* defaultArchiveLimits */.gr, warn = () => undefined) {
    const gathering = new RunGathering(limits);
    for (const path of await outermostFirst(paths))
        await gathering.addPath(path);
    const runs = gathering.result();
    const [firstStray] = gathering.strays;
    if (runs.length === 0 && firstStray !== undefined)
        throw new Error(strayMessage(firstStray));
    for (const stray of gathering.strays)
        warn(`${strayMessage(stray)}; skipped.`);
    return runs;
}

// EXTERNAL MODULE: ./src/usage/run-summary.ts
var run_summary = __webpack_require__(93707);
// EXTERNAL MODULE: ./src/usage/summarise-run.ts + 4 modules
var summarise_run = __webpack_require__(12081);
;// CONCATENATED MODULE: ./src/engine/local-source.ts
/**
 * Local files as a source: artifact trees (`ROOT/<workflow>/<run-id>/…`), .zip artifacts and token files on disk,
 * summarised one run after the other (files are streamed, so memory stays flat).
 */




/**
 * The runs found under these paths (directories, zips, token files); throws naming a path that cannot be read.
 * `warn` hears of a file that holds no usage, skipped.
 */
async function findLocalRuns(paths, warn) {
    return discoverLocalRuns(paths, undefined, warn);
}
/**
 * Summarises each run. A run whose file or archive cannot be read becomes a run without data that says why; it
 * does not stop the others. A refused archive beside readable files of the same run (a corrupt `.zip` next to a good
 * `token-usage.jsonl`) costs only itself: the run is read from the others, and names it in its `stateDetail` and
 * in a warning (`warn`, when given).
 */
async function summariseLocalRuns(runs, options, warn) {
    const summaries = [];
    for (const run of runs) {
        const readable = run.sources.filter((s) => s.refused === undefined);
        const refused = readable.length > 0 ? run.sources.filter((s) => s.refused !== undefined) : [];
        try {
            if (refused.length === 0) {
                summaries.push(await (0,summarise_run/* summariseRun */._)(run.meta, run.sources, options));
                continue;
            }
            const sources = Object.assign(readable, run.sources.inspected ? { inspected: run.sources.inspected } : {});
            const detail = refused.map((s) => `could not read ${s.name}: ${(0,run_failure/* runFailureOf */.D)(s.refused).detail}`).join('; ');
            warn?.(`Run ${run.meta.runId} (${run.meta.workflow}): ${detail}; read its other files.`);
            summaries.push({ ...(await (0,summarise_run/* summariseRun */._)(run.meta, sources, options)), stateDetail: detail });
        }
        catch (error) {
            const failure = (0,run_failure/* runFailureOf */.D)(error);
            summaries.push((0,run_summary/* summaryWithoutUsage */.WW)(run.meta, failure.state, failure.detail));
        }
    }
    return summaries;
}
/** Runs already found (e.g. one side's selection of them), read with their records' window. */
function localRunsSource(runs, records = {}) {
    return {
        async read(context) {
            const summaries = await summariseLocalRuns(runs, {
                ...context.summarise,
                ...(records.since ? { since: records.since } : {}),
                ...(records.until ? { until: records.until } : {}),
            }, (message) => context.log.warning(message));
            return {
                runs: summaries,
                window: { since: records.since?.toISOString() ?? null, until: records.until?.toISOString() ?? null },
                unfinished: [],
                failures: [],
            };
        },
    };
}


/***/ }),

/***/ 41540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ pricesLoader)
/* harmony export */ });
/* unused harmony export PRICES_URL_VARIABLE */
/* harmony import */ var _usage_price_catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7494);
/**
 * The price-catalogue loader the action and the CLI inject: `loadPriceCatalogue` with the remote catalogue's URL
 * from TOKEN_USAGE_ANALYZER_PRICES_URL when set (tests point it at a local server; a mirror can too), else
 * genai-prices' own.
 */

const PRICES_URL_VARIABLE = 'TOKEN_USAGE_ANALYZER_PRICES_URL';
function pricesLoader(env = process.env) {
    const url = env[PRICES_URL_VARIABLE]?.trim();
    return (update) => (0,_usage_price_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .loadPriceCatalogue */ .Di)({ update, ...(url ? { url } : {}) });
}


/***/ }),

/***/ 68245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ ArtifactDownloadError)
/* harmony export */ });
class ArtifactDownloadError extends Error {
    reason;
    constructor(message, reason) {
        super(message);
        this.reason = reason;
        this.name = 'ArtifactDownloadError';
    }
}


/***/ }),

/***/ 12965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ mergeInventories),
/* harmony export */   Eu: () => (/* binding */ sourceKindForPath),
/* harmony export */   IO: () => (/* binding */ fileSource),
/* harmony export */   OK: () => (/* binding */ usageFileKind),
/* harmony export */   Y1: () => (/* binding */ tokenFileSourcesInZip),
/* harmony export */   di: () => (/* binding */ ArchiveError),
/* harmony export */   gg: () => (/* binding */ runStateOfArchiveError),
/* harmony export */   gr: () => (/* binding */ defaultArchiveLimits),
/* harmony export */   j_: () => (/* binding */ findTokenFilesAndZips),
/* harmony export */   rZ: () => (/* binding */ inventoryPaths)
/* harmony export */ });
/* unused harmony exports isTokenFileName, isAggregateFileName, tokenFileSourcesInDirectory */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);





/** Real `agent` artifacts are tens of MB zipped with a few thousand entries; these leave ample room. */
const defaultArchiveLimits = Object.freeze({
    maxArchiveBytes: 2 * 1024 ** 3,
    maxUnzippedBytes: 8 * 1024 ** 3,
    maxEntries: 50_000,
});
/** An archive refused or broken; `reason` is stable for reports, `message` names the archive and the value. */
class ArchiveError extends Error {
    reason;
    archive;
    constructor(reason, message, archive) {
        super(message);
        this.reason = reason;
        this.archive = archive;
        this.name = 'ArchiveError';
    }
}
/**
 * The run state an archive problem leaves: an archive refused by a safety limit (too large, a zip bomb, too many
 * entries, unsafe entries) failed an integrity check; a broken one (truncated, corrupt, not a zip at all, unreadable)
 * could not be read, which a new download may fix.
 */
function runStateOfArchiveError(error) {
    const broken = ['corrupt', 'unreadable', 'not-a-zip'];
    return broken.includes(error.reason) ? 'download-failed' : 'integrity-failed';
}
/**
 * File names the api-proxy's usage is written to (DESIGN.md §2: both spellings occur), wherever they are in an
 * artifact: `sandbox/firewall/logs/api-proxy-logs/`, `sandbox/firewall/audit/api-proxy-logs/` (firewall 0.27.7 and
 * later write there too, so one run can hold both copies: records deduplicate by `request_id`), `logs/…`, `agent/`.
 */
function isTokenFileName(name) {
    return name === 'token-usage.jsonl' || name === 'token_usage.jsonl';
}
/** gh-aw's per-run totals, in the `usage` and `agent` artifacts. */
function isAggregateFileName(name) {
    return name === 'agent_usage.json';
}
/** Threat-detection usage lives under a `detection/` folder (the `usage` artifact). */
function sourceKindForPath(path) {
    return path.split(/[\\/]/).includes('detection') ? 'detection' : 'agent';
}
/**
 * The kind of source a file at `path` is, or undefined when it is none: token files by their folder, the agent's
 * `agent_usage.json` as `aggregate`. A detection job's totals are not the agent's, and its records are read anyway.
 */
function usageFileKind(path) {
    const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    if (isTokenFileName(name))
        return sourceKindForPath(path);
    if (isAggregateFileName(name))
        return sourceKindForPath(path) === 'detection' ? undefined : 'aggregate';
    return undefined;
}
/** Paths an inventory keeps: enough to see an archive's layout, few enough for a report. */
const inventoryPaths = 20;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
function isSymlinkEntry(entry) {
    // Unix mode bits sit in the high 16 bits of the external attributes (made by a Unix zipper).
    return ((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK;
}
/** yauzl's own checks (entry names, sizes) become ArchiveErrors with a reason. */
function archiveErrorFrom(error, zipPath) {
    if (error instanceof ArchiveError)
        return error;
    const message = error instanceof Error ? error.message : String(error);
    if (/^(absolute path|invalid relative path|invalid characters in fileName)/.test(message)) {
        return new ArchiveError('unsafe-entry', `Archive '${zipPath}' has an unsafe entry name (${message})`, zipPath);
    }
    if (/end of central directory record signature not found|not a zip/i.test(message)) {
        return new ArchiveError('not-a-zip', `'${zipPath}' is not a zip archive (${message})`, zipPath);
    }
    if (/too many bytes in the stream/.test(message)) {
        return new ArchiveError('zip-bomb', `Archive '${zipPath}' has an entry larger than it declares (${message})`, zipPath);
    }
    return new ArchiveError('corrupt', `Archive '${zipPath}' cannot be read (${message})`, zipPath);
}
async function checkArchiveFile(zipPath, limits) {
    let size;
    try {
        size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(zipPath)).size;
    }
    catch (error) {
        const code = error.code ?? String(error);
        throw new ArchiveError('unreadable', `Cannot read archive '${zipPath}' (${code})`, zipPath);
    }
    if (size > limits.maxArchiveBytes) {
        throw new ArchiveError('too-large', `Archive '${zipPath}' is ${size} bytes, over the limit of ${limits.maxArchiveBytes} bytes`, zipPath);
    }
    // A zip starts with a local file header (PK\x03\x04) or, when empty, the end record (PK\x05\x06).
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(zipPath, 'r');
    try {
        const head = Buffer.alloc(4);
        const { bytesRead } = await handle.read(head, 0, 4, 0);
        const magic = head.readUInt32LE(0);
        if (bytesRead < 4 || (magic !== 0x04034b50 && magic !== 0x06054b50)) {
            throw new ArchiveError('not-a-zip', `'${zipPath}' is not a zip archive (it does not start with PK)`, zipPath);
        }
    }
    finally {
        await handle.close();
    }
}
/** yauzl is loaded with the first zip: a report of token files alone (the CLI's usual input) never needs it. */
async function openZip(zipPath) {
    const { open } = (await __webpack_require__.e(/* import() */ 663).then(__webpack_require__.t.bind(__webpack_require__, 20663, 19))).default;
    return new Promise((resolve, reject) => {
        open(zipPath, { lazyEntries: true, autoClose: false }, (error, zipfile) => {
            if (error || !zipfile)
                reject(archiveErrorFrom(error, zipPath));
            else
                resolve(zipfile);
        });
    });
}
/** Visits entries in order; `visit` returns false to stop early. The zip is left open for the caller to close. */
function forEachEntry(zipfile, zipPath, visit) {
    return new Promise((resolve, reject) => {
        let index = 0;
        zipfile.on('error', (error) => reject(archiveErrorFrom(error, zipPath)));
        zipfile.on('end', () => resolve());
        zipfile.on('entry', (entry) => {
            new Promise((done) => done(visit(entry, index++))).then((more) => (more ? zipfile.readEntry() : resolve()), (error) => reject(archiveErrorFrom(error, zipPath)));
        });
        zipfile.readEntry();
    });
}
/** Counts uncompressed bytes as they stream and fails the stream once the archive's budget is spent. */
class UnzippedByteBudget {
    limit;
    zipPath;
    used = 0;
    constructor(limit, zipPath) {
        this.limit = limit;
        this.zipPath = zipPath;
    }
    /**
     * A pass-through that checks one entry: never more than the archive's budget, never more than the entry
     * declares (a zip bomb may lie in its headers), and not less either (a truncated entry).
     */
    meter(entryName, declared) {
        const zipPath = this.zipPath;
        let entryBytes = 0;
        const charge = (bytes) => {
            this.used += bytes;
            entryBytes += bytes;
            if (this.used > this.limit) {
                return new ArchiveError('zip-bomb', `Archive '${zipPath}' unpacks to more than the limit of ${this.limit} bytes`, zipPath);
            }
            if (entryBytes > declared) {
                return new ArchiveError('zip-bomb', `Archive '${zipPath}' entry '${entryName}' is larger than it declares (${declared} bytes)`, zipPath);
            }
            return null;
        };
        // A deep buffer lets zlib keep inflating (on the thread pool) while the reader parses earlier chunks.
        return new node_stream__WEBPACK_IMPORTED_MODULE_3__.Transform({
            highWaterMark: 4 * 1024 * 1024,
            transform(chunk, _encoding, callback) {
                const error = charge(chunk.length);
                if (error)
                    callback(error);
                else
                    callback(null, chunk);
            },
            flush(callback) {
                if (entryBytes === declared)
                    callback();
                else
                    callback(new ArchiveError('corrupt', `Archive '${zipPath}' entry '${entryName}' is truncated`, zipPath));
            },
        });
    }
}
/**
 * The entry's bytes, inflated here rather than by yauzl: yauzl's inflater hands out 16 KiB chunks, each a round
 * trip to the thread pool, which made inflating the bottleneck (~170 MB/s); 256 KiB chunks roughly double it.
 */
function openEntryStream(zipPath, entryIndex, budget) {
    return openZip(zipPath).then(async (zipfile) => {
        let found;
        try {
            await forEachEntry(zipfile, zipPath, (entry, index) => {
                if (index !== entryIndex)
                    return true;
                found = entry;
                return false;
            });
            if (!found)
                throw new ArchiveError('corrupt', `Archive '${zipPath}' changed while being read`, zipPath);
            const entry = found;
            if (entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) {
                throw new ArchiveError('corrupt', `Archive '${zipPath}' entry '${entry.fileName}' is encrypted or uses compression method ${entry.compressionMethod}`, zipPath);
            }
            const raw = await new Promise((resolve, reject) => {
                zipfile.openReadStream(entry, { decodeFileData: false }, (error, stream) => {
                    if (error || !stream)
                        reject(archiveErrorFrom(error, zipPath));
                    else
                        resolve(stream);
                });
            });
            const meter = budget.meter(entry.fileName, entry.uncompressedSize);
            const fail = (error) => {
                meter.destroy(archiveErrorFrom(error, zipPath));
            };
            raw.on('error', fail);
            if (entry.compressionMethod === 8) {
                const inflate = (0,node_zlib__WEBPACK_IMPORTED_MODULE_4__.createInflateRaw)({ chunkSize: 256 * 1024 });
                inflate.on('error', fail);
                meter.on('close', () => {
                    raw.destroy();
                    inflate.destroy();
                });
                raw.pipe(inflate).pipe(meter);
            }
            else {
                meter.on('close', () => raw.destroy());
                raw.pipe(meter);
            }
            return meter;
        }
        finally {
            // yauzl keeps the file open until the open read streams end.
            zipfile.close();
        }
    });
}
/**
 * The token-usage files inside a zip artifact, found anywhere in it. Entries are streamed when a source is opened,
 * never extracted to disk, so no entry name can write outside anything. Refuses (ArchiveError) an archive over the
 * size limits, with too many entries, with an unsafe entry name (`..`, absolute), or that is not a zip; symlink
 * entries are ignored. Uncompressed bytes are counted as they stream, across the archive's sources, so a zip bomb
 * (or an entry lying about its size) stops at `maxUnzippedBytes`.
 */
async function tokenFileSourcesInZip(zipPath, limits = defaultArchiveLimits, displayName = zipPath) {
    await checkArchiveFile(zipPath, limits);
    const zipfile = await openZip(zipPath);
    const found = [];
    const inspected = { entries: 0, paths: [] };
    try {
        if (zipfile.entryCount > limits.maxEntries) {
            throw new ArchiveError('too-many-entries', `Archive '${zipPath}' has ${zipfile.entryCount} entries, over the limit of ${limits.maxEntries}`, zipPath);
        }
        let declared = 0;
        await forEachEntry(zipfile, zipPath, (entry, index) => {
            declared += entry.uncompressedSize;
            if (declared > limits.maxUnzippedBytes) {
                throw new ArchiveError('zip-bomb', `Archive '${zipPath}' declares more than ${limits.maxUnzippedBytes} unzipped bytes`, zipPath);
            }
            const name = entry.fileName;
            if (name.endsWith('/') || isSymlinkEntry(entry))
                return true;
            inspected.entries++;
            if (inspected.paths.length < inventoryPaths)
                inspected.paths.push(name);
            const kind = usageFileKind(name);
            if (kind !== undefined)
                found.push({ name, index, kind });
            return true;
        });
    }
    finally {
        zipfile.close();
    }
    const budget = new UnzippedByteBudget(limits.maxUnzippedBytes, zipPath);
    const sources = found.map(({ name, index, kind }) => ({
        name: `${displayName}!/${name}`,
        kind,
        open: () => openEntryStream(zipPath, index, budget),
    }));
    return Object.assign(sources, { inspected });
}
/** Usage files (token files, `agent_usage.json`) and zip archives under `dir`, sorted; symlinks are not followed. */
async function findTokenFilesAndZips(dir) {
    const tokenFiles = [];
    const zips = [];
    const otherJsonl = [];
    const walk = async (absolute, relative) => {
        const entries = [];
        for await (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.opendir)(absolute))
            entries.push(entry);
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(absolute, entry.name);
            const rel = relative === '' ? entry.name : `${relative}/${entry.name}`;
            if (entry.isDirectory())
                await walk(path, rel);
            else if (entry.isFile()) {
                if (usageFileKind(rel) !== undefined)
                    tokenFiles.push({ relativePath: rel, path });
                else if (entry.name.toLowerCase().endsWith('.zip'))
                    zips.push({ relativePath: rel, path });
                else if (entry.name.toLowerCase().endsWith('.jsonl'))
                    otherJsonl.push({ relativePath: rel, path });
            }
        }
    };
    await walk(dir, '');
    return { tokenFiles, zips, otherJsonl };
}
/** A token file on disk as a source; `kind` comes from the path below the search root, not the root itself. */
function fileSource(path, name = path, kind = 'agent') {
    // 1 MiB reads: fewer, larger chunks for the line splitter.
    return { name, kind, open: async () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: 1024 * 1024 }) };
}
/** The same discovery as in a zip, on a directory tree, including the zips found in it. */
async function tokenFileSourcesInDirectory(dir, limits = defaultArchiveLimits) {
    const { tokenFiles, zips } = await findTokenFilesAndZips(dir);
    const sources = tokenFiles.map((f) => fileSource(f.path, join(dir, f.relativePath), usageFileKind(f.relativePath)));
    const inventories = [];
    for (const zip of zips) {
        const inZip = await tokenFileSourcesInZip(zip.path, limits, join(dir, zip.relativePath));
        sources.push(...inZip);
        inventories.push(inZip.inspected);
    }
    return inventories.length > 0 ? Object.assign(sources, { inspected: mergeInventories(inventories) }) : sources;
}
/** One inventory of several archives searched for one run. */
function mergeInventories(inventories) {
    const paths = [];
    let entries = 0;
    for (const inventory of inventories) {
        entries += inventory.entries;
        for (const path of inventory.paths)
            if (paths.length < inventoryPaths)
                paths.push(path);
    }
    return { entries, paths };
}


/***/ }),

/***/ 64684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ MAX_TOKENS_PER_RECORD),
/* harmony export */   E: () => (/* binding */ isPlainValidRecord)
/* harmony export */ });
/**
 * More tokens than this in one response is no real call (today's largest context windows hold a few million): an
 * edited or corrupt line, skipped as `schema`, so that sums of records stay within what a report's data block holds.
 */
const MAX_TOKENS_PER_RECORD = 1e12;
function isTokenCount(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_TOKENS_PER_RECORD;
}
function isOptionalString(value) {
    return value === undefined || typeof value === 'string';
}
/**
 * The hot-path check: true only for values the zod schema certainly accepts, so a record that passes it is used
 * without running zod. Anything else goes through `usageRecordSchema` (which has the last word and the message).
 */
function isPlainValidRecord(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    const r = value;
    const provider = r.provider;
    const model = r.model;
    const duration = r.duration_ms;
    const status = r.status;
    const streaming = r.streaming;
    const responseBytes = r.response_bytes;
    return (typeof provider === 'string' &&
        provider.length > 0 &&
        typeof model === 'string' &&
        model.length > 0 &&
        isTokenCount(r.input_tokens) &&
        isTokenCount(r.output_tokens) &&
        isTokenCount(r.cache_read_tokens) &&
        isTokenCount(r.cache_write_tokens) &&
        (duration === undefined || (typeof duration === 'number' && duration >= 0 && Number.isFinite(duration))) &&
        (status === undefined || (typeof status === 'number' && Number.isSafeInteger(status))) &&
        (streaming === undefined || typeof streaming === 'boolean') &&
        (responseBytes === undefined || isTokenCount(responseBytes)) &&
        isOptionalString(r.timestamp) &&
        isOptionalString(r.request_id) &&
        isOptionalString(r._schema) &&
        isOptionalString(r.event) &&
        isOptionalString(r.path) &&
        // Newer records: usually absent, so each check is one comparison with undefined.
        (r.reasoning_tokens === undefined || isTokenCount(r.reasoning_tokens)) &&
        (r.input_tokens_include_cache === undefined || typeof r.input_tokens_include_cache === 'boolean') &&
        (r.ai_credits_this_response === undefined || isCredits(r.ai_credits_this_response)) &&
        isOptionalString(r.ai_credits_pricing_source) &&
        (r.ai_credits_fallback_pricing_used === undefined || typeof r.ai_credits_fallback_pricing_used === 'boolean') &&
        isOptionalString(r.purpose) &&
        isOptionalString(r.x_initiator) &&
        (r.model_fallback === undefined || isPlainFallback(r.model_fallback)));
}
function isCredits(value) {
    return typeof value === 'number' && value >= 0 && Number.isFinite(value);
}
function isPlainFallback(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    const f = value;
    return isOptionalString(f.requested_model) && isOptionalString(f.reason);
}


/***/ }),

/***/ 44445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ ValueCounter),
/* harmony export */   BR: () => (/* binding */ FallbackTally),
/* harmony export */   IN: () => (/* binding */ byFallbackRequests)
/* harmony export */ });
/* harmony import */ var _model_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39576);
/** Counters of the per-record facts a run summary keeps beside its token sums. */

/** Counts the values of one string field, cheaply for the usual run of equal values (one version per file). */
class ValueCounter {
    counts = {};
    #last;
    #pending = 0;
    add(value) {
        if (value === this.#last) {
            this.#pending++;
            return;
        }
        this.#flush();
        this.#last = value;
        this.#pending = 1;
    }
    #flush() {
        if (this.#last !== undefined)
            this.counts[this.#last] = (this.counts[this.#last] ?? 0) + this.#pending;
    }
    result() {
        this.#flush();
        this.#last = undefined;
        this.#pending = 0;
        return this.counts;
    }
}
/** Fallback pairs by requests, most first; ties by name so the order is stable. */
function byFallbackRequests(a, b) {
    return b.requests - a.requests || a.requested.localeCompare(b.requested) || a.served.localeCompare(b.served);
}
/** Requested → served pairs and reasons of the agent's fallback requests. */
class FallbackTally {
    requests = 0;
    byReason = {};
    #pairs = new Map();
    add(fallback, servedCanonical) {
        this.requests++;
        const reason = fallback.reason ?? 'unknown';
        this.byReason[reason] = (this.byReason[reason] ?? 0) + 1;
        const requested = fallback.requested_model !== undefined ? (0,_model_name_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalModelName */ .V)(fallback.requested_model) : 'unknown';
        const key = `${requested}\u0000${servedCanonical}`;
        const pair = this.#pairs.get(key);
        if (pair)
            pair.requests++;
        else
            this.#pairs.set(key, { requested, served: servedCanonical, requests: 1 });
    }
    result() {
        return {
            requests: this.requests,
            byReason: this.byReason,
            pairs: [...this.#pairs.values()].sort(byFallbackRequests),
        };
    }
}


/***/ }),

/***/ 93707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mq: () => (/* binding */ emptyRecordFacts),
/* harmony export */   QU: () => (/* binding */ UNDATED_PERIOD),
/* harmony export */   WW: () => (/* binding */ summaryWithoutUsage),
/* harmony export */   av: () => (/* binding */ emptyCostByType),
/* harmony export */   lw: () => (/* binding */ emptySkipCounts),
/* harmony export */   mx: () => (/* binding */ hasUsageData),
/* harmony export */   oq: () => (/* binding */ emptyModelUsage),
/* harmony export */   u8: () => (/* binding */ summaryHasUsageData),
/* harmony export */   x3: () => (/* binding */ emptyTokenCounts),
/* harmony export */   z1: () => (/* binding */ byPeriod)
/* harmony export */ });
/**
 * Per-run summaries: the unit of work, of caching and of the hidden data block in a report.
 * Everything downstream (analysis, reports, trends) is computed from these, never from raw records.
 */
/** The period of records without a readable timestamp, and of a totals-only run's usage. */
const UNDATED_PERIOD = 'undated';
/** Periods in time order (their keys sort so), `undated` last. */
function byPeriod(a, b) {
    if (a === b)
        return 0;
    if (a === UNDATED_PERIOD)
        return 1;
    if (b === UNDATED_PERIOD)
        return -1;
    return a < b ? -1 : 1;
}
/**
 * Whether a run has usage data: the one meaning of "has data", for the report's counts, the step outputs, the
 * baseline and the list of runs without data. A run has data when it read requests, or when it is a totals-only run
 * (`analysed-totals`: known by its agent_usage.json, whose totals carry no request count) whose totals say
 * something; gh-aw's explicit zero evidence (no token, no credit) is a run that used nothing. A run whose records
 * were all filtered out or all duplicates read no request: it has no data, whatever its state.
 */
function hasUsageData(run) {
    return run.requests > 0 || (run.state === 'analysed-totals' && (run.totalTokens > 0 || (run.aiCredits ?? 0) > 0));
}
/** hasUsageData of a run summary, from its agent model rows. */
function summaryHasUsageData(run) {
    let requests = 0;
    let totalTokens = 0;
    let aiCredits = 0;
    for (const m of run.models) {
        requests += m.requests;
        totalTokens += m.inputTokens + m.outputTokens + m.cacheReadTokens + m.cacheWriteTokens;
        aiCredits += m.aiCredits ?? 0;
    }
    return hasUsageData({ state: run.state, requests, totalTokens, aiCredits });
}
/** The summary of a run that yielded no usage, in `state`, with its detail (an error message…) when it has one. */
function summaryWithoutUsage(run, state, detail) {
    return {
        ...run,
        state,
        ...(detail !== undefined ? { stateDetail: detail } : {}),
        models: [],
        detection: [],
        durationsMs: [],
        skipped: emptySkipCounts(),
        ...emptyRecordFacts(),
    };
}
/** The per-record facts of a run without records: no routing, no fallbacks, nothing counted. */
function emptyRecordFacts() {
    return {
        routing: [],
        fallbacks: { requests: 0, byReason: {}, pairs: [] },
        pricingSources: {},
        fallbackPricingRequests: 0,
        initiators: { user: 0, agent: 0 },
        schemaVersions: {},
    };
}
/** A model's usage before any request is added. */
function emptyModelUsage(provider, model) {
    return {
        provider,
        model,
        requests: 0,
        ...emptyTokenCounts(),
        durationMsTotal: 0,
        costUsd: 0,
        cost: emptyCostByType(),
        unpricedRequests: 0,
        reasoningTokens: 0,
        aiCredits: null,
        aiCreditsRequests: 0,
    };
}
function emptyTokenCounts() {
    return { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 };
}
function emptyCostByType() {
    return { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
}
function emptySkipCounts() {
    return { invalidLines: 0, byReason: {}, examples: [], duplicateRecords: 0, filteredRecords: 0 };
}


/***/ }),

/***/ 12081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ summariseRun)
});

// UNUSED EXPORTS: maxDurationsKept

;// CONCATENATED MODULE: ./src/usage/aggregate-usage.ts
/** `agent_usage.json` is a few hundred bytes; anything this large is not one. */
const maxAggregateBytes = 1024 * 1024;
/** A total and its aggregate differ when they are more than 1% apart (and more than rounding: AIC has 3 decimals). */
function differs(aggregate, records, slack) {
    return Math.abs(aggregate - records) > Math.max(slack, 0.01 * Math.max(Math.abs(aggregate), Math.abs(records)));
}
function emptyRawTotals() {
    return {
        inputTokens: 0,
        outputTokens: 0,
        cacheReadTokens: 0,
        cacheWriteTokens: 0,
        aiCredits: 0,
        aiCreditsRequests: 0,
    };
}
/**
 * The totals the aggregate and the records disagree on. The writer sums every record of the agent's token files;
 * whether it leaves routing calls out has changed between versions, so a total matching either sum agrees.
 */
function aggregateMismatches(aggregate, agent, routing) {
    const mismatches = [];
    const check = (field, value, own, router, slack) => {
        if (differs(value, own, slack) && differs(value, own + router, slack)) {
            mismatches.push({ field, aggregate: value, records: own + router });
        }
    };
    check('inputTokens', aggregate.inputTokens, agent.inputTokens, routing.inputTokens, 0);
    check('outputTokens', aggregate.outputTokens, agent.outputTokens, routing.outputTokens, 0);
    check('cacheReadTokens', aggregate.cacheReadTokens, agent.cacheReadTokens, routing.cacheReadTokens, 0);
    check('cacheWriteTokens', aggregate.cacheWriteTokens, agent.cacheWriteTokens, routing.cacheWriteTokens, 0);
    // Records without AIC leave the writer to compute its own, which is not ours to check.
    if (aggregate.aiCredits !== null && agent.aiCreditsRequests + routing.aiCreditsRequests > 0) {
        check('aiCredits', aggregate.aiCredits, agent.aiCredits, routing.aiCredits, 0.001);
    }
    return mismatches;
}
async function readAll(stream, limit) {
    const chunks = [];
    let bytes = 0;
    for await (const chunk of stream) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        bytes += buf.length;
        if (bytes > limit)
            return null;
        chunks.push(buf);
    }
    return Buffer.concat(chunks, bytes).toString('utf8');
}
/** Adds one record, as written (input not normalised), to raw totals. */
function addRawTotals(raw, record) {
    raw.inputTokens += record.input_tokens;
    raw.outputTokens += record.output_tokens;
    raw.cacheReadTokens += record.cache_read_tokens;
    raw.cacheWriteTokens += record.cache_write_tokens;
    const credits = record.ai_credits_this_response;
    if (credits !== undefined) {
        raw.aiCredits += credits;
        raw.aiCreditsRequests++;
    }
}
/**
 * Reads one `agent_usage.json`: its totals (use `cross-check` until the caller decides) and the provider an older
 * harness wrote, or why it was skipped (too large, not JSON, a total that is not a count).
 */
async function readAggregateUsage(source) {
    const text = await readAll(await source.open(), maxAggregateBytes);
    if (text === null) {
        return { skip: { reason: 'line-too-long', detail: `over ${maxAggregateBytes} bytes, not an agent_usage.json` } };
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { skip: { reason: 'invalid-json', detail: `not JSON: ${error.message}`.slice(0, 120) } };
    }
    // A dynamic import: the schema brings zod, which a report of token files alone does not load (summarise-run.ts).
    const { aggregateUsageSchema, describeSchemaFailure } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(948)]).then(__webpack_require__.bind(__webpack_require__, 85948));
    const parsed = aggregateUsageSchema.safeParse(value);
    if (!parsed.success)
        return { skip: { reason: 'schema', detail: describeSchemaFailure(parsed.error) } };
    const file = parsed.data;
    const primaryModel = file.primary_model?.trim() || file.model?.trim() || undefined;
    return {
        aggregate: {
            file: source.name,
            use: 'cross-check',
            inputTokens: file.input_tokens ?? 0,
            outputTokens: file.output_tokens ?? 0,
            cacheReadTokens: file.cache_read_tokens ?? 0,
            cacheWriteTokens: file.cache_write_tokens ?? 0,
            reasoningTokens: file.reasoning_tokens ?? 0,
            aiCredits: file.ai_credits ?? null,
            ...(primaryModel !== undefined ? { primaryModel } : {}),
            mismatches: [],
        },
        provider: file.provider?.trim() || undefined,
    };
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/usage/jsonl-lines.ts

/**
 * Streaming JSONL line splitter. Works on bytes: a line is decoded only when it is complete and within
 * `maxLineBytes`; a longer line is skipped as it streams past (never buffered whole). Handles CRLF, a UTF-8 BOM on
 * the first line, blank lines and a last line without its newline (a writer killed mid-line).
 */
const defaultMaxLineBytes = 1024 * 1024;
const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const OPEN_BRACE = 123;
const regionBytes = 64 * 1024;
async function readJsonlLines(stream, handlers, maxLineBytes = defaultMaxLineBytes) {
    const splitter = new LineSplitter(handlers, maxLineBytes);
    for await (const chunk of stream) {
        splitter.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    }
    return splitter.end();
}
/** The splitter's state between chunks: the counts, and the line that a chunk left unfinished. */
class LineSplitter {
    handlers;
    maxLineBytes;
    counts = { lines: 0, blankLines: 0, tooLongLines: 0 };
    /** Bytes of the current line seen in earlier chunks (only while it is within the limit). */
    carry = [];
    carryBytes = 0;
    /** The current line is over the limit: its bytes are counted and dropped until the next newline. */
    skipping = false;
    skippedBytes = 0;
    constructor(handlers, maxLineBytes) {
        this.handlers = handlers;
        this.maxLineBytes = maxLineBytes;
    }
    /** One chunk: the end of a line begun earlier, then every complete line, then the start of the next. */
    push(buf) {
        let pos = this.skipping || this.carryBytes > 0 ? this.finishCarried(buf) : 0;
        if (!this.skipping && this.carryBytes === 0)
            pos = this.completeLines(buf, pos);
        if (pos < buf.length)
            this.keepRest(buf, pos);
    }
    /** The last line, without its newline (a writer killed mid-line), then the counts. */
    end() {
        if (this.skipping) {
            this.counts.lines++;
            this.tooLong(this.skippedBytes);
        }
        else if (this.carryBytes > 0) {
            this.counts.lines++;
            const line = Buffer.concat(this.carry, this.carryBytes);
            this.emit(line, 0, line.length, true);
        }
        return this.counts;
    }
    /** The end of a line begun in an earlier chunk; returns where the chunk's own lines start. */
    finishCarried(buf) {
        const nl = buf.indexOf(NEWLINE);
        if (nl === -1)
            return 0;
        this.counts.lines++;
        if (this.skipping) {
            this.tooLong(this.skippedBytes + nl);
            this.skipping = false;
            this.skippedBytes = 0;
        }
        else {
            const length = this.carryBytes + nl;
            if (length > this.maxLineBytes) {
                this.tooLong(length);
            }
            else {
                this.carry.push(buf.subarray(0, nl));
                const line = Buffer.concat(this.carry, length);
                this.emit(line, 0, line.length, false);
            }
            this.carry = [];
            this.carryBytes = 0;
        }
        return nl + 1;
    }
    /**
     * Every complete line of the chunk from `pos`; returns where the unfinished rest starts. The hot path checks the
     * region is ASCII (as real files are; SIMD fast), decodes it once as latin1 (a plain copy) and slices lines from
     * it: chars are bytes there. Anything else goes byte by byte through the UTF-8 decoder.
     */
    completeLines(buf, pos) {
        const last = buf.lastIndexOf(NEWLINE);
        while (last >= pos) {
            // Regions of at most 64 KiB: their strings stay in V8's young generation instead of piling up in the
            // large-object space, which kept peak RSS ~30 MB higher on a 1 GB file.
            let end = last;
            if (last - pos >= regionBytes) {
                end = buf.lastIndexOf(NEWLINE, pos + regionBytes);
                if (end < pos)
                    end = buf.indexOf(NEWLINE, pos + regionBytes);
            }
            const region = buf.subarray(pos, end + 1);
            if (this.counts.lines > 0 && (0,external_node_buffer_.isAscii)(region)) {
                const text = region.toString('latin1');
                let i = 0;
                while (i < text.length) {
                    const nl = text.indexOf('\n', i);
                    this.counts.lines++;
                    this.emitText(text, i, nl);
                    i = nl + 1;
                }
            }
            else {
                this.emitBytes(buf, pos, end);
            }
            pos = end + 1;
        }
        return pos;
    }
    /** The unfinished rest of a chunk: kept for the next one, or skipped once the line is over the limit. */
    keepRest(buf, pos) {
        const rest = buf.length - pos;
        if (this.skipping) {
            this.skippedBytes += rest;
        }
        else if (this.carryBytes + rest > this.maxLineBytes) {
            this.skipping = true;
            this.skippedBytes = this.carryBytes + rest;
            this.carry = [];
            this.carryBytes = 0;
        }
        else {
            // Copy: a view would keep the whole (up to 1 MiB) chunk alive.
            this.carry.push(Buffer.from(buf.subarray(pos)));
            this.carryBytes += rest;
        }
    }
    emit(buf, start, end, unterminated) {
        const lineNumber = this.counts.lines;
        if (end > start && buf[end - 1] === CARRIAGE_RETURN)
            end--;
        let text = buf.toString('utf8', start, end);
        if (lineNumber === 1 && text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        if (text.charCodeAt(0) !== OPEN_BRACE && text.trim() === '') {
            this.counts.blankLines++;
            return;
        }
        this.handlers.onLine(text, lineNumber, unterminated);
    }
    tooLong(bytes) {
        this.counts.tooLongLines++;
        this.handlers.onTooLong?.(this.counts.lines, bytes);
    }
    /** A line found in a decoded region where chars and bytes correspond one to one. */
    emitText(text, start, end) {
        if (end - start > this.maxLineBytes) {
            this.tooLong(end - start);
            return;
        }
        if (end > start && text.charCodeAt(end - 1) === CARRIAGE_RETURN)
            end--;
        const line = text.slice(start, end);
        // A record starts with `{`, so only other lines need the trim that tells a blank one.
        if (text.charCodeAt(start) !== OPEN_BRACE && line.trim() === '')
            this.counts.blankLines++;
        else
            this.handlers.onLine(line, this.counts.lines, false);
    }
    /** Lines in buf[pos, last], `last` being a newline, byte by byte. */
    emitBytes(buf, pos, last) {
        while (pos <= last) {
            const nl = buf.indexOf(NEWLINE, pos);
            this.counts.lines++;
            if (nl - pos > this.maxLineBytes)
                this.tooLong(nl - pos);
            else
                this.emit(buf, pos, nl, false);
            pos = nl + 1;
        }
    }
}

// EXTERNAL MODULE: ./src/usage/model-name.ts
var model_name = __webpack_require__(39576);
// EXTERNAL MODULE: ./src/usage/normalise.ts
var normalise = __webpack_require__(74417);
// EXTERNAL MODULE: ./src/usage/provider-names.ts
var provider_names = __webpack_require__(63663);
// EXTERNAL MODULE: ./src/usage/record-precheck.ts
var record_precheck = __webpack_require__(64684);
// EXTERNAL MODULE: ./src/usage/record-tallies.ts
var record_tallies = __webpack_require__(44445);
;// CONCATENATED MODULE: ./src/usage/request-id-set.ts
/**
 * A set of request ids that stores a 64-bit hash per id instead of the string, in typed arrays: a run with millions
 * of records (a 1 GB file) costs 16 bytes per slot instead of a JS string per id. Two ids collide with probability
 * about n²/2⁶⁵ (≈2·10⁻⁷ for 2.5 million records), an accepted risk for deduplicating copies of the same file.
 */
class RequestIdSet {
    #hi;
    #lo;
    #used;
    #mask;
    #size = 0;
    constructor(initialCapacity = 1024) {
        let capacity = 16;
        while (capacity * 0.7 < initialCapacity)
            capacity *= 2;
        this.#hi = new Uint32Array(capacity);
        this.#lo = new Uint32Array(capacity);
        this.#used = new Uint8Array(capacity);
        this.#mask = capacity - 1;
    }
    get size() {
        return this.#size;
    }
    /** Adds the id; false when it was already there. */
    add(id) {
        // Two independent 32-bit FNV-1a style hashes over UTF-16 code units.
        let h1 = 0x811c9dc5;
        let h2 = 0x01000193 ^ id.length;
        for (let i = 0; i < id.length; i++) {
            const c = id.charCodeAt(i);
            h1 = Math.imul(h1 ^ c, 0x01000193);
            h2 = Math.imul(h2 ^ c, 0x5bd1e995);
            h2 ^= h2 >>> 15;
        }
        h1 >>>= 0;
        h2 >>>= 0;
        return this.#insert(h1, h2);
    }
    #insert(h1, h2) {
        let slot = (h1 ^ Math.imul(h2, 0x9e3779b1)) & this.#mask;
        for (;;) {
            if (this.#used[slot] === 0)
                break;
            if (this.#hi[slot] === h1 && this.#lo[slot] === h2)
                return false;
            slot = (slot + 1) & this.#mask;
        }
        this.#used[slot] = 1;
        this.#hi[slot] = h1;
        this.#lo[slot] = h2;
        this.#size++;
        // Linear probing stays short up to ~70% full; growing later keeps a 1 GB run at 4M slots (38 MB), not 8M.
        if (this.#size > this.#mask * 0.7)
            this.#grow();
        return true;
    }
    #grow() {
        const hi = this.#hi;
        const lo = this.#lo;
        const used = this.#used;
        const capacity = (this.#mask + 1) * 2;
        this.#hi = new Uint32Array(capacity);
        this.#lo = new Uint32Array(capacity);
        this.#used = new Uint8Array(capacity);
        this.#mask = capacity - 1;
        this.#size = 0;
        for (let i = 0; i < used.length; i++)
            if (used[i] === 1)
                this.#insert(hi[i], lo[i]);
    }
}

;// CONCATENATED MODULE: ./src/usage/seeded-random.ts
/**
 * mulberry32: a tiny seeded PRNG. Used where the same input must give the same output on every machine (the
 * duration sample of huge runs, generated examples and benchmark corpora), never for anything secret.
 */
function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

// EXTERNAL MODULE: ./src/usage/run-summary.ts
var run_summary = __webpack_require__(93707);
;// CONCATENATED MODULE: ./src/usage/summarise-run.ts










const maxSkipExamples = 5;
/** Adds one request (its normalised tokens), its price, reasoning, AI credits and duration to a model's usage. */
function addRequest(usage, pricer, tokens, record, reasoning) {
    usage.requests++;
    usage.inputTokens += tokens.inputTokens;
    usage.outputTokens += tokens.outputTokens;
    usage.cacheReadTokens += tokens.cacheReadTokens;
    usage.cacheWriteTokens += tokens.cacheWriteTokens;
    const cost = pricer ? pricer.addCost(tokens, usage.cost, record.timestamp) : Number.NaN;
    if (Number.isNaN(cost))
        usage.unpricedRequests++;
    else
        usage.costUsd += cost;
    usage.reasoningTokens += reasoning;
    const credits = record.ai_credits_this_response;
    if (credits !== undefined) {
        usage.aiCredits = (usage.aiCredits ?? 0) + credits;
        usage.aiCreditsRequests++;
    }
    const duration = record.duration_ms;
    if (duration !== undefined)
        usage.durationMsTotal += duration;
}
/**
 * Durations kept per run for latency percentiles. Real runs have hundreds of requests; a synthetic 1 GB file has
 * millions, and every kept duration also lands in caches and report data, so beyond this a uniform sample is kept
 * (reservoir sampling, seeded: the same file gives the same sample).
 */
const maxDurationsKept = 50_000;
class DurationSample {
    values = [];
    seen = 0;
    #random = seededRandom(0x9e3779b9);
    add(duration) {
        const seen = this.seen++;
        if (seen < maxDurationsKept) {
            this.values.push(duration);
            return;
        }
        const slot = Math.floor(this.#random() * (seen + 1));
        if (slot < maxDurationsKept)
            this.values[slot] = duration;
    }
}
/** Per kind (agent/detection): canonical usage per provider+model, and a cache of raw spelling → slot. */
class UsageTable {
    priceBook;
    rules;
    byCanonical = new Map();
    #slots = new Map();
    constructor(priceBook, rules) {
        this.priceBook = priceBook;
        this.rules = rules;
    }
    slotFor(provider, model) {
        let byModel = this.#slots.get(provider);
        if (!byModel) {
            byModel = new Map();
            this.#slots.set(provider, byModel);
        }
        let slot = byModel.get(model);
        if (!slot) {
            const canonical = (0,model_name/* canonicalModelName */.V)(model);
            const key = `${provider}\u0000${canonical}`;
            let usage = this.byCanonical.get(key);
            if (!usage) {
                usage = (0,run_summary/* emptyModelUsage */.oq)(provider, canonical);
                this.byCanonical.set(key, usage);
            }
            slot = {
                usage,
                pricer: this.#pricerFor(provider, model),
                inclusive: (0,normalise/* tokenSemanticsFor */.MY)(provider, this.rules) === 'inclusive',
                reasoningApart: normalise/* reasoningOutsideOutput */.Tc.has(provider),
            };
            byModel.set(model, slot);
        }
        return slot;
    }
    #pricerFor(provider, model) {
        const book = this.priceBook;
        if (book.pricerFor)
            return book.pricerFor(provider, model);
        // A PriceBook without the fast path (e.g. a test fake): adapt price() to the pricer shape.
        return {
            addCost(tokens, into, timestamp) {
                const priced = book.price(provider, model, tokens, timestamp);
                if (!priced)
                    return Number.NaN;
                into.input += priced.cost.input;
                into.output += priced.cost.output;
                into.cacheRead += priced.cost.cacheRead;
                into.cacheWrite += priced.cost.cacheWrite;
                return priced.costUsd;
            },
        };
    }
    models() {
        return [...this.byCanonical.values()].sort((a, b) => a.provider.localeCompare(b.provider) || a.model.localeCompare(b.model));
    }
}
/** The run's fields every summary carries, from its meta. */
function runBase(meta) {
    return {
        workflow: meta.workflow,
        runId: meta.runId,
        ...(meta.branch !== undefined ? { branch: meta.branch } : {}),
        ...(meta.createdAt !== undefined ? { createdAt: meta.createdAt } : {}),
        ...(meta.conclusion !== undefined ? { conclusion: meta.conclusion } : {}),
        ...(meta.url !== undefined ? { url: meta.url } : {}),
        ...(meta.artifact !== undefined ? { artifact: meta.artifact } : {}),
        ...(meta.headSha !== undefined ? { headSha: meta.headSha } : {}),
        ...(meta.event !== undefined ? { event: meta.event } : {}),
        ...(meta.pullRequests !== undefined ? { pullRequests: meta.pullRequests } : {}),
    };
}
/** What a run without usage inspected: its files, and its archives' inventory. */
function noRecordsOf(meta, sources, files) {
    return {
        ...(meta.artifact !== undefined ? { artifact: meta.artifact } : {}),
        files,
        ...(sources.inspected ? { archiveEntries: sources.inspected.entries, archivePaths: sources.inspected.paths } : {}),
    };
}
/** Bad lines, counted by reason with a few `file:line` examples. */
function skipperOf(skipped) {
    return (file, line, reason, detail) => {
        skipped.invalidLines++;
        skipped.byReason[reason] = (skipped.byReason[reason] ?? 0) + 1;
        if (skipped.examples.length < maxSkipExamples)
            skipped.examples.push({ file, line, reason, detail });
    };
}
/** Which records count: a providers filter and a time window, from the options. */
class RecordFilter {
    providers;
    since;
    until;
    active;
    constructor(options) {
        this.providers = options.providers ? new Set(options.providers.map((p) => p.toLowerCase())) : undefined;
        this.since = options.since?.getTime();
        this.until = options.until?.getTime();
        this.active = this.providers !== undefined || this.since !== undefined || this.until !== undefined;
    }
    providerSet() {
        return this.providers;
    }
    keeps(record) {
        if (this.providers !== undefined && !this.providers.has(record.provider))
            return false;
        const timestamp = record.timestamp;
        if ((this.since !== undefined || this.until !== undefined) && timestamp !== undefined) {
            const at = Date.parse(timestamp);
            if ((this.since !== undefined && at < this.since) || (this.until !== undefined && at > this.until))
                return false;
        }
        return true;
    }
}
/** Everything a run's records add up to, one record at a time. */
class RunTally {
    options;
    skipped = (0,run_summary/* emptySkipCounts */.lw)();
    skip = skipperOf(this.skipped);
    rules;
    agent;
    detection;
    routing;
    filter;
    seen = new RequestIdSet();
    periodTables;
    durations = new DurationSample();
    schemaVersions = new record_tallies/* ValueCounter */.Aw();
    pricingSources = new record_tallies/* ValueCounter */.Aw();
    fallbacks = new record_tallies/* FallbackTally */.BR();
    initiators = { user: 0, agent: 0 };
    fallbackPricingRequests = 0;
    agentRaw = emptyRawTotals();
    routingRaw = emptyRawTotals();
    // One object reused for every record: the pricer reads it, nothing keeps it.
    tokens = (0,run_summary/* emptyTokenCounts */.x3)();
    validRecords = 0;
    agentFileRecords = 0;
    firstRecordAt;
    lastRecordAt;
    constructor(options) {
        this.options = options;
        this.rules = options.normalisation ?? normalise/* defaultNormalisationRules */.Ng;
        this.agent = new UsageTable(options.priceBook, this.rules);
        this.detection = new UsageTable(options.priceBook, this.rules);
        this.routing = new UsageTable(options.priceBook, this.rules);
        this.filter = new RecordFilter(options);
        this.periodTables = options.periodOf ? new Map() : undefined;
    }
    /** Copies first: a record in two artifacts is one record, so a filtered one counts as filtered once. */
    admits(record) {
        const requestId = record.request_id;
        if (requestId !== undefined && requestId !== '' && !this.seen.add(requestId)) {
            this.skipped.duplicateRecords++;
            return false;
        }
        if (!this.filter.keeps(record)) {
            this.skipped.filteredRecords++;
            return false;
        }
        return true;
    }
    add(record, isAgent) {
        this.validRecords++;
        if (isAgent)
            this.agentFileRecords++;
        if (!this.admits(record))
            return;
        // The firewall's own router calls: their own table, never the agent's numbers.
        const isRouting = record.purpose === 'routing_classification';
        const slot = (isRouting ? this.routing : isAgent ? this.agent : this.detection).slotFor(record.provider, record.model);
        const tokens = this.normalised(record, slot);
        const reasoning = record.reasoning_tokens ?? 0;
        addRequest(slot.usage, slot.pricer, tokens, record, reasoning);
        const ownAgent = isAgent && !isRouting;
        if (ownAgent)
            this.addToPeriod(record, slot, reasoning);
        this.schemaVersions.add(record._schema ?? 'unversioned');
        if (isAgent)
            addRawTotals(isRouting ? this.routingRaw : this.agentRaw, record);
        if (ownAgent)
            this.addAgentFacts(record, slot.usage);
        const timestamp = record.timestamp;
        if (timestamp !== undefined) {
            if (this.firstRecordAt === undefined || timestamp < this.firstRecordAt)
                this.firstRecordAt = timestamp;
            if (this.lastRecordAt === undefined || timestamp > this.lastRecordAt)
                this.lastRecordAt = timestamp;
        }
    }
    normalised(record, slot) {
        const tokens = this.tokens;
        // A record that says how its input relates to its cache (newer api-proxies) overrides the provider's rule.
        const includesCache = record.input_tokens_include_cache;
        const inclusive = includesCache === undefined ? slot.inclusive : includesCache;
        tokens.inputTokens = (0,normalise/* freshInputOf */.KA)(record.input_tokens, record.cache_read_tokens, inclusive);
        // Reasoning is a part of output: added only where the provider counted it apart (Gemini).
        tokens.outputTokens = (0,normalise/* outputWithReasoning */.Ml)(record.output_tokens, record.reasoning_tokens ?? 0, slot.reasoningApart);
        tokens.cacheReadTokens = record.cache_read_tokens;
        tokens.cacheWriteTokens = record.cache_write_tokens;
        return tokens;
    }
    addToPeriod(record, slot, reasoning) {
        if (this.periodTables === undefined)
            return;
        const timestamp = record.timestamp;
        const period = (timestamp !== undefined ? this.options.periodOf(timestamp) : undefined) ?? run_summary/* UNDATED_PERIOD */.QU;
        let periodTable = this.periodTables.get(period);
        if (!periodTable) {
            periodTable = new UsageTable(this.options.priceBook, this.rules);
            this.periodTables.set(period, periodTable);
        }
        addRequest(periodTable.slotFor(record.provider, record.model).usage, slot.pricer, this.tokens, record, reasoning);
    }
    addAgentFacts(record, usage) {
        const duration = record.duration_ms;
        if (duration !== undefined)
            this.durations.add(duration);
        const fallback = record.model_fallback;
        if (fallback !== undefined)
            this.fallbacks.add(fallback, usage.model);
        const pricingSource = record.ai_credits_pricing_source;
        if (pricingSource !== undefined)
            this.pricingSources.add(pricingSource);
        if (record.ai_credits_fallback_pricing_used === true)
            this.fallbackPricingRequests++;
        const initiator = record.x_initiator;
        if (initiator === 'user')
            this.initiators.user++;
        else if (initiator === 'agent')
            this.initiators.agent++;
    }
    facts() {
        return {
            routing: this.routing.models(),
            fallbacks: this.fallbacks.result(),
            pricingSources: this.pricingSources.result(),
            fallbackPricingRequests: this.fallbackPricingRequests,
            initiators: this.initiators,
            schemaVersions: this.schemaVersions.result(),
        };
    }
    times() {
        return {
            ...(this.firstRecordAt !== undefined ? { firstRecordAt: this.firstRecordAt } : {}),
            ...(this.lastRecordAt !== undefined ? { lastRecordAt: this.lastRecordAt } : {}),
        };
    }
    /** The agent's usage per period (absent unless asked for); a totals-only run's usage has no timestamp. */
    periodsOf(models) {
        if (this.periodTables === undefined)
            return {};
        const periods = [...this.periodTables].map(([period, t]) => ({ period, models: t.models() }));
        if (periods.length === 0 && models.length > 0)
            periods.push({ period: run_summary/* UNDATED_PERIOD */.QU, models });
        return { periods: periods.sort((a, b) => (0,run_summary/* byPeriod */.z1)(a.period, b.period)) };
    }
}
/**
 * The zod schema (and zod) as a dynamic import, loaded on the first record that fails the pre-check: most files have
 * none, and loading zod is a measurable part of the CLI's start-up (BENCHMARKS.md). The work that arrives while it
 * loads waits in a queue and is done in file order once it has loaded, so the outcome is the same as with the
 * schema at hand.
 */
class LazySchema {
    schema;
    loading;
    queued = [];
    load() {
        this.loading ??= Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(948)]).then(__webpack_require__.bind(__webpack_require__, 85948)).then((schema) => {
            this.schema = schema;
        });
    }
    /** Does the work now, or after the work queued before it. */
    inOrder(work) {
        if (this.queueDone())
            work();
        else
            this.queued.push(work);
    }
    /** Queues work that needs the schema (which is loading). */
    later(work) {
        this.queued.push(work);
    }
    /** True when nothing waits: the queue is empty, or the schema has loaded and the queue has been run. */
    queueDone() {
        if (this.queued.length === 0)
            return true;
        if (this.schema === undefined)
            return false;
        for (const work of this.queued.splice(0))
            work();
        return true;
    }
    /** Waits for the schema when work is queued, and does that work. */
    async drain() {
        if (this.queued.length === 0)
            return;
        await this.loading;
        this.queueDone();
    }
}
/** Reads one token file's lines into the tally: JSON, pre-checked, else checked by the schema. */
async function readTokenFile(source, tally, lazy, maxLineBytes) {
    const file = source.name;
    const isAgent = source.kind !== 'detection';
    const withSchema = (value, line) => {
        const parsed = lazy.schema.usageRecordSchema.safeParse(value);
        if (parsed.success)
            tally.add(parsed.data, isAgent);
        else
            tally.skip(file, line, 'schema', lazy.schema.describeSchemaFailure(parsed.error));
    };
    const readLine = (text, line, unterminated) => {
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            const detail = unterminated
                ? 'truncated last line (no newline at end of file)'
                : `not JSON: ${error.message}`.slice(0, 120);
            tally.skip(file, line, 'invalid-json', detail);
            return;
        }
        if ((0,record_precheck/* isPlainValidRecord */.E)(value))
            tally.add(value, isAgent);
        else if (lazy.schema !== undefined)
            withSchema(value, line);
        else {
            lazy.load();
            lazy.later(() => withSchema(value, line));
        }
    };
    const stream = await source.open();
    await readJsonlLines(stream, {
        onLine: (text, line, unterminated) => lazy.inOrder(() => readLine(text, line, unterminated)),
        onTooLong: (line, bytes) => lazy.inOrder(() => tally.skip(file, line, 'line-too-long', `${bytes} bytes, limit ${maxLineBytes}`)),
    }, maxLineBytes);
    await lazy.drain();
}
/**
 * Reads every usage file of one run and returns its summary: records validated, normalised, deduplicated by
 * `request_id` across all files, priced one request at a time and summed per provider and canonical model.
 * The firewall's routing calls go to `routing`, the threat-detection job's usage to `detection`; neither is in
 * `models`. Bad lines are counted by reason with a few `file:line` examples. A run without per-request records but
 * with gh-aw's `agent_usage.json` is summarised from those totals (`analysed-totals`); with records, the totals are
 * a cross-check. Errors opening or reading a source (an archive limit tripping, an I/O error) are thrown for the
 * caller to record as the run's state.
 */
async function summariseRun(meta, sources, options) {
    const base = runBase(meta);
    if (sources.length === 0) {
        return { ...(0,run_summary/* summaryWithoutUsage */.WW)(base, 'no-token-file'), noRecords: noRecordsOf(meta, sources, []) };
    }
    const tally = new RunTally(options);
    const lazy = new LazySchema();
    const maxLineBytes = options.maxLineBytes ?? defaultMaxLineBytes;
    const read = {};
    const tokenFiles = [];
    for (const source of sources) {
        if (source.kind === 'aggregate') {
            const aggregate = await readAggregateUsage(source);
            if ('skip' in aggregate)
                tally.skip(source.name, 1, aggregate.skip.reason, aggregate.skip.detail);
            // Several copies (the `agent` and `usage` artifacts both carry one): the first readable one counts.
            else if (read.aggregate === undefined)
                Object.assign(read, aggregate);
            continue;
        }
        tokenFiles.push(source.name);
        await readTokenFile(source, tally, lazy, maxLineBytes);
    }
    return (totalsOnlySummary(base, tally, read, options) ??
        recordsSummary(base, tally, read.aggregate, noRecordsOf(meta, sources, tokenFiles)));
}
/** A run known only by its `agent_usage.json` (no agent record), unless the filter leaves it out. */
function totalsOnlySummary(base, tally, read, options) {
    const aggregate = read.aggregate;
    if (tally.agentFileRecords > 0 || aggregate === undefined)
        return undefined;
    const provider = read.provider ?? providerNamedBy(aggregate);
    const totals = totalsOnlyUsage(aggregate, provider, tally.filter.providerSet(), options.priceBook, tally.rules);
    if (totals === 'filtered') {
        tally.skipped.filteredRecords++;
        return undefined;
    }
    return {
        ...base,
        state: 'analysed-totals',
        models: totals.models,
        detection: tally.detection.models(),
        ...tally.facts(),
        durationsMs: [],
        skipped: tally.skipped,
        aggregate: { ...aggregate, use: 'totals', costUsd: totals.costUsd },
        ...tally.times(),
        ...tally.periodsOf(totals.models),
    };
}
/** A run summarised from its records (or without any: its state says why, and what was read). */
function recordsSummary(base, tally, aggregate, noRecords) {
    if (aggregate !== undefined && !tally.filter.active) {
        aggregate.mismatches = aggregateMismatches(aggregate, tally.agentRaw, tally.routingRaw);
    }
    // Only an aggregate that could not be read: no token file at all.
    const state = noRecords.files.length === 0 ? 'no-token-file' : tally.validRecords === 0 ? 'empty-token-file' : 'analysed';
    const durations = tally.durations;
    return {
        ...base,
        state,
        models: tally.agent.models(),
        detection: tally.detection.models(),
        ...tally.facts(),
        durationsMs: durations.values,
        ...(durations.seen > maxDurationsKept ? { durationsSampledFrom: durations.seen } : {}),
        skipped: tally.skipped,
        ...(aggregate !== undefined ? { aggregate } : {}),
        ...(state !== 'analysed' ? { noRecords } : {}),
        ...tally.times(),
        ...tally.periodsOf([]),
    };
}
/**
 * The provider of an `agent_usage.json` without `provider`, from its primary model's name as `log` infers it (a
 * `claude-…` model is anthropic's); undefined when the name says nothing, so the row stays `unknown`.
 */
function providerNamedBy(aggregate) {
    const provider = aggregate.primaryModel === undefined ? 'unknown' : (0,provider_names/* providerOfModel */.W)(aggregate.primaryModel);
    return provider === 'unknown' ? undefined : provider;
}
/**
 * The model row of a run known only by its `agent_usage.json`: the totals under the primary model (`unknown` when
 * the file names none), normalised by the file's provider when it names one, else by the one its primary model's
 * name points at (else `unknown`: nothing subtracted),
 * priced at base rates (`unpricedRuns` 1 when no price covers it). `requests` is 0: the file does not say how many
 * there were. `filtered` when a providers filter is set and the file's provider is not in it (or unknown).
 */
function totalsOnlyUsage(aggregate, provider, providers, priceBook, rules) {
    if (providers !== undefined && (provider === undefined || !providers.has(provider.toLowerCase())))
        return 'filtered';
    const tokenTotal = aggregate.inputTokens + aggregate.outputTokens + aggregate.cacheReadTokens + aggregate.cacheWriteTokens;
    // gh-aw's explicit zero evidence (`{"input_tokens":0,"output_tokens":0,"ai_credits":0}`): a run that used nothing.
    if (tokenTotal === 0 && !aggregate.aiCredits)
        return { models: [], costUsd: 0 };
    const table = new UsageTable(priceBook, rules);
    const slot = table.slotFor(provider ?? 'unknown', aggregate.primaryModel ?? 'unknown');
    const usage = slot.usage;
    const tokens = {
        inputTokens: (0,normalise/* freshInputOf */.KA)(aggregate.inputTokens, aggregate.cacheReadTokens, slot.inclusive),
        outputTokens: (0,normalise/* outputWithReasoning */.Ml)(aggregate.outputTokens, aggregate.reasoningTokens, slot.reasoningApart),
        cacheReadTokens: aggregate.cacheReadTokens,
        cacheWriteTokens: aggregate.cacheWriteTokens,
    };
    Object.assign(usage, tokens);
    usage.reasoningTokens = aggregate.reasoningTokens;
    usage.aiCredits = aggregate.aiCredits;
    let costUsd = null;
    if (tokenTotal === 0)
        costUsd = 0;
    else if (slot.pricer) {
        const cost = slot.pricer.addCost(tokens, usage.cost, undefined, true);
        costUsd = Number.isNaN(cost) ? null : cost;
    }
    if (costUsd === null) {
        usage.cost = (0,run_summary/* emptyCostByType */.av)();
        // Its `requests` is 0 (unknown), so `unpricedRequests` cannot say that this cost is unknown: the run does.
        usage.unpricedRuns = 1;
    }
    else
        usage.costUsd = costUsd;
    return { models: table.models(), costUsd };
}


/***/ })

};
