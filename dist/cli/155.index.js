export const id = 155;
export const ids = [155];
export const modules = {

/***/ 94155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   costOfRequest: () => (/* binding */ costOfRequest)
/* harmony export */ });
/* harmony import */ var _usage_normalise_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74417);
/* harmony import */ var _usage_pricing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40625);
/** The cost of one request as `report` would price it: input normalised by the provider's token semantics first. */


/** The request's cost in USD with the bundled prices and the overrides file, if any; null when unpriced. */
async function costOfRequest(request, pricingFile) {
    const priceBook = (0,_usage_pricing_js__WEBPACK_IMPORTED_MODULE_1__/* .createPriceBook */ .Z)(pricingFile ? await (0,_usage_pricing_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPriceOverrides */ .F)(pricingFile) : undefined);
    const inclusive = (0,_usage_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenSemanticsFor */ .MY)(request.provider, _usage_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultNormalisationRules */ .Ng) === 'inclusive';
    const priced = priceBook.price(request.provider, request.model, {
        inputTokens: (0,_usage_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .freshInputOf */ .KA)(request.inputTokens, request.cacheReadTokens, inclusive),
        outputTokens: request.outputTokens,
        cacheReadTokens: request.cacheReadTokens,
        cacheWriteTokens: request.cacheWriteTokens,
    }, request.timestamp);
    return priced ? priced.costUsd : null;
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


/***/ })

};
