export const id = 18;
export const ids = [18];
export const modules = {

/***/ 1018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pricesLoader: () => (/* binding */ pricesLoader)
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

/***/ 61126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Di: () => (/* binding */ loadPriceCatalogue)
/* harmony export */ });
/* unused harmony exports defaultPriceTimeoutMs, defaultPriceMaxBytes, defaultPriceCatalogueUrl, useBundledPrices */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pydantic_genai_prices__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82294);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38816);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52926);
/* harmony import */ var _schema_wording_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71533);
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
/**
 * The shape calcPrice relies on, checked before any of it is used (genai-prices checks prices as it installs
 * them; this catches the rest: a page of HTML, an empty list, a provider without models).
 */
const matchLogic = zod__WEBPACK_IMPORTED_MODULE_4__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ or: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(matchLogic) }),
    zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ and: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(matchLogic) }),
    zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ equals: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }),
    zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ starts_with: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }),
    zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ ends_with: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }),
    zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ contains: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }),
    zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ regex: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }),
]));
const catalogueSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    id: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    api_pattern: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    models: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
        id: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
        match: matchLogic,
        prices: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()), zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ prices: zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J() }))]),
    })),
}))
    .min(1);
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
    const parsed = catalogueSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return fallBack(`not a price catalogue: ${issue ? (0,_schema_wording_js__WEBPACK_IMPORTED_MODULE_3__/* .describeSchemaIssue */ .E)(issue, 'the catalogue') : 'schema mismatch'}`);
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


/***/ })

};
