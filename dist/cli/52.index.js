export const id = 52;
export const ids = [52];
export const modules = {

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

/***/ 57052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildReport: () => (/* binding */ buildReport),
  summariseLocalRuns: () => (/* binding */ summariseLocalRuns)
});

// EXTERNAL MODULE: ./src/analysis/analyse-runs.ts + 2 modules
var analyse_runs = __webpack_require__(6967);
// EXTERNAL MODULE: ./src/usage/run-summary.ts
var run_summary = __webpack_require__(93707);
// EXTERNAL MODULE: ./src/analysis/periods.ts
var analysis_periods = __webpack_require__(79940);
// EXTERNAL MODULE: ./src/analysis/token-metrics.ts
var token_metrics = __webpack_require__(80783);
// EXTERNAL MODULE: ./src/analysis/usage-sums.ts
var usage_sums = __webpack_require__(50074);
;// CONCATENATED MODULE: ./src/analysis/period-metrics.ts
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
        const bounds = period === run_summary/* UNDATED_PERIOD */.QU ? { start: null, end: null } : (0,analysis_periods/* periodBounds */.z5)(period, split.by, split.timeZone);
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

// EXTERNAL MODULE: ./src/collect/run-failure.ts
var run_failure = __webpack_require__(35060);
// EXTERNAL MODULE: ./src/usage/summarise-run.ts + 4 modules
var summarise_run = __webpack_require__(12081);
;// CONCATENATED MODULE: ./src/report-pipeline.ts
/**
 * The engine on runs found on disk (the CLI) or downloaded (the action): summarise every run, then analyse.
 * Pure of @actions/*: the caller decides where runs come from and what happens to the report.
 */






/**
 * Summarises each run one after the other (files are streamed, so memory stays flat). A run whose file or archive
 * cannot be read becomes a run without data that says why; it does not stop the others.
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
/** Local runs → run summaries → the JSON report (window = the since/until filters; periods when asked for). */
async function buildReport(runs, options) {
    const { thresholds, periods, ...summariseOptions } = options;
    const summaries = await summariseLocalRuns(runs, periods ? { ...summariseOptions, periodOf: (0,analysis_periods/* periodIdReader */.qj)(periods.by, periods.timeZone) } : summariseOptions);
    const data = (0,analyse_runs/* analyseRuns */.a2)(summaries, {
        window: { since: options.since ?? null, until: options.until ?? null },
        ...(thresholds ? { thresholds } : {}),
    });
    return periods ? { ...data, periods: periodMetricsOf(summaries, periods), periodSplit: periods } : data;
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
            loadingSchema ??= Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(948)]).then(__webpack_require__.bind(__webpack_require__, 85948)).then((schema) => {
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


/***/ })

};
