export const id = 899;
export const ids = [899];
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
/* harmony export */   fe: () => (/* binding */ reportViewOf),
/* harmony export */   u6: () => (/* binding */ pricingOf),
/* harmony export */   z5: () => (/* binding */ pricingOfRows)
/* harmony export */ });
/* harmony import */ var _runs_run_state_reasons_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15344);

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
        const reason = r.state ? (0,_runs_run_state_reasons_js__WEBPACK_IMPORTED_MODULE_0__/* .runStateReason */ .D)(r.state) : r.reason.split(':')[0];
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

/***/ 23204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $e: () => (/* binding */ aiCreditsFieldsOf),
  a2: () => (/* binding */ analyseRuns),
  _B: () => (/* binding */ runHasData),
  Up: () => (/* binding */ runUsageOf)
});

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
/**
 * Whether a run has agent data: requests, or a totals-only run's totals (its rows have no request count: the
 * aggregate does not say how many there were).
 */
function runHasData(run, usage = runUsageOf(run.models)) {
    return usage.requests > 0 || (run.state === 'analysed-totals' && run.models.length > 0);
}
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
    if (run.stateDetail !== undefined)
        metrics.stateDetail = run.stateDetail;
    return metrics;
}
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
        if (runHasData(run, usage)) {
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
    const hasData = (r) => r.requests > 0 || r.state === 'analysed-totals';
    // Runs with data by cost, highest first; runs without data after them, newest first.
    runDetails.sort((a, b) => Number(hasData(b)) - Number(hasData(a)) ||
        b.costUsd - a.costUsd ||
        (b.createdAt ?? '').localeCompare(a.createdAt ?? '') ||
        a.runId.localeCompare(b.runId));
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
        avgLatencyMs: requests > 0 ? durationMsTotal / requests : null,
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
    const facts = sumRecordFacts(runs.map(recordFactsOf));
    metrics.reasoningTokens = reasoningTokensOf(metrics.models);
    Object.assign(metrics, aiCreditsFieldsOf(metrics.models), aiCreditsRepricingOf(runs.flatMap((r) => r.models)));
    metrics.routing = routingTotalsOf(runs);
    metrics.fallbacks = fallbackMetricsOf(facts);
    metrics.initiators = facts.initiators;
    metrics.aiCreditsPricing = { sources: facts.pricingSources, fallbackPricingRequests: facts.fallbackPricingRequests };
    metrics.runsTotalsOnly = runsTotalsOnly;
    const workflowFlags = (0,flags/* flagsFor */.tb)(metrics, thresholds);
    // Weighed by what they cost: a warning about little money reads as info (flag-weight.ts).
    metrics.flags = (0,flag_weight/* weighFlags */.EQ)([
        ...workflowFlags,
        ...(0,flags/* modelFlagsFor */.m2)(metrics.models, workflowFlags, thresholds, name),
        ...(0,flags/* modelFallbackFlagFor */.fP)({ name, requests, fallbacks: metrics.fallbacks }, thresholds),
    ], metrics);
    return metrics;
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
    const thresholds = options.thresholds ?? flags/* DEFAULT_FLAG_THRESHOLDS */.cy;
    const maxSkipExamples = options.maxSkipExamples ?? 10;
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
    const allModels = new model_metrics/* ModelMetricsAccumulator */.f();
    for (const run of runs)
        allModels.addAll(run.models);
    const models = allModels.result();
    const totalsTokens = (0,run_summary/* emptyTokenCounts */.x3)();
    const totalsCost = (0,run_summary/* emptyCostByType */.av)();
    let requests = 0;
    let costUsd = 0;
    const providers = new Map();
    for (const m of models) {
        (0,token_metrics/* addTokenCounts */.xI)(totalsTokens, m);
        (0,usage_sums/* addCostByType */.Ou)(totalsCost, m.cost);
        requests += m.requests;
        costUsd += m.costUsd;
        const p = providers.get(m.provider) ?? { provider: m.provider, requests: 0, totalTokens: 0, costUsd: 0 };
        p.requests += m.requests;
        p.totalTokens += (0,token_metrics/* totalTokensOf */.WV)(m);
        p.costUsd += m.costUsd;
        providers.set(m.provider, p);
    }
    const skipped = {
        invalidLines: 0,
        duplicateRecords: 0,
        filteredRecords: 0,
        byReason: {},
        examples: [],
    };
    const runsWithoutData = [];
    const unpriced = new Map();
    let first = null;
    let last = null;
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
        if (!runHasData(run)) {
            runsWithoutData.push({ workflow: run.workflow, runId: run.runId, reason: (0,run_state_reasons/* noDataReasonOf */.z)(run), state: run.state });
        }
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
        if (run.firstRecordAt && (first === null || Date.parse(run.firstRecordAt) < Date.parse(first))) {
            first = run.firstRecordAt;
        }
        if (run.lastRecordAt && (last === null || Date.parse(run.lastRecordAt) > Date.parse(last))) {
            last = run.lastRecordAt;
        }
    }
    const facts = sumRecordFacts(runs.map(recordFactsOf));
    const aggregateMismatches = [];
    const noRecords = [];
    for (const run of runs) {
        const mismatches = run.aggregate?.use === 'cross-check' ? run.aggregate.mismatches : [];
        if (run.aggregate && mismatches.length > 0) {
            aggregateMismatches.push({
                workflow: run.workflow,
                runId: run.runId,
                file: run.aggregate.file,
                mismatches: mismatches.map((m) => ({ ...m })),
            });
        }
        if (run.noRecords && !runHasData(run)) {
            noRecords.push({
                workflow: run.workflow,
                runId: run.runId,
                state: run.state,
                ...((run.noRecords.artifact ?? run.artifact) ? { artifact: run.noRecords.artifact ?? run.artifact } : {}),
                files: [...run.noRecords.files],
                ...(run.noRecords.archiveEntries !== undefined ? { archiveEntries: run.noRecords.archiveEntries } : {}),
                ...(run.noRecords.archivePaths ? { archivePaths: [...run.noRecords.archivePaths] } : {}),
            });
        }
    }
    return {
        schemaVersion: 1,
        window: { since: isoOrNull(options.window?.since), until: isoOrNull(options.window?.until) },
        totals: {
            runs: runs.length,
            runsWithData: workflows.reduce((n, w) => n + w.runsWithData, 0),
            requests,
            ...totalsTokens,
            totalTokens: (0,token_metrics/* totalTokensOf */.WV)(totalsTokens),
            costUsd,
            cacheHitRate: (0,token_metrics/* cacheHitRateOf */.Pl)(totalsTokens),
            ioRatio: (0,token_metrics/* ioRatioOf */.bh)(totalsTokens),
            fullPriceTokens: (0,token_metrics/* fullPriceTokensOf */.A_)(totalsTokens),
            cacheWriteRate: (0,token_metrics/* cacheWriteRateOf */.HI)(totalsTokens),
            cost: totalsCost,
            reasoningTokens: reasoningTokensOf(models),
            ...aiCreditsFieldsOf(models),
            ...aiCreditsRepricingOf(runs.flatMap((r) => r.models)),
            runsTotalsOnly: workflows.reduce((n, w) => n + (w.runsTotalsOnly ?? 0), 0),
        },
        workflows,
        models,
        providers: [...providers.values()].sort((a, b) => b.costUsd - a.costUsd || b.requests - a.requests),
        runsWithoutData,
        skipped,
        unpricedModels: [...unpriced.values()].sort((a, b) => b.requests - a.requests || a.model.localeCompare(b.model)),
        detection: detectionTotalsOf(runs),
        dataRange: { first, last },
        routing: routingTotalsOf(runs),
        fallbacks: fallbackMetricsOf(facts),
        aiCreditsPricing: { sources: facts.pricingSources, fallbackPricingRequests: facts.fallbackPricingRequests },
        schemaVersions: facts.schemaVersions,
        aggregateMismatches,
        noRecords,
    };
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
            avgLatencyMs: m.requests > 0 ? durationMsTotal / m.requests : null,
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
/* harmony import */ var _github_artifact_download_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68245);
/* harmony import */ var _usage_archive_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12965);
/**
 * The one mapping from an error that stopped a run's usage from being read to the state the run is reported in.
 * The collector (downloads) and the local pipeline (files and zips on disk) both use it, so a failure reads the
 * same in the action and the CLI.
 */


/**
 * States of a run whose usage may still be read later: the download failed for a reason that can pass (a 5xx, a
 * timeout, a truncated blob, a rate limit) or the API budget ran out before it. Such a run is not final: a report
 * carries it in its data block and the next report collects it again. Every other state ends the run's story.
 */
const statesThatMayPass = new Set(['download-failed', 'not-reached']);
function runFailureOf(error) {
    const message = error instanceof Error ? error.message : String(error);
    const failure = (state, detail = message) => ({ state, detail, stopsCollection: false });
    if (error instanceof _github_artifact_download_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtifactDownloadError */ .d) {
        if (error.reason === 'expired')
            return failure('artifact-expired');
        if (error.reason === 'integrity')
            return failure('integrity-failed');
        if (error.reason === 'rate-limited') {
            return { state: 'not-reached', detail: `API rate limit reached (${message})`, stopsCollection: true };
        }
    }
    if (error instanceof _usage_archive_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveError */ .di)
        return failure((0,_usage_archive_js__WEBPACK_IMPORTED_MODULE_1__/* .runStateOfArchiveError */ .gg)(error), `Archive ${error.reason}: ${message}`);
    return failure('download-failed');
}


/***/ }),

/***/ 26469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ withoutOldSummaries),
/* harmony export */   aZ: () => (/* binding */ NullSummaryCache),
/* harmony export */   bs: () => (/* binding */ cacheableStates),
/* harmony export */   gV: () => (/* binding */ parseSummaries),
/* harmony export */   ox: () => (/* binding */ serialiseSummaries),
/* harmony export */   r7: () => (/* binding */ runKey),
/* harmony export */   wZ: () => (/* binding */ summaryFingerprintOf)
/* harmony export */ });
/* unused harmony exports SUMMARY_CACHE_VERSION, summaryCacheFingerprint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38816);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52926);
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
const FORMAT = 'token-usage-analyzer/run-summaries';
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
const storedSummarySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    workflow: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    state: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    models: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ provider: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), requests: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig() }).passthrough()),
    detection: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({}).passthrough()),
    durationsMs: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()),
    skipped: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ invalidLines: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig() }).passthrough(),
})
    .passthrough();
const storedFileSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    format: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(FORMAT),
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    savedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    summaries: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()),
});
/** The stored text for these summaries. */
function serialiseSummaries(fingerprint, summaries, now = new Date()) {
    return JSON.stringify({
        format: FORMAT,
        version: SUMMARY_CACHE_VERSION,
        fingerprint,
        savedAt: now.toISOString(),
        summaries: Object.fromEntries(summaries),
    });
}
/**
 * Reads stored text back. Returns the summaries and a problem description when the whole entry (or some of its
 * summaries) had to be ignored; never throws.
 */
function parseSummaries(text, fingerprint) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { summaries: new Map(), problem: `not JSON (${error.message.slice(0, 80)})` };
    }
    const file = storedFileSchema.safeParse(value);
    if (!file.success)
        return { summaries: new Map(), problem: 'not a run-summaries file' };
    if (file.data.version !== SUMMARY_CACHE_VERSION) {
        return { summaries: new Map(), problem: `format version ${file.data.version}, expected ${SUMMARY_CACHE_VERSION}` };
    }
    if (file.data.fingerprint !== fingerprint) {
        return { summaries: new Map(), problem: `made with other settings (${file.data.fingerprint})` };
    }
    const summaries = new Map();
    let bad = 0;
    for (const [key, summary] of Object.entries(file.data.summaries)) {
        const parsed = storedSummarySchema.safeParse(summary);
        if (parsed.success && cacheableStates.has(parsed.data.state)) {
            summaries.set(key, parsed.data);
        }
        else
            bad++;
    }
    return bad > 0 ? { summaries, problem: `${bad} unreadable run summaries ignored` } : { summaries };
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

// EXTERNAL MODULE: ./src/collect/summary-cache.ts
var summary_cache = __webpack_require__(26469);
// EXTERNAL MODULE: ./src/usage/normalise.ts
var normalise = __webpack_require__(74417);
// EXTERNAL MODULE: ./src/usage/price-catalogue.ts
var price_catalogue = __webpack_require__(61126);
// EXTERNAL MODULE: ./src/usage/pricing.ts
var pricing = __webpack_require__(40625);
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
    const priceOverrides = settings.priceOverrides ?? (settings.pricingFile ? await (0,pricing/* loadPriceOverrides */.F)(settings.pricingFile) : undefined);
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

/***/ 67888:
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
 * Finds the runs under the given paths (directories, zip archives or token files). Runs found under several
 * paths with the same workflow and run id are merged, so their records deduplicate. Throws an Error naming the
 * path when one does not exist or cannot be read. A refused archive (ArchiveError: not a zip, unsafe entry, too
 * many entries…) does not throw here: its run gets a source whose open() rejects with that error, so summariseRun
 * fails that run only.
 */
async function discoverLocalRuns(paths, limits = archive/* defaultArchiveLimits */.gr) {
    const runs = new Map();
    const runFor = (key) => {
        const id = `${key.workflow}\u0000${key.runId}`;
        let run = runs.get(id);
        if (!run) {
            run = { meta: { workflow: key.workflow, runId: key.runId }, sources: [], artifacts: [], inventories: [] };
            runs.set(id, run);
        }
        return run;
    };
    const addZip = async (root, zip) => {
        const run = runFor(runKeyFor(root, zip.relativePath));
        run.artifacts.push((0,external_node_path_.basename)(zip.path).replace(/\.zip$/i, ''));
        try {
            const inZip = await (0,archive/* tokenFileSourcesInZip */.Y1)(zip.path, limits, zip.path);
            run.sources.push(...inZip);
            run.inventories.push(inZip.inspected);
        }
        catch (error) {
            if (!(error instanceof archive/* ArchiveError */.di))
                throw error;
            // A refused archive fails its own run when it is summarised (like a zip bomb caught while streaming), so
            // the other runs of the report go on.
            run.sources.push({ name: zip.path, kind: 'agent', open: () => Promise.reject(error) });
        }
    };
    const emptyFolders = [];
    for (const path of paths) {
        const info = await statOrThrow(path);
        if (info.isDirectory()) {
            let found;
            try {
                found = await (0,archive/* findTokenFilesAndZips */.j_)(path);
            }
            catch (error) {
                const code = error.code ?? String(error);
                throw new Error(`Input path '${path}' cannot be read (${code})`);
            }
            for (const file of found.tokenFiles) {
                const run = runFor(runKeyFor(path, file.relativePath));
                run.sources.push((0,archive/* fileSource */.IO)(file.path, file.path, (0,archive/* usageFileKind */.OK)(file.relativePath)));
            }
            for (const zip of found.zips)
                await addZip(path, zip);
            let folders;
            try {
                folders = await artifactFoldersIn(path);
            }
            catch (error) {
                const code = error.code ?? String(error);
                throw new Error(`Input path '${path}' cannot be read (${code})`);
            }
            // An extracted artifact without a token file is a run without data that names the folder and what it
            // held (as a zip without one does), never silently nothing.
            for (const folder of folders) {
                const holdsTokenFile = found.tokenFiles.some((f) => f.relativePath.startsWith(`${folder.relativePath}/`));
                if (!holdsTokenFile)
                    emptyFolders.push(folder);
            }
        }
        else if (path.toLowerCase().endsWith('.zip')) {
            await addZip((0,external_node_path_.dirname)(path), { path, relativePath: (0,external_node_path_.basename)(path) });
        }
        else if ((0,archive/* usageFileKind */.OK)((0,external_node_path_.basename)(path)) !== undefined) {
            const run = runFor(runKeyFor((0,external_node_path_.dirname)(path), (0,external_node_path_.basename)(path)));
            run.sources.push((0,archive/* fileSource */.IO)(path, path, (0,archive/* usageFileKind */.OK)((0,external_node_path_.basename)(path))));
        }
        else {
            throw new Error(`Input path '${path}' is not a directory, a .zip archive, a token-usage.jsonl file or an agent_usage.json file`);
        }
    }
    // After every path: a run with usage files elsewhere (another artifact, another path) is summarised from them.
    for (const folder of emptyFolders) {
        const run = runFor(folder.key);
        if (run.sources.length > 0)
            continue;
        run.artifacts.push(folder.artifact);
        run.inventories.push(folder.inventory);
    }
    return [...runs.values()]
        .map(({ meta, sources, artifacts, inventories }) => ({
        meta: artifacts.length > 0 ? { ...meta, artifact: [...new Set(artifacts)].join(', ') } : meta,
        sources: inventories.length > 0 ? Object.assign(sources, { inspected: (0,archive/* mergeInventories */.B_)(inventories) }) : sources,
    }))
        .sort((a, b) => a.meta.workflow.localeCompare(b.meta.workflow) || a.meta.runId.localeCompare(b.meta.runId));
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




/** The runs found under these paths (directories, zips, token files); throws naming a path that cannot be read. */
async function findLocalRuns(paths) {
    return discoverLocalRuns(paths);
}
/**
 * Summarises each run. A run whose file or archive cannot be read becomes a run without data that says why; it
 * does not stop the others.
 */
async function summariseLocalRuns(runs, options) {
    const summaries = [];
    for (const run of runs) {
        try {
            summaries.push(await (0,summarise_run/* summariseRun */._)(run.meta, run.sources, options));
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
            });
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
/* harmony import */ var _usage_price_catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61126);
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
/* harmony export */   IO: () => (/* binding */ fileSource),
/* harmony export */   OK: () => (/* binding */ usageFileKind),
/* harmony export */   Y1: () => (/* binding */ tokenFileSourcesInZip),
/* harmony export */   di: () => (/* binding */ ArchiveError),
/* harmony export */   gg: () => (/* binding */ runStateOfArchiveError),
/* harmony export */   gr: () => (/* binding */ defaultArchiveLimits),
/* harmony export */   j_: () => (/* binding */ findTokenFilesAndZips),
/* harmony export */   rZ: () => (/* binding */ inventoryPaths)
/* harmony export */ });
/* unused harmony exports isTokenFileName, isAggregateFileName, sourceKindForPath, tokenFileSourcesInDirectory */
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
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20663);






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
function openZip(zipPath) {
    return new Promise((resolve, reject) => {
        yauzl__WEBPACK_IMPORTED_MODULE_5__.open(zipPath, { lazyEntries: true, autoClose: false }, (error, zipfile) => {
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
            }
        }
    };
    await walk(dir, '');
    return { tokenFiles, zips };
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

/***/ 39576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ canonicalModelName)
/* harmony export */ });
/**
 * One name per model, whatever spelling the provider or proxy used:
 * `claude-sonnet-4-6`, `claude-sonnet-4.6`, `copilot/claude-sonnet-4.6` → `claude-sonnet-4.6`;
 * `claude-haiku-4-5-20251001` → `claude-haiku-4.5`; `claude-3-5-sonnet-20241022` → `claude-3.5-sonnet`.
 * The dotted form is the one Copilot, OpenAI (`gpt-4.1`) and Gemini (`gemini-2.5-pro`) already use.
 */
const cache = new Map();
// Date snapshots: -20251001, -2024-08-06 (OpenAI), @20250929 (Vertex), only at the end of the name.
const DATE_SUFFIX = /(?:[-@]20\d{2}-?[01]\d-?[0-3]\d)$/;
// A version written with a hyphen: `4-6` → `4.6`. Only a single-digit minor so sizes such as `-8b` or ids like
// `-0125` are left alone.
const HYPHEN_VERSION = /(^|-)(\d{1,2})-(\d)(?=-|$)/g;
function canonicalModelName(raw) {
    const known = cache.get(raw);
    if (known !== undefined)
        return known;
    let name = raw.trim().toLowerCase();
    // Router prefixes (`copilot/`, `anthropic/`, `models/`): the model is the last path segment.
    const slash = name.lastIndexOf('/');
    if (slash >= 0)
        name = name.slice(slash + 1);
    name = name.replace(DATE_SUFFIX, '');
    name = name.replace(HYPHEN_VERSION, '$1$2.$3');
    if (name === '')
        name = raw.trim() || raw;
    // Bounded: model names come from untrusted files; do not let a hostile file grow the cache without end.
    if (cache.size < 10_000)
        cache.set(raw, name);
    return name;
}


/***/ }),

/***/ 61126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Di: () => (/* binding */ loadPriceCatalogue)
/* harmony export */ });
/* unused harmony exports defaultPriceTimeoutMs, defaultPriceMaxBytes, defaultPriceCatalogueUrl, useBundledPrices */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pydantic_genai_prices__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82294);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52926);
/**
 * The price catalogue in force: the snapshot bundled with `@pydantic/genai-prices`, or its maintained remote copy.
 * Catalogues go stale within weeks (new models ship monthly), so by default the remote one is tried first, as
 * LiteLLM and ccusage do, with the bundled snapshot as the offline fallback. Pure of @actions: the caller prints the
 * warning and names the catalogue in its report.
 */



const defaultPriceTimeoutMs = 10_000;
const defaultPriceMaxBytes = 16 * 1024 * 1024;
/** The catalogue's own URL, re-exported so settings and docs can name it. */
const defaultPriceCatalogueUrl = _pydantic_genai_prices__WEBPACK_IMPORTED_MODULE_1__/* .REMOTE_DATA_JSON_URL */ .Ju;
/** Providers the tool prices with; a catalogue without them is not one to trust. */
const requiredProviders = ['anthropic', 'openai', 'google'];
/** A model every catalogue since 2025 prices, checked after installing: a catalogue that cannot price it is undone. */
const probe = { model: 'claude-sonnet-4-5', providerId: 'anthropic' };
let bundled = null;
/** Reads at most `maxBytes` of the body, or throws naming the limit. */
async function readCapped(response, maxBytes) {
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
        throw new Error(`it is ${declared} bytes, over the limit of ${maxBytes}`);
    }
    if (!response.body)
        return '';
    const chunks = [];
    let bytes = 0;
    for await (const chunk of response.body) {
        bytes += chunk.byteLength;
        if (bytes > maxBytes)
            throw new Error(`it is over the limit of ${maxBytes} bytes`);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks, bytes).toString('utf8');
}
function describeError(error, timeoutMs) {
    // fetch rejects with a DOMException, which is not an Error in every realm: its name tells.
    const name = typeof error === 'object' && error !== null ? error.name : undefined;
    if (name === 'TimeoutError' || name === 'AbortError')
        return `no answer within ${timeoutMs / 1000} s`;
    const message = error instanceof Error ? error.message : String(error);
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `${message}${cause}`.slice(0, 200);
}
/** Installs `providers` as the catalogue calcPrice uses; throws (leaving the previous one) when they are invalid. */
function install(providers) {
    (0,_pydantic_genai_prices__WEBPACK_IMPORTED_MODULE_1__/* .updatePrices */ .u9)(({ setProviderData }) => setProviderData(providers));
}
/**
 * Loads the catalogue to price with. With `update: 'auto'` it fetches the remote catalogue (within `timeoutMs`, at
 * most `maxBytes`), validates it and installs it for every later price lookup; on any failure (network, status,
 * size, not JSON, not a catalogue, cannot price a known model) the bundled snapshot stays and `warning` says why.
 * Call it before `createPriceBook`, whose pricers resolve once. Models neither catalogue knows stay unpriced.
 */
async function loadPriceCatalogue(options) {
    bundled ??= await (0,_pydantic_genai_prices__WEBPACK_IMPORTED_MODULE_1__/* .waitForUpdate */ .ST)();
    const bundledCatalogue = { source: 'bundled', version: _versions_js__WEBPACK_IMPORTED_MODULE_2__/* .PRICE_CATALOGUE_VERSION */ .D, fetchedAt: null };
    if (options.update === 'off')
        return bundledCatalogue;
    const url = options.url ?? defaultPriceCatalogueUrl;
    const timeoutMs = options.timeoutMs ?? defaultPriceTimeoutMs;
    const maxBytes = options.maxBytes ?? defaultPriceMaxBytes;
    const fetchImpl = options.fetch ?? globalThis.fetch;
    const now = options.now ?? (() => new Date());
    const fallBack = (why) => ({
        ...bundledCatalogue,
        warning: `Price catalogue update from ${url} failed (${why}); using the bundled prices.`,
    });
    let text;
    let etag;
    try {
        const signal = AbortSignal.timeout(timeoutMs);
        const response = await fetchImpl(url, { signal, headers: { accept: 'application/json' }, redirect: 'follow' });
        if (!response.ok) {
            await response.body?.cancel().catch(() => undefined);
            return fallBack(`HTTP ${response.status}`);
        }
        etag = response.headers.get('etag');
        text = await readCapped(response, maxBytes);
    }
    catch (error) {
        return fallBack(describeError(error, timeoutMs));
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return fallBack(`not JSON: ${error.message.slice(0, 80)}`);
    }
    // A dynamic import: the schema brings zod, needed only for a remote catalogue (the bundled one is the default).
    const { catalogueSchema, describeSchemaIssue } = await __webpack_require__.e(/* import() */ 168).then(__webpack_require__.bind(__webpack_require__, 50168));
    const parsed = catalogueSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return fallBack(`not a price catalogue: ${issue ? describeSchemaIssue(issue, 'the catalogue') : 'schema mismatch'}`);
    }
    const ids = new Set(parsed.data.map((provider) => provider.id));
    const missing = requiredProviders.filter((id) => !ids.has(id));
    if (missing.length > 0)
        return fallBack(`not a price catalogue: no ${missing.join(', ')} provider`);
    try {
        install(parsed.data);
        const result = (0,_pydantic_genai_prices__WEBPACK_IMPORTED_MODULE_1__/* .calcPrice */ .jh)({ input_tokens: 1_000_000 }, probe.model, { providerId: probe.providerId });
        if (!result || !(result.total_price > 0))
            throw new Error(`it has no price for ${probe.model}`);
    }
    catch (error) {
        install(bundled);
        return fallBack(`not a usable price catalogue: ${describeError(error, timeoutMs)}`);
    }
    const version = etag ?? `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 12)}`;
    return { source: 'remote', version, fetchedAt: now().toISOString() };
}
/** Puts the bundled catalogue back (tests; a CLI run that loads twice). */
async function useBundledPrices() {
    bundled ??= await waitForUpdate();
    install(bundled);
}


/***/ }),

/***/ 40625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ loadPriceOverrides),
/* harmony export */   Z: () => (/* binding */ createPriceBook)
/* harmony export */ });
/* harmony import */ var _pydantic_genai_prices__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82294);
/* harmony import */ var _model_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39576);


/**
 * Reads a price file (JSON or YAML). Its parser, the yaml library and the file's zod schema, is a dynamic import:
 * most reports have no price file, and loading them is a measurable part of the CLI's start-up (BENCHMARKS.md).
 */
async function loadPriceOverrides(file) {
    return (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(815), __webpack_require__.e(742)]).then(__webpack_require__.bind(__webpack_require__, 49742))).loadPriceOverrides(file);
}
/** Our provider names → genai-prices provider ids. Copilot, opencode and unknown resell other vendors' models. */
const catalogProviderIds = {
    anthropic: 'anthropic',
    openai: 'openai',
    gemini: 'google',
};
function rateAt(rate, totalInput) {
    if (typeof rate === 'number')
        return rate;
    // Same rule as genai-prices: a tier applies when the request's total input is greater than its start, and then
    // to all of the request's tokens (Anthropic's >200K rule).
    let price = rate.base;
    for (const tier of rate.tiers)
        if (totalInput > tier.start)
            price = tier.price;
    return price;
}
function toRate(value) {
    if (value === undefined)
        return undefined;
    if (typeof value === 'number')
        return value;
    return { base: value.base, tiers: [...value.tiers].sort((a, b) => a.start - b.start) };
}
/** genai-prices decomposes total input: a cache kind without its own price is charged at the input rate. */
function ratesFromModelPrice(price) {
    const input = toRate(price.input_mtok) ?? 0;
    const requests = price.requests_kcount;
    return {
        input,
        output: toRate(price.output_mtok) ?? 0,
        cacheRead: toRate(price.cache_read_mtok) ?? input,
        cacheWrite: toRate(price.cache_write_mtok) ?? input,
        perRequest: typeof requests === 'number' ? requests / 1000 : 0,
    };
}
class RatesPricer {
    #r;
    #flat;
    #input;
    #output;
    #cacheRead;
    #cacheWrite;
    constructor(rates) {
        this.#r = rates;
        this.#flat = [rates.input, rates.output, rates.cacheRead, rates.cacheWrite].every((r) => typeof r === 'number');
        // $/M → $/token once, so the flat path is four multiplications.
        this.#input = this.#flat ? rates.input / 1e6 : 0;
        this.#output = this.#flat ? rates.output / 1e6 : 0;
        this.#cacheRead = this.#flat ? rates.cacheRead / 1e6 : 0;
        this.#cacheWrite = this.#flat ? rates.cacheWrite / 1e6 : 0;
    }
    addCost(t, into, _timestamp, baseRates = false) {
        let input, output, cacheRead, cacheWrite;
        if (this.#flat) {
            input = t.inputTokens * this.#input;
            output = t.outputTokens * this.#output;
            cacheRead = t.cacheReadTokens * this.#cacheRead;
            cacheWrite = t.cacheWriteTokens * this.#cacheWrite;
        }
        else {
            const r = this.#r;
            // A total of 0 is above no tier's start: the base rate.
            const total = baseRates ? 0 : t.inputTokens + t.cacheReadTokens + t.cacheWriteTokens;
            input = (t.inputTokens * rateAt(r.input, total)) / 1e6;
            output = (t.outputTokens * rateAt(r.output, total)) / 1e6;
            cacheRead = (t.cacheReadTokens * rateAt(r.cacheRead, total)) / 1e6;
            cacheWrite = (t.cacheWriteTokens * rateAt(r.cacheWrite, total)) / 1e6;
        }
        input += this.#r.perRequest;
        into.input += input;
        into.output += output;
        into.cacheRead += cacheRead;
        into.cacheWrite += cacheWrite;
        return input + output + cacheRead + cacheWrite;
    }
}
/**
 * Models whose catalog prices changed over time (`start_date` constraints, e.g. Sonnet 4.6 dropped its long-context
 * tier on 2026-03-13): each request is priced with the entry in force at its timestamp, chosen as genai-prices does
 * (last matching entry wins, else the first). ISO UTC timestamps are compared as strings, so the hot path parses
 * no dates.
 */
class StartDatePricer {
    #entries;
    #fallback;
    #current;
    #lastTimestamp;
    #lastPricer;
    constructor(prices) {
        this.#entries = prices.map((p) => {
            const startMs = p.constraint?.start_date !== undefined ? Date.parse(p.constraint.start_date) : Number.NaN;
            return {
                startIso: Number.isNaN(startMs) ? undefined : new Date(startMs).toISOString(),
                startMs,
                pricer: new RatesPricer(ratesFromModelPrice(p.prices)),
            };
        });
        this.#fallback = this.#entries[0].pricer;
        this.#current = this.#pick(new Date().toISOString());
        this.#lastPricer = this.#current;
    }
    #pick(timestamp) {
        // `YYYY-MM-DDThh:mm…Z` sorts like time; anything else is parsed.
        const iso = timestamp.length >= 11 && timestamp.charCodeAt(4) === 45 && timestamp.endsWith('Z');
        const ms = iso ? 0 : Date.parse(timestamp);
        for (let i = this.#entries.length - 1; i >= 0; i--) {
            const entry = this.#entries[i];
            if (entry.startIso === undefined)
                return entry.pricer;
            if (iso ? timestamp >= entry.startIso : ms >= entry.startMs)
                return entry.pricer;
        }
        return this.#fallback;
    }
    addCost(t, into, timestamp, baseRates = false) {
        if (timestamp === undefined)
            return this.#current.addCost(t, into, undefined, baseRates);
        if (timestamp !== this.#lastTimestamp) {
            this.#lastTimestamp = timestamp;
            this.#lastPricer = this.#pick(timestamp);
        }
        return this.#lastPricer.addCost(t, into, undefined, baseRates);
    }
}
/**
 * Prices with other constraints (time-of-day discounts): each request goes through genai-prices with its
 * timestamp. No model seen in real token files is like this; it is the rare, slow path.
 */
class CalcPricePricer {
    provider;
    matchedName;
    #byPrice = new Map();
    constructor(provider, matchedName) {
        this.provider = provider;
        this.matchedName = matchedName;
    }
    addCost(t, into, timestamp, baseRates = false) {
        const at = timestamp !== undefined ? new Date(timestamp) : new Date();
        // For base rates only the matching price entry is wanted, which an empty request finds.
        const result = (0,_pydantic_genai_prices__WEBPACK_IMPORTED_MODULE_0__/* .calcPrice */ .jh)({
            input_tokens: baseRates ? 0 : t.inputTokens + t.cacheReadTokens + t.cacheWriteTokens,
            output_tokens: baseRates ? 0 : t.outputTokens,
            cache_read_tokens: baseRates ? 0 : t.cacheReadTokens,
            cache_write_tokens: baseRates ? 0 : t.cacheWriteTokens,
        }, this.matchedName, { provider: this.provider, timestamp: Number.isNaN(at.getTime()) ? new Date() : at });
        if (!result)
            return Number.NaN;
        let pricer = this.#byPrice.get(result.model_price);
        if (!pricer) {
            pricer = new RatesPricer(ratesFromModelPrice(result.model_price));
            this.#byPrice.set(result.model_price, pricer);
        }
        return pricer.addCost(t, into, undefined, baseRates);
    }
}
function pricerForModel(model, provider, matchedName) {
    const prices = model.prices;
    if (!Array.isArray(prices))
        return new RatesPricer(ratesFromModelPrice(prices));
    if (prices.every((p) => p.constraint === undefined || p.constraint.type === 'start_date')) {
        return new StartDatePricer(prices);
    }
    return new CalcPricePricer(provider, matchedName);
}
function catalogPricer(provider, model) {
    const providerId = catalogProviderIds[provider];
    const canonical = (0,_model_name_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalModelName */ .V)(model);
    const attempts = [];
    if (providerId)
        attempts.push([model, providerId], [canonical, providerId]);
    // Model-name matching without a provider: how Copilot's claude/gpt models find their vendor's price.
    attempts.push([model, undefined], [canonical, undefined]);
    for (const [name, id] of attempts) {
        let result;
        try {
            result = (0,_pydantic_genai_prices__WEBPACK_IMPORTED_MODULE_0__/* .calcPrice */ .jh)({ input_tokens: 0, output_tokens: 0 }, name, id ? { providerId: id } : undefined);
        }
        catch {
            result = null;
        }
        if (!result)
            continue;
        return pricerForModel(result.model, result.provider, name);
    }
    return null;
}
function overridePricer(overrides, model) {
    if (!overrides)
        return null;
    const price = overrides[model] ?? overrides[(0,_model_name_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalModelName */ .V)(model)];
    if (!price)
        return null;
    return new RatesPricer({
        input: price.input,
        output: price.output,
        cacheRead: price.cacheRead ?? price.input,
        cacheWrite: price.cacheWrite ?? price.input,
        perRequest: 0,
    });
}
/**
 * Prices from the genai-prices catalog, with user overrides taking precedence. Each (provider, model) is resolved
 * once and cached (null included, so an unpriced model costs one failed lookup per run, not one per request).
 */
function createPriceBook(overrides) {
    const resolved = new Map();
    const pricerFor = (provider, model) => {
        let byModel = resolved.get(provider);
        if (!byModel) {
            byModel = new Map();
            resolved.set(provider, byModel);
        }
        let pricer = byModel.get(model);
        if (pricer === undefined) {
            pricer = overridePricer(overrides, model) ?? catalogPricer(provider, model);
            byModel.set(model, pricer);
        }
        return pricer;
    };
    return {
        pricerFor,
        price(provider, model, tokens, timestamp) {
            const pricer = pricerFor(provider, model);
            if (!pricer)
                return null;
            const cost = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
            const costUsd = pricer.addCost(tokens, cost, timestamp);
            return { costUsd, cost };
        },
    };
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
/* harmony export */   oq: () => (/* binding */ emptyModelUsage),
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
    const { aggregateUsageSchema, describeSchemaFailure } = await __webpack_require__.e(/* import() */ 948).then(__webpack_require__.bind(__webpack_require__, 85948));
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
    const counts = { lines: 0, blankLines: 0, tooLongLines: 0 };
    const { onLine, onTooLong } = handlers;
    // Bytes of the current line seen in earlier chunks (only while it is within the limit).
    let carry = [];
    let carryBytes = 0;
    // The current line is over the limit: its bytes are counted and dropped until the next newline.
    let skipping = false;
    let skippedBytes = 0;
    const emit = (buf, start, end, unterminated) => {
        const lineNumber = counts.lines;
        if (end > start && buf[end - 1] === CARRIAGE_RETURN)
            end--;
        let text = buf.toString('utf8', start, end);
        if (lineNumber === 1 && text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        if (text.charCodeAt(0) !== OPEN_BRACE && text.trim() === '') {
            counts.blankLines++;
            return;
        }
        onLine(text, lineNumber, unterminated);
    };
    const tooLong = (bytes) => {
        counts.tooLongLines++;
        onTooLong?.(counts.lines, bytes);
    };
    /** A line found in a decoded region where chars and bytes correspond one to one. */
    const emitText = (text, start, end) => {
        if (end - start > maxLineBytes) {
            tooLong(end - start);
            return;
        }
        if (end > start && text.charCodeAt(end - 1) === CARRIAGE_RETURN)
            end--;
        const line = text.slice(start, end);
        // A record starts with `{`, so only other lines need the trim that tells a blank one.
        if (text.charCodeAt(start) !== OPEN_BRACE && line.trim() === '')
            counts.blankLines++;
        else
            onLine(line, counts.lines, false);
    };
    /** Lines in buf[pos, last], `last` being a newline, byte by byte. */
    const emitBytes = (buf, pos, last) => {
        while (pos <= last) {
            const nl = buf.indexOf(NEWLINE, pos);
            counts.lines++;
            if (nl - pos > maxLineBytes)
                tooLong(nl - pos);
            else
                emit(buf, pos, nl, false);
            pos = nl + 1;
        }
    };
    for await (const chunk of stream) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        let pos = 0;
        // First, the end of a line begun in an earlier chunk.
        if (skipping || carryBytes > 0) {
            const nl = buf.indexOf(NEWLINE);
            if (nl === -1) {
                pos = 0;
            }
            else {
                counts.lines++;
                if (skipping) {
                    tooLong(skippedBytes + nl);
                    skipping = false;
                    skippedBytes = 0;
                }
                else {
                    const length = carryBytes + nl;
                    if (length > maxLineBytes) {
                        tooLong(length);
                    }
                    else {
                        carry.push(buf.subarray(0, nl));
                        const line = Buffer.concat(carry, length);
                        emit(line, 0, line.length, false);
                    }
                    carry = [];
                    carryBytes = 0;
                }
                pos = nl + 1;
            }
        }
        // Then every complete line of the chunk. The hot path checks the region is ASCII (as real files are; SIMD
        // fast), decodes it once as latin1 (a plain copy) and slices lines from it: chars are bytes there. Anything
        // else goes byte by byte through the UTF-8 decoder.
        if (!skipping && carryBytes === 0) {
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
                if (counts.lines > 0 && (0,external_node_buffer_.isAscii)(region)) {
                    const text = region.toString('latin1');
                    let i = 0;
                    while (i < text.length) {
                        const nl = text.indexOf('\n', i);
                        counts.lines++;
                        emitText(text, i, nl);
                        i = nl + 1;
                    }
                }
                else {
                    emitBytes(buf, pos, end);
                }
                pos = end + 1;
            }
        }
        if (pos < buf.length) {
            const rest = buf.length - pos;
            if (skipping) {
                skippedBytes += rest;
            }
            else if (carryBytes + rest > maxLineBytes) {
                skipping = true;
                skippedBytes = carryBytes + rest;
                carry = [];
                carryBytes = 0;
            }
            else {
                // Copy: a view would keep the whole (up to 1 MiB) chunk alive.
                carry.push(Buffer.from(buf.subarray(pos)));
                carryBytes += rest;
            }
        }
    }
    if (skipping) {
        counts.lines++;
        tooLong(skippedBytes);
    }
    else if (carryBytes > 0) {
        counts.lines++;
        const line = Buffer.concat(carry, carryBytes);
        emit(line, 0, line.length, true);
    }
    return counts;
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
    const skipped = (0,run_summary/* emptySkipCounts */.lw)();
    const base = {
        workflow: meta.workflow,
        runId: meta.runId,
        ...(meta.branch !== undefined ? { branch: meta.branch } : {}),
        ...(meta.createdAt !== undefined ? { createdAt: meta.createdAt } : {}),
        ...(meta.url !== undefined ? { url: meta.url } : {}),
        ...(meta.artifact !== undefined ? { artifact: meta.artifact } : {}),
    };
    const noRecords = (files) => ({
        ...(meta.artifact !== undefined ? { artifact: meta.artifact } : {}),
        files,
        ...(sources.inspected ? { archiveEntries: sources.inspected.entries, archivePaths: sources.inspected.paths } : {}),
    });
    if (sources.length === 0)
        return { ...(0,run_summary/* summaryWithoutUsage */.WW)(base, 'no-token-file'), noRecords: noRecords([]) };
    const rules = options.normalisation ?? normalise/* defaultNormalisationRules */.Ng;
    const agent = new UsageTable(options.priceBook, rules);
    const detection = new UsageTable(options.priceBook, rules);
    const routing = new UsageTable(options.priceBook, rules);
    const providers = options.providers ? new Set(options.providers.map((p) => p.toLowerCase())) : undefined;
    const since = options.since?.getTime();
    const until = options.until?.getTime();
    const filtering = providers !== undefined || since !== undefined || until !== undefined;
    const maxLineBytes = options.maxLineBytes ?? defaultMaxLineBytes;
    const seen = new RequestIdSet();
    const periodOf = options.periodOf;
    const periodTables = periodOf ? new Map() : undefined;
    const durations = new DurationSample();
    const schemaVersions = new record_tallies/* ValueCounter */.Aw();
    const pricingSources = new record_tallies/* ValueCounter */.Aw();
    const fallbacks = new record_tallies/* FallbackTally */.BR();
    const initiators = { user: 0, agent: 0 };
    let fallbackPricingRequests = 0;
    const agentRaw = emptyRawTotals();
    const routingRaw = emptyRawTotals();
    // One object reused for every record: the pricer reads it, nothing keeps it.
    const tokens = (0,run_summary/* emptyTokenCounts */.x3)();
    let validRecords = 0;
    let agentFileRecords = 0;
    let firstRecordAt;
    let lastRecordAt;
    // The run's agent_usage.json, and the provider an older harness wrote in it.
    let aggregate;
    let aggregateProvider;
    const tokenFiles = [];
    const skip = (file, line, reason, detail) => {
        skipped.invalidLines++;
        skipped.byReason[reason] = (skipped.byReason[reason] ?? 0) + 1;
        if (skipped.examples.length < maxSkipExamples)
            skipped.examples.push({ file, line, reason, detail });
    };
    // The zod schema (and zod) is a dynamic import, loaded on the first record that fails the pre-check: most files
    // have none, and loading zod is a measurable part of the CLI's start-up (BENCHMARKS.md). The lines read while it
    // loads wait in `queued` and are handled in file order once it has loaded, so the outcome is the same as with the
    // schema at hand.
    let recordSchema;
    let loadingSchema;
    const queued = [];
    /** True when nothing waits: the queue is empty, or the schema has loaded and the queue has been run. */
    const queueDone = () => {
        if (queued.length === 0)
            return true;
        if (recordSchema === undefined)
            return false;
        for (const work of queued.splice(0))
            work();
        return true;
    };
    for (const source of sources) {
        if (source.kind === 'aggregate') {
            const read = await readAggregateUsage(source);
            if ('skip' in read)
                skip(source.name, 1, read.skip.reason, read.skip.detail);
            // Several copies (the `agent` and `usage` artifacts both carry one): the first readable one counts.
            else if (aggregate === undefined)
                ({ aggregate, provider: aggregateProvider } = read);
            continue;
        }
        tokenFiles.push(source.name);
        const isAgent = source.kind !== 'detection';
        const table = isAgent ? agent : detection;
        const file = source.name;
        const onRecord = (record) => {
            validRecords++;
            if (isAgent)
                agentFileRecords++;
            // Copies first: a record in two artifacts is one record, so a filtered one counts as filtered once.
            const requestId = record.request_id;
            if (requestId !== undefined && requestId !== '' && !seen.add(requestId)) {
                skipped.duplicateRecords++;
                return;
            }
            const provider = record.provider;
            if (providers !== undefined && !providers.has(provider)) {
                skipped.filteredRecords++;
                return;
            }
            const timestamp = record.timestamp;
            if ((since !== undefined || until !== undefined) && timestamp !== undefined) {
                const at = Date.parse(timestamp);
                if ((since !== undefined && at < since) || (until !== undefined && at > until)) {
                    skipped.filteredRecords++;
                    return;
                }
            }
            // The firewall's own router calls: their own table, never the agent's numbers.
            const isRouting = record.purpose === 'routing_classification';
            const slot = (isRouting ? routing : table).slotFor(provider, record.model);
            const usage = slot.usage;
            // A record that says how its input relates to its cache (newer api-proxies) overrides the provider's rule.
            const includesCache = record.input_tokens_include_cache;
            const inclusive = includesCache === undefined ? slot.inclusive : includesCache;
            tokens.inputTokens = (0,normalise/* freshInputOf */.KA)(record.input_tokens, record.cache_read_tokens, inclusive);
            const reasoning = record.reasoning_tokens ?? 0;
            // Reasoning is a part of output: added only where the provider counted it apart (Gemini).
            tokens.outputTokens = (0,normalise/* outputWithReasoning */.Ml)(record.output_tokens, reasoning, slot.reasoningApart);
            tokens.cacheReadTokens = record.cache_read_tokens;
            tokens.cacheWriteTokens = record.cache_write_tokens;
            addRequest(usage, slot.pricer, tokens, record, reasoning);
            if (periodTables !== undefined && isAgent && !isRouting) {
                const period = (timestamp !== undefined ? periodOf(timestamp) : undefined) ?? run_summary/* UNDATED_PERIOD */.QU;
                let periodTable = periodTables.get(period);
                if (!periodTable) {
                    periodTable = new UsageTable(options.priceBook, rules);
                    periodTables.set(period, periodTable);
                }
                addRequest(periodTable.slotFor(provider, record.model).usage, slot.pricer, tokens, record, reasoning);
            }
            schemaVersions.add(record._schema ?? 'unversioned');
            if (isAgent) {
                addRawTotals(isRouting ? routingRaw : agentRaw, record);
            }
            const duration = record.duration_ms;
            if (duration !== undefined && isAgent && !isRouting)
                durations.add(duration);
            if (isAgent && !isRouting) {
                const fallback = record.model_fallback;
                if (fallback !== undefined)
                    fallbacks.add(fallback, usage.model);
                const pricingSource = record.ai_credits_pricing_source;
                if (pricingSource !== undefined)
                    pricingSources.add(pricingSource);
                if (record.ai_credits_fallback_pricing_used === true)
                    fallbackPricingRequests++;
                const initiator = record.x_initiator;
                if (initiator === 'user')
                    initiators.user++;
                else if (initiator === 'agent')
                    initiators.agent++;
            }
            if (timestamp !== undefined) {
                if (firstRecordAt === undefined || timestamp < firstRecordAt)
                    firstRecordAt = timestamp;
                if (lastRecordAt === undefined || timestamp > lastRecordAt)
                    lastRecordAt = timestamp;
            }
        };
        const checkWithSchema = (value, line, schema) => {
            const parsed = schema.usageRecordSchema.safeParse(value);
            if (parsed.success)
                onRecord(parsed.data);
            else
                skip(file, line, 'schema', schema.describeSchemaFailure(parsed.error));
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
                skip(file, line, 'invalid-json', detail);
                return;
            }
            if ((0,record_precheck/* isPlainValidRecord */.E)(value)) {
                onRecord(value);
                return;
            }
            if (recordSchema !== undefined) {
                checkWithSchema(value, line, recordSchema);
                return;
            }
            loadingSchema ??= __webpack_require__.e(/* import() */ 948).then(__webpack_require__.bind(__webpack_require__, 85948)).then((schema) => {
                recordSchema = schema;
            });
            queued.push(() => checkWithSchema(value, line, recordSchema));
        };
        const stream = await source.open();
        await readJsonlLines(stream, {
            onLine(text, line, unterminated) {
                if (queueDone())
                    readLine(text, line, unterminated);
                else
                    queued.push(() => readLine(text, line, unterminated));
            },
            onTooLong(line, bytes) {
                const tooLong = () => skip(file, line, 'line-too-long', `${bytes} bytes, limit ${maxLineBytes}`);
                if (queueDone())
                    tooLong();
                else
                    queued.push(tooLong);
            },
        }, maxLineBytes);
        if (queued.length > 0) {
            await loadingSchema;
            queueDone();
        }
    }
    const facts = {
        routing: routing.models(),
        fallbacks: fallbacks.result(),
        pricingSources: pricingSources.result(),
        fallbackPricingRequests,
        initiators,
        schemaVersions: schemaVersions.result(),
    };
    const times = {
        ...(firstRecordAt !== undefined ? { firstRecordAt } : {}),
        ...(lastRecordAt !== undefined ? { lastRecordAt } : {}),
    };
    const periodsOf = (models) => {
        if (periodTables === undefined)
            return {};
        const periods = [...periodTables].map(([period, t]) => ({ period, models: t.models() }));
        // A totals-only run's usage has no timestamp.
        if (periods.length === 0 && models.length > 0)
            periods.push({ period: run_summary/* UNDATED_PERIOD */.QU, models });
        return { periods: periods.sort((a, b) => (0,run_summary/* byPeriod */.z1)(a.period, b.period)) };
    };
    if (agentFileRecords === 0 && aggregate !== undefined) {
        const totals = totalsOnlyUsage(aggregate, aggregateProvider ?? providerNamedBy(aggregate), providers, options.priceBook, rules);
        if (totals === 'filtered')
            skipped.filteredRecords++;
        else {
            return {
                ...base,
                state: 'analysed-totals',
                models: totals.models,
                detection: detection.models(),
                ...facts,
                durationsMs: [],
                skipped,
                aggregate: { ...aggregate, use: 'totals', costUsd: totals.costUsd },
                ...times,
                ...periodsOf(totals.models),
            };
        }
    }
    if (aggregate !== undefined && !filtering)
        aggregate.mismatches = aggregateMismatches(aggregate, agentRaw, routingRaw);
    // Only an aggregate that could not be read: no token file at all.
    const state = tokenFiles.length === 0 ? 'no-token-file' : validRecords === 0 ? 'empty-token-file' : 'analysed';
    return {
        ...base,
        state,
        models: agent.models(),
        detection: detection.models(),
        ...facts,
        durationsMs: durations.values,
        ...(durations.seen > maxDurationsKept ? { durationsSampledFrom: durations.seen } : {}),
        skipped,
        ...(aggregate !== undefined ? { aggregate } : {}),
        ...(state !== 'analysed' ? { noRecords: noRecords(tokenFiles) } : {}),
        ...times,
        ...periodsOf([]),
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


/***/ }),

/***/ 52926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ PRICE_CATALOGUE_VERSION),
  w: () => (/* binding */ TOOL_VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
// EXTERNAL MODULE: ./node_modules/@pydantic/genai-prices/package.json
var genai_prices_package = __webpack_require__(82640);
;// CONCATENATED MODULE: ./src/versions.ts
/**
 * The versions a cached run summary depends on besides the settings: this tool's (how it reads and sums) and the
 * price catalogue's (what it charges). Imported as JSON so that ncc compiles them into the bundle; genai-prices
 * does not export its package.json, hence the path into node_modules.
 */


/** This tool's version (package.json). */
const TOOL_VERSION = package_namespaceObject.rE;
/** The price catalogue compiled in, as `@pydantic/genai-prices@<version>`. */
const PRICE_CATALOGUE_VERSION = `${genai_prices_package/* name */.UU}@${genai_prices_package/* version */.rE}`;


/***/ })

};
