export const id = 838;
export const ids = [838];
export const modules = {

/***/ 31838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ printReport),
/* harmony export */   runReport: () => (/* binding */ runReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _report_pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57052);
/* harmony import */ var _usage_discover_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78752);
/* harmony import */ var _orchestrator_prices_loader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1018);
/* harmony import */ var _usage_pricing_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40625);
/* harmony import */ var _output_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70512);
/**
 * The `report` command's work: read, price, analyse and render. Loaded only when the command runs (a dynamic import
 * in report-command.ts), so `--help` and the other commands do not load the pipeline, the price catalogue or the
 * renderers; each format's renderer is loaded when chosen.
 */






async function renderReport(data, format, tables) {
    if (format === 'json')
        return (await __webpack_require__.e(/* import() */ 225).then(__webpack_require__.bind(__webpack_require__, 4225))).renderJsonReport(data);
    const { periodMarkdownSection, periodTerminalSection, renderCsvWithPeriods } = await Promise.all(/* import() */[__webpack_require__.e(832), __webpack_require__.e(789), __webpack_require__.e(691)]).then(__webpack_require__.bind(__webpack_require__, 14691));
    if (format === 'table') {
        const text = (await Promise.all(/* import() */[__webpack_require__.e(832), __webpack_require__.e(965)]).then(__webpack_require__.bind(__webpack_require__, 68965))).renderTableReport(data);
        const periods = periodTerminalSection(data, tables);
        return periods ? `${text}\n${periods}\n` : text;
    }
    if (format === 'csv') {
        return data.periods
            ? renderCsvWithPeriods(data, tables)
            : (await Promise.all(/* import() */[__webpack_require__.e(789), __webpack_require__.e(189)]).then(__webpack_require__.bind(__webpack_require__, 77189))).renderCsvReport(data);
    }
    // The local report has no issue-size cap: the job-summary variant keeps every detail.
    const periods = periodMarkdownSection(data, tables);
    const { renderJobSummary } = await __webpack_require__.e(/* import() */ 851).then(__webpack_require__.bind(__webpack_require__, 92851));
    return renderJobSummary(data, periods ? { extraSections: [periods] } : {});
}
/** Renders the report and writes it to --out (saying so on stderr, as stdout may be piped) or to stdout. */
async function printReport(data, settings, io, tables = {}) {
    const text = await renderReport(data, settings.format, tables);
    if (!settings.outFile) {
        io.out(text);
        return;
    }
    try {
        // The directory was checked before the work (checkOutFile): a missing one is not created behind the user's back.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(settings.outFile, text);
    }
    catch (error) {
        const code = error.code ?? String(error);
        throw new Error(`Cannot write --out file '${settings.outFile}' (${code})`);
    }
    io.err(`Wrote the ${settings.format} report for ${data.totals.runs} runs to ${settings.outFile}\n`);
}
/**
 * The catalogue to price with: with --update-prices the remote one, installed for the price books made after (a
 * failure is one warning and the bundled one); else the bundled one. Named in the report (`prices`).
 */
async function loadPrices(io, update) {
    const prices = await (0,_orchestrator_prices_loader_js__WEBPACK_IMPORTED_MODULE_3__/* .pricesLoader */ .a)()(update ? 'auto' : 'off');
    if (prices.warning)
        io.err(`warning: ${prices.warning}\n`);
    return prices;
}
/** Runs the report for validated settings and writes it to --out or stdout. */
async function runReport(settings, io, periodSettings = { breakdown: false }) {
    if (settings.outFile)
        await (0,_output_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .checkOutFile */ .R)(settings.outFile);
    const prices = await loadPrices(io, settings.updatePrices === true);
    const priceBook = (0,_usage_pricing_js__WEBPACK_IMPORTED_MODULE_4__.createPriceBook)(settings.pricingFile ? await (0,_usage_pricing_js__WEBPACK_IMPORTED_MODULE_4__.loadPriceOverrides)(settings.pricingFile) : undefined);
    const runs = await (0,_usage_discover_inputs_js__WEBPACK_IMPORTED_MODULE_2__.discoverLocalRuns)(settings.paths);
    if (runs.length === 0) {
        io.err(`warning: no token-usage.jsonl or token_usage.jsonl found under ${settings.paths.map((p) => `'${p}'`).join(', ')}\n`);
    }
    const data = await (0,_report_pipeline_js__WEBPACK_IMPORTED_MODULE_1__.buildReport)(runs, {
        priceBook,
        thresholds: settings.thresholds,
        ...(settings.providers ? { providers: settings.providers } : {}),
        ...(settings.since ? { since: settings.since } : {}),
        ...(settings.until ? { until: settings.until } : {}),
        ...(settings.tokenSemantics ? { normalisation: settings.tokenSemantics } : {}),
        ...(periodSettings.periods ? { periods: periodSettings.periods } : {}),
    });
    data.prices = { source: prices.source, version: prices.version, fetchedAt: prices.fetchedAt };
    await printReport(data, settings, io, { breakdown: periodSettings.breakdown });
}


/***/ }),

/***/ 1018:
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

/***/ 78752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   discoverLocalRuns: () => (/* binding */ discoverLocalRuns)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _archive_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12965);
/* harmony import */ var _artifact_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37361);




/**
 * Folder names that belong to an artifact's inside (or are artifact names), never to the `<workflow>/<run-id>`
 * layout: a downloaded artifact passed directly, or `ROOT/<wf>/<run>/agent/sandbox/...`, groups as one run.
 */
const artifactFolderNames = ['agent-artifacts', 'firewall-audit-logs', 'agent', 'usage', 'sandbox', 'logs', 'detection'];
/** An artifact folder, also with a `workflow_call` hash prefix (`3f9a1c2b-agent`). */
function isArtifactFolder(name) {
    return (0,_artifact_name_js__WEBPACK_IMPORTED_MODULE_3__/* .configuredArtifactName */ .aG)(name, artifactFolderNames) !== undefined;
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
    return { workflow: 'local', runId: own.length === 1 ? own[0] : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root)) };
}
async function statOrThrow(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
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
    for await (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.opendir)(dir))
        entries.push(entry);
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** Every file of a folder (counted; the first `inventoryPaths` kept), as the inventory of a zip is. */
async function folderInventory(dir) {
    const inventory = { entries: 0, paths: [] };
    const walk = async (absolute) => {
        for (const entry of await sortedEntries(absolute)) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(absolute, entry.name);
            if (entry.isDirectory())
                await walk(path);
            else {
                inventory.entries++;
                if (inventory.paths.length < _archive_js__WEBPACK_IMPORTED_MODULE_2__/* .inventoryPaths */ .rZ)
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
        for (const run of await sortedEntries((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, workflow.name))) {
            if (!run.isDirectory())
                continue;
            for (const artifact of await sortedEntries((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, workflow.name, run.name))) {
                if (!artifact.isDirectory() || (0,_artifact_name_js__WEBPACK_IMPORTED_MODULE_3__/* .configuredArtifactName */ .aG)(artifact.name, artifactNames) === undefined)
                    continue;
                const relativePath = `${workflow.name}/${run.name}/${artifact.name}`;
                const key = runKeyFor(root, `${relativePath}/file`);
                if (key.workflow !== workflow.name || key.runId !== run.name)
                    continue;
                const inventory = await folderInventory((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, workflow.name, run.name, artifact.name));
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
async function discoverLocalRuns(paths, limits = _archive_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultArchiveLimits */ .gr) {
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
        run.artifacts.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(zip.path).replace(/\.zip$/i, ''));
        try {
            const inZip = await (0,_archive_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenFileSourcesInZip */ .Y1)(zip.path, limits, zip.path);
            run.sources.push(...inZip);
            run.inventories.push(inZip.inspected);
        }
        catch (error) {
            if (!(error instanceof _archive_js__WEBPACK_IMPORTED_MODULE_2__/* .ArchiveError */ .di))
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
                found = await (0,_archive_js__WEBPACK_IMPORTED_MODULE_2__/* .findTokenFilesAndZips */ .j_)(path);
            }
            catch (error) {
                const code = error.code ?? String(error);
                throw new Error(`Input path '${path}' cannot be read (${code})`);
            }
            for (const file of found.tokenFiles) {
                const run = runFor(runKeyFor(path, file.relativePath));
                run.sources.push((0,_archive_js__WEBPACK_IMPORTED_MODULE_2__/* .fileSource */ .IO)(file.path, file.path, (0,_archive_js__WEBPACK_IMPORTED_MODULE_2__/* .usageFileKind */ .OK)(file.relativePath)));
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
            await addZip((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { path, relativePath: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path) });
        }
        else if ((0,_archive_js__WEBPACK_IMPORTED_MODULE_2__/* .usageFileKind */ .OK)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)) !== undefined) {
            const run = runFor(runKeyFor((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)));
            run.sources.push((0,_archive_js__WEBPACK_IMPORTED_MODULE_2__/* .fileSource */ .IO)(path, path, (0,_archive_js__WEBPACK_IMPORTED_MODULE_2__/* .usageFileKind */ .OK)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path))));
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
        sources: inventories.length > 0 ? Object.assign(sources, { inspected: (0,_archive_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeInventories */ .B_)(inventories) }) : sources,
    }))
        .sort((a, b) => a.meta.workflow.localeCompare(b.meta.workflow) || a.meta.runId.localeCompare(b.meta.runId));
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
    const { catalogueSchema, describeSchemaIssue } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(168)]).then(__webpack_require__.bind(__webpack_require__, 50168));
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

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createPriceBook: () => (/* binding */ createPriceBook),
/* harmony export */   loadPriceOverrides: () => (/* binding */ loadPriceOverrides)
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
