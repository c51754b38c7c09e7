export const id = 752;
export const ids = [752];
export const modules = {

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


/***/ })

};
