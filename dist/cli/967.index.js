export const id = 967;
export const ids = [967];
export const modules = {

/***/ 6967:
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
;// CONCATENATED MODULE: ./src/analysis/ai-credits-repricing.ts
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

// EXTERNAL MODULE: ./src/analysis/distribution.ts
var distribution = __webpack_require__(52026);
// EXTERNAL MODULE: ./src/analysis/flag-weight.ts
var flag_weight = __webpack_require__(25127);
// EXTERNAL MODULE: ./src/analysis/flags.ts
var flags = __webpack_require__(35429);
// EXTERNAL MODULE: ./src/analysis/model-metrics.ts
var model_metrics = __webpack_require__(73463);
// EXTERNAL MODULE: ./src/analysis/usage-sums.ts
var usage_sums = __webpack_require__(50074);
// EXTERNAL MODULE: ./src/analysis/run-state-reasons.ts
var run_state_reasons = __webpack_require__(89883);
// EXTERNAL MODULE: ./src/analysis/token-metrics.ts
var token_metrics = __webpack_require__(80783);
;// CONCATENATED MODULE: ./src/analysis/analyse-runs.ts
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

/***/ 52026:
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

/***/ 25127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ weighFlags),
/* harmony export */   sW: () => (/* binding */ flagWeightNoteOf),
/* harmony export */   tT: () => (/* binding */ WORTH_NAMING_USD)
/* harmony export */ });
/* unused harmony exports SMALL_STAKE_SHARE, CACHED_CONTEXT_HIT_RATE, flagStakeOf */
/* harmony import */ var _value_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12675);

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
        notes.push(`Acting on it could save about ${(0,_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPreciseUsd */ .XV)(c.savingPerRunUsd)} per run.`);
    }
    if (flag.downgradedFrom !== undefined) {
        if (flag.id === 'high-io-ratio' && (workflow.cacheHitRate ?? 0) > CACHED_CONTEXT_HIT_RATE) {
            notes.push(`Info, not a ${flag.downgradedFrom}: with a cache hit rate of ${(0,_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(workflow.cacheHitRate, 0)} the context is mostly cheap cached reads.`);
        }
        else if (c.atStakePerRunUsd !== undefined) {
            notes.push(`Info, not a ${flag.downgradedFrom}: it concerns ${(0,_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPreciseUsd */ .XV)(c.atStakePerRunUsd)} per run, under ${(0,_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(SMALL_STAKE_SHARE, 0)} of the workflow's ${(0,_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPreciseUsd */ .XV)(workflow.costPerRunUsd)}.`);
        }
    }
    return notes.length > 0 ? notes.join(' ') : null;
}


/***/ }),

/***/ 73463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ ModelMetricsAccumulator)
/* harmony export */ });
/* harmony import */ var _usage_run_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93707);
/* harmony import */ var _usage_sums_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50074);
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

/***/ 89883:
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

/***/ 50074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ addModelUsage),
/* harmony export */   Ou: () => (/* binding */ addCostByType),
/* harmony export */   sy: () => (/* binding */ addCredits)
/* harmony export */ });
/* unused harmony export creditsOf */
/* harmony import */ var _token_metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80783);

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


/***/ })

};
