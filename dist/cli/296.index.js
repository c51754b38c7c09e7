export const id = 296;
export const ids = [296,838];
export const modules = {

/***/ 86296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGitHub: () => (/* binding */ runGitHub)
});

// EXTERNAL MODULE: ./src/engine/github-collection.ts
var github_collection = __webpack_require__(47520);
// EXTERNAL MODULE: ./src/settings/collect-defaults.ts
var collect_defaults = __webpack_require__(60958);
// EXTERNAL MODULE: ./src/engine/prices-loader.ts
var prices_loader = __webpack_require__(41540);
// EXTERNAL MODULE: ./src/engine/engine.ts + 5 modules
var engine = __webpack_require__(20097);
// EXTERNAL MODULE: ./src/common/value-format.ts
var value_format = __webpack_require__(82210);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 347 modules
var artifact = __webpack_require__(5116);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 18 modules
var utils = __webpack_require__(79083);
;// CONCATENATED MODULE: ./src/github/api-budget.ts
function headerNumber(headers, name) {
    const value = headers[name];
    if (value === undefined || value === '')
        return undefined;
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
}
class ApiBudget {
    limit;
    remaining;
    resetEpochSeconds;
    requests = 0;
    /** Reads the rate-limit headers of one response (successful or not). */
    observe(headers) {
        if (!headers)
            return;
        const remaining = headerNumber(headers, 'x-ratelimit-remaining');
        if (remaining === undefined)
            return;
        const reset = headerNumber(headers, 'x-ratelimit-reset');
        const limit = headerNumber(headers, 'x-ratelimit-limit');
        // Responses of concurrent requests arrive out of order: within one window the lowest count is the newest.
        const newWindow = reset !== undefined && (this.resetEpochSeconds === undefined || reset > this.resetEpochSeconds);
        if (newWindow || this.remaining === undefined) {
            this.remaining = remaining;
            this.resetEpochSeconds = reset ?? this.resetEpochSeconds;
        }
        else if (reset === undefined || reset === this.resetEpochSeconds) {
            this.remaining = Math.min(this.remaining, remaining);
        }
        if (limit !== undefined)
            this.limit = limit;
    }
    /** Counts one API request whose response we will not see (or have not seen yet). */
    spend(count = 1) {
        this.requests += count;
        if (this.remaining !== undefined)
            this.remaining = Math.max(0, this.remaining - count);
    }
    /**
     * Takes a request about to be made off what is left, before it starts: concurrent downloads checking the budget
     * then do not all pass on the same estimate. Its count and its response's headers come through our Octokit.
     */
    reserve(count = 1) {
        if (this.remaining !== undefined)
            this.remaining = Math.max(0, this.remaining - count);
    }
    /** Counts one request made through our own Octokit (its headers arrive through observe()). */
    countRequest() {
        this.requests += 1;
    }
    snapshot() {
        return {
            limit: this.limit,
            remaining: this.remaining,
            resetAt: this.resetEpochSeconds === undefined ? undefined : new Date(this.resetEpochSeconds * 1000),
            requests: this.requests,
        };
    }
}

// EXTERNAL MODULE: ./src/github/artifact-download-error.ts
var artifact_download_error = __webpack_require__(68245);
;// CONCATENATED MODULE: ./src/github/request-bounds.ts
/**
 * Every request to GitHub is bounded: an API answer (headers and body) must arrive within a per-request timeout (a
 * download is bounded in download-bounds.ts), and nothing starts or goes on once the run's time budget is spent. A
 * network that cannot be reached at all fails at once instead of being retried as if GitHub had answered 500. The errors here say which bound ended the request.
 */
/** A request our side ended or could not make: no HTTP status, GitHub never answered. */
class RequestBoundError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** No answer (or no further bytes) within the timeout: retried like a transient failure. */
class RequestTimeoutError extends RequestBoundError {
}
/** The run's time budget is spent: not retried, the caller reports what it has. */
class OutOfTimeError extends RequestBoundError {
}
/** No connection could be made (refused, unknown host, no route): not retried. */
class NetworkUnreachableError extends RequestBoundError {
}
/** Connection errors that say the network (or the host) cannot be reached, which waiting a few seconds will not fix. */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ENETUNREACH', 'EHOSTUNREACH', 'EAI_AGAIN']);
/** The system error code behind a failed fetch (undici nests it in `cause`, or in an AggregateError's `errors`). */
function networkCodeOf(error) {
    for (let at = error, depth = 0; at && depth < 5; depth++) {
        if (typeof at.code === 'string')
            return at.code;
        const inner = Array.isArray(at.errors) ? at.errors[0] : undefined;
        if (inner && typeof inner.code === 'string')
            return inner.code;
        at = at.cause;
    }
    return undefined;
}
const seconds = (ms) => `${ms >= 1000 ? Math.round(ms / 100) / 10 : ms / 1000} s`;
/** The error for a request that failed: which bound ended it, or the network's failure, or the error itself. */
function boundedFailure(error, what, bounds, timedOut) {
    if (bounds.end?.aborted) {
        return new OutOfTimeError(`${what}: ${bounds.endText ?? 'the time budget'} ran out`, { cause: error });
    }
    if (timedOut)
        return new RequestTimeoutError(`${what}: no answer within ${seconds(bounds.timeoutMs)}`, { cause: error });
    const code = networkCodeOf(error);
    if (code && UNREACHABLE_CODES.has(code)) {
        const host = /^\w+ (\w+:\/\/[^/\s]+)/.exec(what)?.[1] ?? what;
        return new NetworkUnreachableError(`The network is unreachable: no connection to ${host} (${code}). Check the connection, a proxy, or GITHUB_API_URL.`, { cause: error });
    }
    return error;
}
/** The response statuses that have no body (a Response cannot be built with one). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
/**
 * A fetch for Octokit within `bounds`: the whole answer, body included, is read under the timeout (a body that
 * stalls after the headers is a stall too), then handed on as a Response of its own.
 */
function boundedFetch(bounds, base = globalThis.fetch) {
    return async (input, init = {}) => {
        const what = `${init.method ?? 'GET'} ${String(input instanceof Request ? input.url : input)}`;
        if (bounds.end?.aborted)
            throw boundedFailure(undefined, what, bounds, false);
        const timer = AbortSignal.timeout(bounds.timeoutMs);
        const signals = [timer, ...(bounds.end ? [bounds.end] : []), ...(init.signal ? [init.signal] : [])];
        try {
            const response = await base(input, { ...init, signal: AbortSignal.any(signals) });
            const body = NULL_BODY.has(response.status) ? null : await response.arrayBuffer();
            const copy = new Response(body, {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
            });
            Object.defineProperty(copy, 'url', { value: response.url });
            return copy;
        }
        catch (error) {
            throw boundedFailure(error, what, bounds, timer.aborted);
        }
    };
}

;// CONCATENATED MODULE: ./src/github/download-bounds.ts
/**
 * A download through @actions/artifact cannot be stopped: it has no signal, its blob fetch waits 30 s for each silent
 * chunk and tries 5 times. So we stop waiting for it instead: each download is raced against its own bound and
 * against the end of the collection, and one that overruns is abandoned (left to end on its own, its outcome
 * ignored; the entries exit promptly, see exit-promptly.ts, so it cannot hold the process either).
 */

const download_bounds_seconds = (ms) => `${ms >= 1000 ? Math.round(ms / 100) / 10 : ms / 1000} s`;
/**
 * `download`'s outcome, or a RequestTimeoutError once `bounds.timeoutMs` has passed (may pass: tried again), or an
 * OutOfTimeError once `bounds.end` aborts (no further attempt).
 */
function withinDownloadBounds(download, bounds) {
    // An abandoned download may still fail later: nobody waits for it, so its failure must not go unhandled.
    download.catch(() => undefined);
    const outOfTime = () => new OutOfTimeError(`${bounds.endText ?? 'the time budget'} ran out during the download`);
    if (bounds.end?.aborted)
        return Promise.reject(outOfTime());
    return new Promise((resolve, reject) => {
        const onEnd = () => finish(() => reject(outOfTime()));
        // Unref'd: a bound alone does not keep the process alive.
        const timer = setTimeout(() => finish(() => reject(new RequestTimeoutError(`the download did not end within ${download_bounds_seconds(bounds.timeoutMs)}`))), bounds.timeoutMs);
        timer.unref();
        bounds.end?.addEventListener('abort', onEnd, { once: true });
        function finish(settle) {
            clearTimeout(timer);
            bounds.end?.removeEventListener('abort', onEnd);
            settle();
        }
        download.then((value) => finish(() => resolve(value)), (error) => finish(() => reject(error)));
    });
}

;// CONCATENATED MODULE: ./src/github/permission-error.ts
/**
 * GitHub answers a token without the needed permission with 403 "Resource not accessible by integration" (or
 * "… by personal access token"); the user can only fix that in the workflow's `permissions:` block, so the error says
 * which permission to add.
 */
/** True for the 403 that means "this token lacks a permission" (not a rate limit, which is also a 403). */
function isMissingPermission(error) {
    const e = error;
    if (!e || e.status !== 403)
        return false;
    const text = `${e.response?.data?.message ?? ''} ${e.message ?? ''}`;
    return /resource not accessible by/i.test(text);
}
/**
 * The error to throw for a failed call: a missing-permission 403 becomes an Error naming the permission
 * (`issues: write`, `actions: read`…) and what was being done; anything else is returned unchanged.
 */
function explainPermissionError(error, permission, doing = 'calling the GitHub API') {
    if (!isMissingPermission(error))
        return error;
    const said = error.response?.data?.message ?? error.message;
    const explained = new Error(`Missing permission '${permission}' while ${doing}: GitHub answered 403 '${said}'. ` +
        `Add 'permissions: { ${permission} }' to the job (or the token's scopes).`, { cause: error });
    // The status stays on the error: callers decide by it (a 403 is not retried as a failure that may have worked).
    return Object.assign(explained, { status: 403, response: error.response });
}

;// CONCATENATED MODULE: ./src/github/download-failure.ts
/**
 * What a failed download attempt means: the error the run is reported with (its reason picks the run's state) and
 * whether another attempt may help. A 5xx, a 429, a secondary rate limit or a download that overran its bound may
 * pass; an expired artifact, a missing permission, a spent rate limit or time budget will not within this run, nor
 * a blob @actions/artifact has already tried 5 times.
 */



/** Octokit's message without its " - https://docs.github.com/…" tail (the runs listing's page, for a download). */
const withoutDocsLink = (message) => message.replace(/\s+-\s+https:\/\/docs\.github\.com\S*$/, '');
/**
 * Classifies one failed attempt to download `artifact`. `lacksPermission` words the advice for a token without
 * `actions: read` (the action's input or the CLI's variable).
 */
function downloadFailureOf(error, artifact, lacksPermission) {
    const prefix = `Artifact '${artifact.name}' (id ${artifact.id})`;
    const failed = (message, final, reason = 'failed') => ({
        error: new artifact_download_error/* ArtifactDownloadError */.d(`${prefix}: ${message}`, reason),
        final,
    });
    if (error instanceof artifact_download_error/* ArtifactDownloadError */.d)
        return { error, final: true };
    if (error instanceof OutOfTimeError)
        return failed(error.message, true, 'out-of-time');
    if (error instanceof NetworkUnreachableError)
        return failed(error.message, true);
    if (error instanceof RequestBoundError)
        return failed(error.message, false);
    const system = error;
    if (typeof system.syscall === 'string' && typeof system.code === 'string') {
        // A file system error names the runner's temporary path: the code says enough.
        return failed(`the zip could not be saved (${system.code})`, false);
    }
    const failure = error;
    const headers = failure.response?.headers ?? {};
    const cause = error.cause;
    // A timed-out request for the redirect: Octokit wraps our timeout in a 500.
    if (cause instanceof RequestBoundError)
        return failed(cause.message, false);
    // @actions/artifact retries the blob itself; its final error carries no status but names it.
    if (failure.status === undefined && /Unable to download and extract artifact/.test(failure.message ?? '')) {
        return failed(failure.message, true);
    }
    const status = failure.status !== undefined ? `${failure.status} ` : '';
    const detail = `${status}${withoutDocsLink(failure.message)}`;
    if (failure.status === 410 || /expired/i.test(failure.message))
        return failed(detail, true, 'expired');
    if ((failure.status === 403 || failure.status === 429) && headers['x-ratelimit-remaining'] === '0') {
        return failed(detail, true, 'rate-limited');
    }
    if (isMissingPermission(error))
        return failed(`${detail}. ${lacksPermission}`, true);
    const transient = failure.status === undefined ||
        failure.status >= 500 ||
        failure.status === 429 ||
        (failure.status === 403 && /secondary rate/i.test(failure.message));
    const retryAfter = Number(headers['retry-after']);
    return { ...failed(detail, !transient), ...(Number.isFinite(retryAfter) ? { retryAfter } : {}) };
}

;// CONCATENATED MODULE: ./src/github/library-stdout.ts
const active = new Set();
let originalWrite;
async function withStdoutFilter(drop, work) {
    // A filter of its own for each call, so that two calls with the same predicate are counted apart.
    const filter = (chunk) => drop(chunk);
    if (active.size === 0) {
        const write = process.stdout.write;
        originalWrite = write;
        process.stdout.write = function (chunk, ...rest) {
            if ([...active].some((f) => f(chunk)))
                return true;
            return write.call(this, chunk, ...rest);
        };
    }
    active.add(filter);
    try {
        return await work();
    }
    finally {
        active.delete(filter);
        if (active.size === 0 && originalWrite) {
            process.stdout.write = originalWrite;
            originalWrite = undefined;
        }
    }
}
/** @actions/artifact's per-download lines. If the library rewords them they simply show up again. */
const ARTIFACT_DOWNLOAD_LINE = /^(Downloading artifact '|Redirecting to blob download url: |Starting download of artifact to: |Downloading raw file \(non-zip\) to: |SHA256 digest of downloaded artifact is |Artifact download completed successfully\.)/;
/** Runs `work` (a download) with @actions/artifact's per-download lines dropped from stdout. */
function withArtifactLibraryQuiet(work) {
    return withStdoutFilter((chunk) => typeof chunk === 'string' && ARTIFACT_DOWNLOAD_LINE.test(chunk), work);
}
/**
 * Runs `work` with everything written to stdout dropped: the CLI's collection, whose report is printed on stdout
 * afterwards (the CLI's own lines go to stderr).
 */
function withStdoutReservedForReport(work) {
    return withStdoutFilter(() => true, work);
}

;// CONCATENATED MODULE: ./src/github/malformed-answer.ts
/**
 * GitHub answered 200 but not with what the endpoint documents (a body cut mid-transfer arrives from Octokit as an
 * empty string, a proxy may answer HTML): the message says what was expected and quotes the start of what came.
 */
class MalformedAnswerError extends Error {
    constructor(expected, received) {
        super(`GitHub answered without ${expected} (got ${describeAnswer(received)})`);
        this.name = 'MalformedAnswerError';
    }
}
/** `an empty body`, `text '<html>…'`, `an object with keys total_count, runs`. */
function describeAnswer(data) {
    if (data === undefined || data === null || data === '')
        return 'an empty body';
    if (typeof data === 'string') {
        const start = data.slice(0, 60).replace(/\s+/g, ' ');
        return `text that is not JSON: '${start}${data.length > 60 ? '…' : ''}'`;
    }
    if (Array.isArray(data))
        return `a list of ${data.length}`;
    if (typeof data === 'object') {
        const keys = Object.keys(data).slice(0, 5);
        return keys.length === 0 ? 'an empty object' : `an object with ${keys.join(', ')}`;
    }
    return `${typeof data} ${String(data).slice(0, 40)}`;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./src/github/too-many-requests.ts
/** A plain 429: not a rate limit that plugin-throttling waits out. */
function isPlainTooManyRequests(error) {
    const failure = error;
    if (!failure || failure.status !== 429)
        return false;
    const headers = failure.response?.headers ?? {};
    return headers['x-ratelimit-remaining'] !== '0' && !/\bsecondary rate\b/i.test(failure.message ?? '');
}
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The plugin: applied before retry and throttling, so they see only what is left after its attempts. */
function tooManyRequestsPlugin(options) {
    const sleep = options.sleep ?? defaultSleep;
    return (octokit) => {
        octokit.hook.wrap('request', async (request, requestOptions) => {
            for (let attempt = 1;; attempt++) {
                try {
                    return await request(requestOptions);
                }
                catch (error) {
                    if (!isPlainTooManyRequests(error) || attempt > options.retries)
                        throw error;
                    const retryAfter = Number(error.response?.headers?.['retry-after']);
                    const given = Number.isFinite(retryAfter) && retryAfter >= 0;
                    if (given && retryAfter > options.maxWaitSeconds)
                        throw error;
                    await sleep(given ? retryAfter * options.unitMs : attempt * attempt * options.unitMs);
                }
            }
        });
    };
}

;// CONCATENATED MODULE: ./src/github/octokit-client.ts
/**
 * The one Octokit factory: @actions/github's Octokit with retry, throttling and API-budget tracking.
 * The collector's client and the issue operations both build on it.
 */



// The build plugin-throttling itself uses (no Redis clustering); typed in bottleneck-light.d.ts.




/** Default of {@link OctokitClientOptions.requestTimeoutMs}. */
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/**
 * The bundled action's end-to-end tests set this variable to shrink every write spacing, which would otherwise cost
 * 1 to 3 s per issue write; runners never set it.
 */
const WRITE_SPACING_VARIABLE = 'TOKEN_USAGE_ANALYZER_WRITE_SPACING_MS';
/** 1000 ms, unless {@link WRITE_SPACING_VARIABLE} says otherwise. */
function defaultWriteSpacingMs(env = process.env) {
    const value = env[WRITE_SPACING_VARIABLE];
    if (value === undefined || value === '')
        return 1000;
    if (!/^\d+$/.test(value)) {
        throw new Error(`${WRITE_SPACING_VARIABLE} must be a whole number of milliseconds, got ${JSON.stringify(value)}`);
    }
    return Number(value);
}
/**
 * Statuses that retrying cannot fix, so a retry only burns API budget:
 * 400/422 bad request, 401 bad token, 404 missing or no access, 410 gone (an expired artifact), 451 blocked.
 * 403 is both "forbidden" and the primary/secondary rate limit: rate limits are the throttling plugin's job (it
 * knows the reset time), a plain 403 will not change on retry. 429 is retried, writes included, by
 * too-many-requests.ts (a 429 wrote nothing), and the throttling plugin handles the ones that carry rate limits.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
const defaultLog = {
    info: () => undefined,
    warning: (message) => process.stderr.write(`${message}\n`),
};
/** A plugin applied before retry and throttling, so its hooks see every attempt (and every response's headers). */
function budgetPlugin(budget) {
    return (octokit) => {
        octokit.hook.before('request', () => budget.countRequest());
        octokit.hook.after('request', (response) => budget.observe(response.headers));
        octokit.hook.error('request', (error) => {
            const headers = error.response?.headers;
            budget.observe(headers);
            throw error;
        });
    };
}
/**
 * Octokit turns every failed fetch into a RequestError with status 500, which plugin-retry repeats as if GitHub had
 * answered: a spent time budget and an unreachable network are handed on as themselves, so nothing retries them
 * (and no message blames GitHub). Applied before retry, so that it sees each attempt's error first.
 */
function unretriedFailures(octokit) {
    octokit.hook.error('request', (error) => {
        const cause = error.cause;
        if (cause instanceof OutOfTimeError || cause instanceof NetworkUnreachableError)
            throw cause;
        throw error;
    });
}
/** Builds an Octokit that retries transient failures, waits out short rate limits and never sleeps for an hour. */
function createOctokit(token, options = {}) {
    const log = options.log ?? defaultLog;
    const budget = options.budget ?? new ApiBudget();
    const maxWait = options.maxRateLimitWaitSeconds ?? 60;
    const rateLimitRetries = options.rateLimitRetries ?? 3;
    const retryBaseMs = options.retryBaseMs ?? 1000;
    const writeSpacingMs = options.writeSpacingMs ?? defaultWriteSpacingMs();
    const spacedGroup = (minTime) => new (light_default()).Group({ maxConcurrent: 1, minTime });
    // Both handlers return true to retry after `retryAfter` seconds. A primary limit resets up to an hour later:
    // waiting that long would hold the workflow for nothing, so we give up and let the caller report what is missing.
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${request.method} ${request.url}`;
        if (retryCount < rateLimitRetries && retryAfter <= maxWait) {
            log.info(`${kind} rate limit on ${what}: retrying in ${retryAfter} s (retry ${retryCount + 1}).`);
            return true;
        }
        log.warning(`${kind} rate limit on ${what}: not retrying (lifts in ${retryAfter} s, limit ${maxWait} s).`);
        return false;
    };
    return (0,github/* getOctokit */.Q)(token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
        log: {
            debug: (message) => log.debug?.(message),
            info: (message) => log.debug?.(message),
            warn: (message) => log.warning(message),
            error: (message) => log.warning(message),
        },
        request: {
            fetch: boundedFetch({
                timeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
                ...(options.timeBudget ? { end: options.timeBudget.end, endText: options.timeBudget.describe() } : {}),
            }, options.fetch),
        },
        retry: { doNotRetry: DO_NOT_RETRY, retries: options.retries ?? 3, retryAfterBaseValue: retryBaseMs },
        throttle: {
            onRateLimit: onLimit('Primary'),
            onSecondaryRateLimit: onLimit('Secondary'),
            // Tests shrink the unit so that a `retry-after: 1` costs milliseconds, not a second.
            retryAfterBaseValue: retryBaseMs,
            // This client's own groups in place of the plugin's process-wide ones (same limits), so that the spacing
            // follows writeSpacingMs.
            write: spacedGroup(writeSpacingMs),
            search: spacedGroup(2 * writeSpacingMs),
            notifications: spacedGroup(3 * writeSpacingMs),
        },
    }, budgetPlugin(budget), unretriedFailures, tooManyRequestsPlugin({ retries: rateLimitRetries, unitMs: retryBaseMs, maxWaitSeconds: maxWait }), dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}

;// CONCATENATED MODULE: ./src/github/api-failure.ts
/**
 * A failed GitHub API call in words a user can act on: what was being done, in which repository, what GitHub
 * answered and what to check. "Listing workflow runs of acme/agents failed: 401 Bad credentials. Check the
 * `github-token` input." says all of that where Octokit's own error says only "Bad credentials".
 */



/** The action: a token from the `github-token` input, its permissions set by the job. */
const ACTION_TOKEN = {
    name: 'the `github-token` input',
    grant: (permission) => `Add \`permissions: ${permission}\` to the job (or give the token that scope).`,
};
/** The CLI: a token from the environment, its permissions set where it was made. */
function environmentToken(variable) {
    return {
        name: `\`${variable}\``,
        grant: (permission) => `Use a token in \`${variable}\` that has \`${permission}\` on the repository (a fine-grained token's ` +
            'repository permissions, or the repo scope of a classic one).',
    };
}
/**
 * A failed API call, worded. It keeps the original's `status` and `response`, so code that decides by them (is this
 * a rate limit?) decides the same on the worded error.
 */
class GitHubApiError extends Error {
    status;
    response;
    constructor(message, original) {
        super(message, { cause: original });
        this.name = 'GitHubApiError';
        if (original.status !== undefined)
            this.status = original.status;
        if (original.response !== undefined)
            this.response = original.response;
    }
}
/** The HTTP failure behind an error: the error itself, or the one an explanation wraps (its `cause`). */
function httpFailureOf(error) {
    const failure = error;
    if (!failure || typeof failure !== 'object')
        return undefined;
    if (typeof failure.status === 'number')
        return failure;
    const cause = failure.cause;
    return cause && typeof cause === 'object' && typeof cause.status === 'number' ? cause : undefined;
}
/** GitHub's own message ("Bad credentials"), without Octokit's " - https://docs.github.com/…" tail. */
function answerOf(failure) {
    const said = failure.response?.data?.message ?? failure.message ?? '';
    return said
        .replace(/\s+-\s+https:\/\/docs\.github\.com\S*$/, '')
        .trim()
        .replace(/\.$/, '');
}
function isRateLimit(failure) {
    return ((failure.status === 403 || failure.status === 429) &&
        (failure.response?.headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(answerOf(failure))));
}
/** When the primary rate limit lifts, from `x-ratelimit-reset` (epoch seconds). */
function resetOf(failure) {
    const reset = Number(failure.response?.headers?.['x-ratelimit-reset']);
    if (!Number.isFinite(reset) || reset <= 0)
        return undefined;
    return new Date(reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** What to check, by what GitHub answered. */
function adviceFor(failure, operation) {
    const { status } = failure;
    const { credentials, repository, permission } = operation;
    if (status === 401)
        return `Check ${credentials.name}: the token is missing, mistyped, expired or revoked.`;
    if (isRateLimit(failure)) {
        const reset = resetOf(failure);
        return `The token's API rate limit is used up${reset ? ` until ${reset}` : ''}: run again later.`;
    }
    if (status === 403 && isMissingPermission(failure)) {
        return `The token lacks \`${permission}\`. ${credentials.grant(permission)}`;
    }
    if (status === 403)
        return `Check that ${credentials.name} may use ${repository} with \`${permission}\`.`;
    if (status === 404) {
        return (`Check the repository name '${repository}' and that the token can see it ` +
            '(GitHub answers 404 for a private repository the token cannot read).');
    }
    if (status !== undefined && status >= 500) {
        return 'GitHub had a server error: check https://www.githubstatus.com and try again.';
    }
    return '';
}
/**
 * The error to throw for a failed call: an HTTP failure (or an explanation wrapping one) becomes a GitHubApiError
 * naming the operation, the repository, the status and what to check; any other error is returned unchanged.
 */
function explainApiFailure(error, operation) {
    if (error instanceof GitHubApiError)
        return error;
    // No HTTP failure, but one that says what happened: GitHub's answer was not the documented one, a bound of ours
    // ended the request, or the network is down. No status to quote, and no advice that would blame GitHub.
    if (error instanceof MalformedAnswerError || error instanceof RequestBoundError) {
        return new Error(`${operation.doing} of ${operation.repository} failed: ${error.message.replace(/\.$/, '')}.`, {
            cause: error,
        });
    }
    const failure = httpFailureOf(error);
    if (!failure)
        return error;
    // Octokit reports a request our timeout ended as a 500: it was not GitHub's.
    const cause = failure.cause;
    if (cause instanceof RequestBoundError)
        return explainApiFailure(cause, operation);
    const answer = answerOf(failure);
    const advice = adviceFor(failure, operation);
    const message = `${operation.doing} of ${operation.repository} failed: ${failure.status}${answer ? ` ${answer}` : ''}.` +
        (advice ? ` ${advice}` : '');
    return new GitHubApiError(message, failure);
}

;// CONCATENATED MODULE: ./src/github/github-client.ts
/**
 * The domain-named GitHub client the collector talks to: workflow runs, artifacts, downloads.
 * It returns small local types, not Octokit responses, so the collector can be tested with a plain fake.
 */














/** Default of {@link GitHubClientOptions.downloadTimeoutMs}. */
const DEFAULT_DOWNLOAD_TIMEOUT_MS = 180_000;
// Runs and artifacts are read with the `actions: read` permission; a 403 without it names it.
const ACTIONS_READ = 'actions: read';
/** GitHub returns at most this many runs for a listing with a `created` filter. */
const RUN_LISTING_CAP = 1000;
const PER_PAGE = 100;
/** Pages of one runs listing fetched at once. */
const RUN_PAGES_AT_ONCE = 4;
/** `2026-04-01T17:20:00Z`: GitHub's search syntax wants whole seconds. */
function isoSeconds(time) {
    return new Date(Math.floor(time / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
/** This repository's pull requests among a run's `pull_requests` (it can list another repository's). */
function pullRequestsOf(raw, repository) {
    return (raw.pull_requests ?? [])
        .filter((pull) => pull.base?.repo?.url?.toLowerCase().endsWith(`/repos/${repository}`.toLowerCase()) ?? false)
        .map((pull) => pull.number)
        .filter((n) => typeof n === 'number');
}
function runOf(raw, repository) {
    const pullRequests = pullRequestsOf(raw, repository);
    return {
        id: raw.id,
        attempt: raw.run_attempt ?? 1,
        workflowName: raw.name ?? raw.path ?? String(raw.id),
        workflowPath: raw.path ?? '',
        branch: raw.head_branch ?? undefined,
        createdAt: raw.created_at,
        status: raw.status,
        conclusion: raw.conclusion,
        url: raw.html_url,
        ...(raw.head_sha ? { headSha: raw.head_sha } : {}),
        ...(raw.event ? { event: raw.event } : {}),
        ...(pullRequests.length > 0 ? { pullRequests } : {}),
    };
}
function artifactOf(raw) {
    const runId = raw.workflow_run?.id;
    if (runId === undefined)
        return undefined;
    return {
        id: raw.id,
        name: raw.name,
        runId,
        expired: raw.expired,
        sizeInBytes: raw.size_in_bytes,
        digest: raw.digest ?? undefined,
        createdAt: raw.created_at ?? undefined,
    };
}
/** True for GitHub's answer when the primary rate limit is used up (403 or 429 with nothing remaining). */
function isRateLimitError(error) {
    const failure = error;
    return ((failure?.status === 403 || failure?.status === 429) && failure.response?.headers?.['x-ratelimit-remaining'] === '0');
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class OctokitGitHubClient {
    options;
    octokit;
    budget;
    artifactClient = new artifact/* DefaultArtifactClient */.t9();
    /** `octokit` shares an Octokit (and the budget it counts into) with the report issues: see github-surface.ts. */
    constructor(options, shared) {
        this.options = options;
        this.budget = shared?.budget ?? options.budget ?? new ApiBudget();
        this.octokit = shared?.octokit ?? createOctokit(options.token, { ...options, budget: this.budget });
    }
    apiBudget() {
        return this.budget.snapshot();
    }
    explain(error, doing) {
        const { owner, repo, credentials = ACTION_TOKEN } = this.options;
        return explainApiFailure(error, { doing, repository: `${owner}/${repo}`, permission: ACTIONS_READ, credentials });
    }
    async listRuns(window) {
        const byId = new Map();
        try {
            await this.collectRuns(window.since.getTime(), window.until.getTime(), byId);
        }
        catch (error) {
            throw this.explain(error, 'Listing workflow runs');
        }
        return [...byId.values()].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id);
    }
    // Windows are split in halves until each holds at most 1,000 runs; ranges are inclusive, so runs at a split
    // second may be listed twice and are deduplicated by id. The first page's total_count says how many pages
    // follow, so those are fetched a few at a time instead of one after another (the window's end is in the past,
    // so no new run can shift the pages while they are read).
    async collectRuns(from, to, byId) {
        const { owner, repo } = this.options;
        const created = `${isoSeconds(from)}..${isoSeconds(to)}`;
        const page = async (number) => {
            const response = await this.octokit.rest.actions.listWorkflowRunsForRepo({
                owner,
                repo,
                created,
                // Each run keeps its pull request list: the daily report's "Pull requests" section counts runs by it.
                per_page: PER_PAGE,
                page: number,
            });
            const data = response.data;
            if (!Array.isArray(data?.workflow_runs)) {
                throw new MalformedAnswerError(`a \`workflow_runs\` list for ${created}, page ${number}`, response.data);
            }
            for (const raw of data.workflow_runs)
                byId.set(raw.id, runOf(raw, `${owner}/${repo}`));
            return { total: data.total_count ?? 0, count: data.workflow_runs.length };
        };
        const middle = from + Math.floor((to - from) / 2);
        const first = await page(1);
        if (first.total > RUN_LISTING_CAP) {
            if (to - from >= 2000) {
                await Promise.all([this.collectRuns(from, middle, byId), this.collectRuns(middle + 1000, to, byId)]);
                return;
            }
            this.options.log?.warning(`${first.total} runs were created in ${created}; GitHub lists only ${RUN_LISTING_CAP} of them.`);
        }
        if (first.total === 0 && first.count === PER_PAGE) {
            // No total_count (a server that leaves it out): read on until a page comes back short.
            for (let number = 2; (await page(number)).count === PER_PAGE; number++)
                ;
            return;
        }
        const pages = Math.ceil(Math.min(first.total, RUN_LISTING_CAP) / PER_PAGE);
        let next = 2;
        const worker = async () => {
            while (next <= pages)
                await page(next++);
        };
        await Promise.all(Array.from({ length: RUN_PAGES_AT_ONCE }, worker));
    }
    async listArtifacts(name, options = {}) {
        try {
            return await this.listArtifactsNamed(name, options);
        }
        catch (error) {
            throw this.explain(error, name === undefined ? 'Listing artifacts' : `Listing artifacts named '${name}'`);
        }
    }
    async listArtifactsNamed(name, options) {
        const { owner, repo } = this.options;
        const iterator = this.octokit.paginate.iterator(this.octokit.rest.actions.listArtifactsForRepo, {
            owner,
            repo,
            ...(name === undefined ? {} : { name }),
            per_page: PER_PAGE,
        });
        const artifacts = [];
        const after = options.createdAfter?.getTime();
        // GitHub lists newest first, but does not document it: the listing only stops early once the pages have shown
        // that order, since stopping on an oldest-first listing would lose every artifact of the window.
        let newestFirst;
        for await (const response of iterator) {
            const page = response.data;
            if (!Array.isArray(page))
                throw new MalformedAnswerError('an `artifacts` list', response.data);
            for (const raw of page) {
                // The name filter is exact on GitHub; checking again keeps a server that ignores it from mixing names.
                const artifact = name === undefined || raw.name === name ? artifactOf(raw) : undefined;
                if (artifact)
                    artifacts.push(artifact);
            }
            const times = page.map((raw) => (raw.created_at ? Date.parse(raw.created_at) : Number.NaN));
            const first = times[0];
            const last = times[times.length - 1];
            if (first > last && newestFirst === undefined)
                newestFirst = true;
            if (first < last)
                newestFirst = false;
            const allOlder = after !== undefined && times.length > 0 && times.every((time) => time < after);
            if (allOlder && newestFirst)
                break;
        }
        return artifacts;
    }
    async downloadArtifact(artifact, destDir) {
        this.refuseOtherDownloadServer();
        const attempts = 1 + (this.options.downloadRetries ?? 2);
        const maxWait = this.options.maxRateLimitWaitSeconds ?? 60;
        const baseMs = this.options.retryBaseMs ?? 1000;
        // Named after the artifact (made safe as a file name), which is how archive errors name it.
        const zipPath = external_node_path_.join(destDir, `${artifact.name.replace(/[^\w.-]+/g, '_').slice(0, 100) || 'artifact'}.zip`);
        for (let attempt = 1;; attempt++) {
            try {
                const budget = this.options.timeBudget;
                if (budget?.collection.aborted)
                    throw new OutOfTimeError(`${budget.describe()} ran short`);
                // @actions/artifact makes one API request (the redirect) through its own Octokit; we never see its headers.
                // Counted synchronously, before the first await: the download pool checks the budget just before calling.
                this.budget.spend(1);
                // A folder per attempt: an abandoned attempt that goes on writing cannot touch the next one's zip.
                const attemptDir = external_node_path_.join(destDir, `attempt-${attempt}`);
                await this.downloadInto(artifact, attemptDir);
                const files = await (0,promises_.readdir)(attemptDir);
                if (files.length !== 1) {
                    throw new artifact_download_error/* ArtifactDownloadError */.d(`Artifact '${artifact.name}' (id ${artifact.id}): expected one zip file, found ${files.length}`, 'failed');
                }
                await (0,promises_.rename)(external_node_path_.join(attemptDir, files[0]), zipPath);
                await (0,promises_.rm)(attemptDir, { recursive: true, force: true });
                return { zipPath };
            }
            catch (error) {
                // The redirect's rate-limit headers, when @actions/artifact's Octokit failed with them.
                this.budget.observe(error?.response?.headers);
                const failure = downloadFailureOf(error, artifact, this.lacksActionsRead());
                if (failure.final || attempt >= attempts)
                    throw failure.error;
                const retryAfter = failure.retryAfter;
                if (retryAfter !== undefined && retryAfter > maxWait)
                    throw failure.error;
                await sleep(retryAfter !== undefined && retryAfter > 0 ? retryAfter * baseMs : attempt * attempt * baseMs);
            }
        }
    }
    /**
     * One attempt through @actions/artifact, which checks the zip's digest; we wait for it within the download's
     * bounds only (see download-bounds.ts).
     */
    async downloadInto(artifact, dir) {
        const download = withArtifactLibraryQuiet(() => this.artifactClient.downloadArtifact(artifact.id, {
            path: dir,
            findBy: {
                token: this.options.token,
                workflowRunId: artifact.runId,
                repositoryOwner: this.options.owner,
                repositoryName: this.options.repo,
            },
            expectedHash: artifact.digest,
            // The zip is kept as one file and read by the usage layer, which enforces size and entry limits.
            skipDecompress: true,
        }));
        const { digestMismatch } = await withinDownloadBounds(download, this.downloadBounds());
        if (digestMismatch) {
            throw new artifact_download_error/* ArtifactDownloadError */.d(`Artifact '${artifact.name}' (id ${artifact.id}) does not match its digest ${artifact.digest}`, 'integrity');
        }
    }
    /**
     * @actions/artifact asks for the download redirect through @actions/github's default Octokit, whose URL was fixed
     * from GITHUB_API_URL when that module loaded: listing from one server and downloading from another would fail in
     * confusing ways, so a download through a client with a different baseUrl is refused. Only downloads: a listing
     * that cannot reach its server says so first.
     */
    refuseOtherDownloadServer() {
        const { baseUrl } = this.options;
        const downloadsFrom = (utils/* defaults */.NT.baseUrl ?? 'https://api.github.com').replace(/\/+$/, '');
        if (baseUrl && baseUrl.replace(/\/+$/, '') !== downloadsFrom) {
            throw new artifact_download_error/* ArtifactDownloadError */.d(`GitHub API URL '${baseUrl}' differs from '${downloadsFrom}', which artifact downloads use ` +
                '(GITHUB_API_URL as it was when @actions/github loaded). Set GITHUB_API_URL before starting.', 'failed');
        }
    }
    /** The advice for a download refused for want of `actions: read`. */
    lacksActionsRead() {
        const credentials = this.options.credentials ?? ACTION_TOKEN;
        return `The token lacks \`${ACTIONS_READ}\`. ${credentials.grant(ACTIONS_READ)}`;
    }
    /** A download is waited for up to its own bound, and until the collection's time is up. */
    downloadBounds() {
        const budget = this.options.timeBudget;
        return {
            timeoutMs: this.options.downloadTimeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS,
            ...(budget ? { end: budget.collection, endText: budget.describe() } : {}),
        };
    }
}
/** The client for one repository. */
function createGitHubClient(options) {
    return new OctokitGitHubClient(options);
}

// EXTERNAL MODULE: ./src/usage/archive.ts
var archive = __webpack_require__(12965);
// EXTERNAL MODULE: ./src/usage/artifact-name.ts
var artifact_name = __webpack_require__(37361);
// EXTERNAL MODULE: ./src/collect/artifact-choice.ts
var artifact_choice = __webpack_require__(21956);
;// CONCATENATED MODULE: ./src/collect/collect-logger.ts
/** Discards everything. */
const silentCollectLogger = {
    info: () => undefined,
    warning: () => undefined,
    startGroup: () => undefined,
    endGroup: () => undefined,
};

// EXTERNAL MODULE: ./src/usage/run-summary.ts
var run_summary = __webpack_require__(93707);
// EXTERNAL MODULE: ./src/collect/run-failure.ts
var run_failure = __webpack_require__(35060);
// EXTERNAL MODULE: ./src/collect/summary-cache.ts
var summary_cache = __webpack_require__(26469);
;// CONCATENATED MODULE: ./src/collect/collection-plan.ts




/** A carried run older than this before the window is dropped: GitHub cancels a workflow run after 35 days. */
const MAX_CARRY_MS = 35 * 86_400_000;
/**
 * A finished run whose download kept failing is retried for a week of reports, then given up: each carried run
 * reaches the listings back to its creation, and a download that fails for a week will not pass.
 */
const MAX_RETRY_MS = 7 * 86_400_000;
/**
 * Carried runs were created before the window: the listings reach back to the oldest of them, and of the runs
 * created before the window only the carried ones are kept.
 */
function listingScope(windowSince, carriedRuns) {
    const since = windowSince.getTime();
    const before = carriedRuns.filter((run) => Date.parse(run.createdAt) < since);
    const givenUp = before.filter((run) => run.reason && Date.parse(run.createdAt) < since - MAX_RETRY_MS);
    const carried = new Map(before
        .filter((run) => !givenUp.includes(run) && Date.parse(run.createdAt) >= since - MAX_CARRY_MS)
        .map((run) => [run.id, run]));
    const listFrom = new Date(Math.min(since, ...[...carried.values()].map((run) => Date.parse(run.createdAt))));
    return {
        carried,
        givenUp,
        listFrom,
        inReport: (run) => Date.parse(run.createdAt) >= since || carried.has(String(run.id)),
    };
}
function metaOf(run, artifact) {
    return {
        workflow: run.workflowName,
        runId: String(run.id),
        ...(run.branch !== undefined ? { branch: run.branch } : {}),
        createdAt: run.createdAt,
        ...(run.conclusion ? { conclusion: run.conclusion } : {}),
        url: run.url,
        ...(run.headSha ? { headSha: run.headSha } : {}),
        ...(run.event ? { event: run.event } : {}),
        ...(run.pullRequests ? { pullRequests: run.pullRequests } : {}),
        ...(artifact ? { artifact: artifact.name } : {}),
    };
}
/** Finished runs whose usage was not read for a reason that may pass: the next report collects them again. */
function runsToRetry(summaries) {
    return summaries
        .filter((summary) => statesThatMayPass.has(summary.state) && summary.createdAt !== undefined)
        .map((summary) => ({ id: summary.runId, createdAt: summary.createdAt, reason: summary.state }));
}
/** States of a run whose usage was read. */
const statesWithUsage = new Set(['analysed', 'analysed-totals']);
/** A run an earlier reading has, as a summary: for a run this collection's listing did not show. */
function summaryOfReading(runId, reading) {
    const meta = { workflow: reading.workflow, runId, ...(reading.createdAt ? { createdAt: reading.createdAt } : {}) };
    return { ...(0,run_summary/* summaryWithoutUsage */.WW)(meta, reading.state), models: reading.models };
}
/**
 * A run this collection did not read (its download failed, the budget did not reach it, its artifact is gone since)
 * keeps what an earlier report of the same day read of it: a re-run can add information, never remove it. A run
 * with data the listing did not show at all (GitHub's listing lagging) is kept whole (`unlisted`). Returns the runs,
 * how many kept an earlier reading, and how many were not listed.
 */
function keepEarlierReadings(runs, earlier) {
    let kept = 0;
    const merged = runs.map((summary) => {
        const reading = earlier.get(summary.runId);
        if (!reading || statesWithUsage.has(summary.state) || reading.models.length === 0)
            return summary;
        kept++;
        const { stateDetail: _unread, ...rest } = summary;
        return { ...rest, state: reading.state, models: reading.models };
    });
    const listed = new Set(runs.map((summary) => summary.runId));
    let unlisted = 0;
    for (const [runId, reading] of earlier) {
        if (listed.has(runId) || reading.workflow === undefined || reading.models.length === 0)
            continue;
        merged.push(summaryOfReading(runId, { ...reading, workflow: reading.workflow }));
        unlisted++;
    }
    return { runs: merged, kept, unlisted };
}
/** The summary of a run that yielded no usage. */
function summaryWithoutData(run, state, detail, artifact) {
    return (0,run_summary/* summaryWithoutUsage */.WW)(metaOf(run, artifact), state, detail);
}
/** Summaries the cache holds for these runs, and the runs it does not answer. */
function answerFromCache(runs, restored) {
    const cached = new Map();
    const uncached = [];
    for (const run of runs) {
        const summary = restored.get((0,summary_cache/* runKey */.r7)(run.id, run.attempt));
        // The run's name, branch or URL may read differently now; the usage cannot have changed.
        if (summary && summary_cache/* cacheableStates */.bs.has(summary.state)) {
            cached.set(run.id, { ...summary, ...metaOf(run), artifact: summary.artifact });
        }
        else
            uncached.push(run);
    }
    return { cached, uncached };
}
/** For each uncached run, the artifact to download, or why there is none. */
function planDownloads(uncached, artifactLists, names) {
    const wanted = new Set(uncached.map((run) => run.id));
    const found = [];
    const runsWithName = new Map();
    for (const [name, listed] of artifactLists) {
        const forRuns = listed.filter((artifact) => wanted.has(artifact.runId));
        runsWithName.set(name, forRuns.length);
        found.push(...forRuns);
    }
    const byRun = (0,artifact_choice/* artifactsByRun */.ar)(found);
    const downloads = [];
    const withoutArtifact = [];
    for (const run of uncached) {
        const choice = (0,artifact_choice/* chooseArtifact */.gW)(byRun.get(run.id) ?? [], [...names]);
        if (choice.kind === 'download')
            downloads.push({ run, artifact: choice.artifact, also: choice.also });
        else {
            const summary = choice.kind === 'expired'
                ? summaryWithoutData(run, 'artifact-expired', `Expired: ${choice.names.join(', ')}`)
                : summaryWithoutData(run, 'no-artifact', `None of: ${names.join(', ')}`);
            withoutArtifact.push({ run, summary });
        }
    }
    return { downloads, withoutArtifact, runsWithName };
}

// EXTERNAL MODULE: ./src/settings/time-input.ts
var time_input = __webpack_require__(36105);
;// CONCATENATED MODULE: ./src/collect/collection-window.ts

const defaultSince = '24h';
/** From `since` (ISO time, duration such as `24h`/`7d`, or a Date; default 24h) to `until` (default now). */
function collectionWindow(since, until, now) {
    const end = until ?? now;
    const start = since instanceof Date ? since : (0,time_input/* parseTimeInput */.N7)(since ?? defaultSince, end, 'since');
    if (start.getTime() > end.getTime()) {
        throw new Error(`Invalid window: since '${start.toISOString()}' is after until '${end.toISOString()}'.`);
    }
    return { since: start, until: end };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/usage/summarise-run.ts + 4 modules
var summarise_run = __webpack_require__(12081);
;// CONCATENATED MODULE: ./src/collect/collect-progress.ts
/** Prints `Downloaded 120/480 runs, 3 without data, 41 s` at most every `intervalMs`, and once at the end. */
class CollectProgress {
    total;
    logger;
    startedAt;
    intervalMs;
    clock;
    done = 0;
    withoutData = 0;
    lastPrinted = 0;
    constructor(total, logger, startedAt, intervalMs, clock = Date.now) {
        this.total = total;
        this.logger = logger;
        this.startedAt = startedAt;
        this.intervalMs = intervalMs;
        this.clock = clock;
        this.lastPrinted = startedAt;
    }
    /** One run finished; `hasData` is false when it ended without usage (no token file, failed, ...). */
    runFinished(hasData) {
        this.done++;
        if (!hasData)
            this.withoutData++;
        const now = this.clock();
        if (now - this.lastPrinted >= this.intervalMs && this.done < this.total) {
            this.lastPrinted = now;
            this.logger.info(this.line(now));
        }
    }
    finish() {
        this.logger.info(this.line(this.clock()));
    }
    line(now) {
        const seconds = Math.round((now - this.startedAt) / 1000);
        return `Downloaded ${this.done}/${this.total} runs, ${this.withoutData} without data, ${seconds} s`;
    }
}

;// CONCATENATED MODULE: ./src/collect/download-pool.ts
/**
 * Downloads the planned artifacts with a fixed pool of workers, while the API budget allows: each run's zip is
 * read and summarised, then deleted. When the budget runs low (or the rate limit is hit) no further download
 * starts, and the runs left are named as not reached.
 */










/** A name safe as one path segment (workflow names are free text). */
function pathSegment(text) {
    // eslint-disable-next-line no-control-regex
    const safe = text.replace(/[\u0000-\u001f/\\:*?"<>|]+/g, '-').replace(/^[.\s]+|[.\s]+$/g, '');
    return safe === '' ? 'workflow' : safe.slice(0, 100);
}
function describeBudget(budget, reserve) {
    const reset = budget.resetAt ? ` until ${budget.resetAt.toISOString()}` : '';
    return `API budget: ${budget.remaining} requests left${reset}, ${reserve} kept for the report's issue operations`;
}
/**
 * Why no further download may start, or undefined: checked before each download, with no await before it starts
 * (and spends its request), so that concurrent workers cannot all pass on the same estimate. A further limit (a time
 * budget) is one more line here.
 */
function reasonToStop(options) {
    const budget = options.client.apiBudget();
    if (budget.remaining !== undefined && budget.remaining <= options.apiReserve) {
        return describeBudget(budget, options.apiReserve);
    }
    return undefined;
}
/** The pool's shared state: the first reason to stop wins and names every run not reached after it. */
class PoolState {
    options;
    workRoot;
    stopReason;
    downloaded = 0;
    constructor(options, workRoot) {
        this.options = options;
        this.workRoot = workRoot;
    }
    /** Whether to start no more downloads; says why in the log the first time. */
    stopped() {
        if (this.stopReason === undefined) {
            const reason = reasonToStop(this.options);
            if (reason !== undefined) {
                this.stopReason = reason;
                this.options.logger.warning(`Stopping downloads: ${reason}.`);
            }
        }
        return this.stopReason !== undefined;
    }
}
/** Downloads and reads one artifact of the run into `directory`. */
async function sourcesOf(pool, planned, artifact, directory) {
    const { client, limits, readArtifact, saveArtifactsDir } = pool.options;
    const { zipPath } = await client.downloadArtifact(artifact, directory);
    const sources = await readArtifact(zipPath, limits, `${artifact.name}.zip`);
    if (saveArtifactsDir) {
        const keep = external_node_path_.join(saveArtifactsDir, pathSegment(planned.run.workflowName), String(planned.run.id));
        await (0,promises_.mkdir)(keep, { recursive: true });
        await (0,promises_.copyFile)(zipPath, external_node_path_.join(keep, `${pathSegment(artifact.name)}.zip`));
    }
    return sources;
}
/** Downloads, reads and summarises one run's artifacts; its trouble becomes its state. */
async function collectOne(pool, planned) {
    const { run, artifact } = planned;
    const limits = pool.options.limits;
    const artifacts = [artifact, ...planned.also];
    const tooLarge = artifacts.find((a) => a.sizeInBytes > limits.maxArchiveBytes);
    if (tooLarge) {
        return summaryWithoutData(run, 'download-failed', `Artifact '${tooLarge.name}' is ${tooLarge.sizeInBytes} bytes, over the limit of ${limits.maxArchiveBytes}`, artifact);
    }
    const directory = external_node_path_.join(pool.workRoot, String(run.id));
    try {
        const sources = [];
        // What each archive held, so that a run whose artifacts yield nothing can name it.
        const inventories = [];
        for (const [index, each] of artifacts.entries()) {
            const into = external_node_path_.join(directory, String(index));
            await (0,promises_.mkdir)(into, { recursive: true });
            if (pool.stopped())
                return summaryWithoutData(run, 'not-reached', pool.stopReason, artifact);
            pool.downloaded++;
            const found = await sourcesOf(pool, planned, each, into);
            sources.push(...found);
            if (found.inspected)
                inventories.push(found.inspected);
        }
        const inspected = inventories.length > 0 ? { inspected: (0,archive/* mergeInventories */.B_)(inventories) } : {};
        return await (0,summarise_run/* summariseRun */._)(metaOf(run, artifact), Object.assign(sources, inspected), pool.options.summarise);
    }
    catch (error) {
        const failure = (0,run_failure/* runFailureOf */.D)(error);
        if (failure.stopsCollection)
            pool.stopReason ??= failure.detail;
        return summaryWithoutData(run, failure.state, failure.stopsCollection ? pool.stopReason : failure.detail, artifact);
    }
    finally {
        await (0,promises_.rm)(directory, { recursive: true, force: true });
    }
}
/** Downloads and summarises every planned run. Never throws for one run's trouble: it becomes that run's state. */
async function downloadPlannedRuns(downloads, options) {
    const { logger } = options;
    const summaries = new Map();
    if (downloads.length === 0)
        return { summaries, downloaded: 0 };
    const pool = new PoolState(options, await (0,promises_.mkdtemp)(external_node_path_.join(options.tempDir ?? external_node_os_.tmpdir(), 'token-usage-')));
    const progress = new CollectProgress(downloads.length, logger, Date.now(), options.progressIntervalMs);
    let next = 0;
    // A fixed pool of workers takes the next run until none is left; checking the budget before each start is
    // what lets a collection end early with the rest named as not reached.
    const worker = async () => {
        while (next < downloads.length) {
            const planned = downloads[next++];
            if (pool.stopReason) {
                summaries.set(planned.run.id, summaryWithoutData(planned.run, 'not-reached', pool.stopReason, planned.artifact));
                continue;
            }
            const summary = await collectOne(pool, planned);
            summaries.set(planned.run.id, summary);
            progress.runFinished((0,run_summary/* summaryHasUsageData */.u8)(summary));
        }
    };
    logger.startGroup(`Downloading ${(0,value_format/* plural */.LS)(downloads.length, 'artifact')}`);
    try {
        const concurrency = Math.max(1, options.concurrency);
        await Promise.all(Array.from({ length: Math.min(concurrency, downloads.length) }, worker));
        progress.finish();
    }
    finally {
        await (0,promises_.rm)(pool.workRoot, { recursive: true, force: true });
        logger.endGroup();
    }
    return { summaries, downloaded: pool.downloaded };
}

// EXTERNAL MODULE: ./src/collect/run-selection.ts
var run_selection = __webpack_require__(69624);
;// CONCATENATED MODULE: ./src/collect/collect-runs.ts
/**
 * The collector: every run in the window → exactly one RunSummary. Runs are listed once, artifacts are discovered
 * with one repository-level listing per name, summaries of earlier collections come from the cache, and the rest
 * are downloaded with bounded concurrency while the API budget allows. The decisions are collection-plan.ts's,
 * the downloads download-pool.ts's; this file lists, logs and keeps the cache.
 */













// A Record, not a list, so that a state added to RunState fails to compile here instead of counting as NaN.
const noStates = {
    analysed: 0,
    'analysed-totals': 0,
    'no-artifact': 0,
    'artifact-expired': 0,
    'no-token-file': 0,
    'empty-token-file': 0,
    'download-failed': 0,
    'integrity-failed': 0,
    'not-reached': 0,
};
/** How many runs ended in each state. */
function stateCountsOf(summaries) {
    const counts = { ...noStates };
    for (const summary of summaries)
        counts[summary.state]++;
    return counts;
}
/** States of a run whose artifact was found but could not be read as downloaded. */
const failedDownloadStates = new Set(['download-failed', 'integrity-failed']);
/** States of a run that had no artifact to download. */
const withoutArtifact = new Set(['no-artifact', 'artifact-expired']);
/** The runs whose download failed, and one sentence naming how many and why (up to three distinct reasons). */
function failedDownloadsOf(summaries) {
    const failed = summaries.filter((summary) => failedDownloadStates.has(summary.state));
    // The same failure of different artifacts reads as one reason: the artifact's name and id are left out.
    const byReason = new Map();
    for (const summary of failed) {
        const reason = (summary.stateDetail ?? summary.state).replace(/^Artifact '[^']*' \(id \d+\): /, '');
        byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
    }
    const reasons = [...byReason].sort((a, b) => b[1] - a[1]);
    // With one reason the sentence's own count says how many runs it stands for.
    const shown = reasons
        .slice(0, 3)
        .map(([reason, runs]) => (reasons.length === 1 ? reason : `${reason} (${(0,value_format/* plural */.LS)(runs, 'run')})`))
        .join('; ');
    const more = reasons.length > 3 ? `; ${reasons.length - 3} other reasons` : '';
    const why = `${shown}${more}`.replace(/\.$/, '');
    return {
        runs: failed.length,
        withArtifacts: summaries.filter((summary) => !withoutArtifact.has(summary.state)).length,
        reasons: why,
        message: `${(0,value_format/* plural */.LS)(failed.length, 'run')} could not be downloaded: ${why}.`,
    };
}
/** Collects every selected run of the window. Never throws for one run's trouble: it becomes that run's state. */
async function collectRuns(client, cache, options) {
    const logger = options.logger ?? silentCollectLogger;
    const now = options.now ?? (() => new Date());
    const startedAt = Date.now();
    const window = collectionWindow(options.since, options.until, now());
    const names = options.artifactNames?.length ? options.artifactNames : artifact_choice/* defaultArtifactNames */.qg;
    const restored = await cache.restore();
    logger.startGroup('Listing workflow runs and artifacts');
    let listing;
    try {
        listing = await listRuns(client, window, names, restored, options, logger);
    }
    catch (error) {
        logger.endGroup();
        throw error;
    }
    const { runs, summaries, fromCache } = listing;
    const fresh = new Map();
    const downloads = planned(listing, names, fresh, logger);
    logger.info(`${(0,value_format/* plural */.LS)(runs.length, 'run')}: ${fromCache} from the cache, ${downloads.length} to download, ` +
        `${runs.length - fromCache - downloads.length} without a usable artifact.`);
    logger.endGroup();
    const pool = await downloadPlannedRuns(downloads, {
        client,
        concurrency: options.concurrency ?? collect_defaults/* defaultConcurrency */.PV,
        apiReserve: options.apiReserve ?? collect_defaults/* defaultApiReserve */.cy,
        limits: options.archiveLimits ?? archive/* defaultArchiveLimits */.gr,
        summarise: options.summarise,
        readArtifact: options.readArtifact ?? archive/* tokenFileSourcesInZip */.Y1,
        ...(options.tempDir ? { tempDir: options.tempDir } : {}),
        ...(options.saveArtifactsDir ? { saveArtifactsDir: options.saveArtifactsDir } : {}),
        logger,
        progressIntervalMs: options.progressIntervalMs ?? 5000,
    });
    for (const { run } of downloads) {
        const summary = pool.summaries.get(run.id);
        summaries.set(run.id, summary);
        if (summary_cache/* cacheableStates */.bs.has(summary.state))
            fresh.set((0,summary_cache/* runKey */.r7)(run.id, run.attempt), summary);
    }
    await saveFresh(cache, fresh, logger);
    const ordered = runs.map((run) => summaries.get(run.id));
    const budget = client.apiBudget();
    const failed = logCollected(ordered, budget, pool.downloaded, fromCache, logger);
    return {
        window: { since: window.since.toISOString(), until: window.until.toISOString() },
        unfinished: listing.unfinished,
        runs: ordered,
        stateCounts: stateCountsOf(ordered),
        failedDownloads: failed,
        downloaded: pool.downloaded,
        fromCache,
        apiBudget: budget,
        elapsedMs: Date.now() - startedAt,
    };
}
/**
 * Runs, and artifacts: one listing per name for the whole repository. With nothing cached every run will need its
 * artifact, so the listings run beside the runs listing; otherwise only when some run is not cached.
 */
async function listRuns(client, window, names, restored, options, logger) {
    const scope = listingScope(window.since, options.carriedRuns ?? []);
    const listArtifacts = async () => {
        const lists = await Promise.all(names.map((name) => client.listArtifacts(name, { createdAfter: scope.listFrom })));
        return new Map(names.map((name, i) => [name, lists[i]]));
    };
    const early = restored.size === 0 ? listArtifacts() : undefined;
    // A failed runs listing must not leave the early listings' rejection unhandled.
    early?.catch(() => undefined);
    const listed = (await client.listRuns({ since: scope.listFrom, until: window.until })).filter(scope.inReport);
    logCarried(scope, logger);
    const runs = (0,run_selection/* selectRuns */.b0)(listed, options);
    logger.info(`${(0,value_format/* plural */.LS)(listed.length, 'run')} created ${window.since.toISOString()} – ${window.until.toISOString()}, ${runs.length} selected.`);
    const unfinished = (0,run_selection/* unfinishedRuns */.CD)(listed, options).map((run) => ({ id: String(run.id), createdAt: run.createdAt }));
    logUnfinished(unfinished, logger);
    const answered = answerFromCache(runs, restored);
    const summaries = new Map(answered.cached);
    const listing = { runs, unfinished, summaries, fromCache: answered.cached.size, uncached: answered.uncached };
    try {
        if (answered.uncached.length > 0) {
            const lists = await (early ?? listArtifacts());
            listing.artifactLists = await withPrefixedArtifacts(client, lists, answered.uncached, names, scope.listFrom);
        }
        else
            await early;
    }
    catch (error) {
        // The runs are known: with the budget gone before their artifacts are, they are reported as not reached.
        if (!isRateLimitError(error))
            throw error;
        const reason = `API rate limit reached while listing artifacts (${error.message})`;
        logger.warning(reason);
        for (const run of answered.uncached)
            summaries.set(run.id, summaryWithoutData(run, 'not-reached', reason));
    }
    return listing;
}
/**
 * GitHub's name filter is exact: the `<hash>-<name>` artifacts of workflow_call runs are only found in the
 * unfiltered listing. It is made once, and only when some run to collect has none of the names exactly.
 */
async function withPrefixedArtifacts(client, lists, toCollect, names, listFrom) {
    const found = new Set([...lists.values()].flatMap((list) => list.map((artifact) => artifact.runId)));
    if (toCollect.every((run) => found.has(run.id)))
        return lists;
    const all = await client.listArtifacts(undefined, { createdAfter: listFrom });
    return new Map(names.map((name) => [
        name,
        [...(lists.get(name) ?? []), ...all.filter((artifact) => (0,artifact_name/* artifactPrefix */.DS)(artifact.name, name) !== undefined)],
    ]));
}
function logCarried(scope, logger) {
    if (scope.carried.size > 0) {
        logger.info(`${(0,value_format/* plural */.LS)(scope.carried.size, 'run')} carried from the previous report, still running or not read then.`);
    }
    if (scope.givenUp.length > 0) {
        const ids = scope.givenUp.slice(0, 10).map((run) => run.id);
        logger.warning(`${scope.givenUp.length} runs could not be read for more than 7 days (${scope.givenUp[0].reason}) and are ` +
            `given up: ${ids.join(', ')}${scope.givenUp.length > ids.length ? ', …' : ''}.`);
    }
}
function logUnfinished(unfinished, logger) {
    if (unfinished.length === 0)
        return;
    const ids = unfinished.slice(0, 10).map((run) => run.id);
    logger.info(`${(0,value_format/* plural */.LS)(unfinished.length, 'run')} ${unfinished.length === 1 ? 'was' : 'were'} still running; the next report collects ${unfinished.length === 1 ? 'it' : 'them'}: ` +
        `${ids.join(', ')}${unfinished.length > ids.length ? ', …' : ''}.`);
}
/** The downloads to make; runs without a usable artifact get their summary (and a cache entry) here. */
function planned(listing, names, fresh, logger) {
    if (!listing.artifactLists)
        return [];
    const plan = planDownloads(listing.uncached, listing.artifactLists, names);
    for (const [name, count] of plan.runsWithName) {
        logger.info(`Artifact '${name}': ${count} of the runs to collect have one.`);
    }
    for (const { run, summary } of plan.withoutArtifact) {
        listing.summaries.set(run.id, summary);
        fresh.set((0,summary_cache/* runKey */.r7)(run.id, run.attempt), summary);
    }
    return plan.downloads;
}
async function saveFresh(cache, fresh, logger) {
    if (fresh.size === 0)
        return;
    logger.startGroup('Saving run summaries');
    try {
        await cache.save(fresh);
    }
    finally {
        logger.endGroup();
    }
}
/** The collection's closing lines: API use, downloads, runs not reached, failed downloads (returned). */
function logCollected(ordered, budget, downloaded, fromCache, logger) {
    logger.info(`API requests: ${budget.requests} made` +
        (budget.remaining !== undefined ? `, ${budget.remaining} left` : '') +
        (budget.resetAt ? ` until ${budget.resetAt.toISOString()}` : '') +
        `. Artifacts downloaded: ${downloaded}. Runs from the cache: ${fromCache}.`);
    const notReached = ordered.filter((s) => s.state === 'not-reached');
    if (notReached.length > 0) {
        logger.warning(`${(0,value_format/* plural */.LS)(notReached.length, 'run')} not reached: ${notReached[0].stateDetail}.`);
    }
    const failed = failedDownloadsOf(ordered);
    if (failed.runs > 0)
        logger.warning(failed.message);
    return failed;
}

;// CONCATENATED MODULE: ./src/engine/github-source.ts
/**
 * The GitHub listing as a source: the runs of one repository's window, from the summary cache or downloaded, and
 * what an earlier report of the same window read of a run this collection cannot read.
 */


/** The collector's options for a request, read with the engine's settings, clock and log. */
function collectOptionsOf(request, context) {
    return {
        since: request.since,
        until: request.until,
        now: () => context.clock(),
        ...(request.carriedRuns ? { carriedRuns: request.carriedRuns } : {}),
        workflows: request.workflows,
        excludeWorkflows: request.excludeWorkflows,
        conclusions: request.conclusions,
        ...(request.excludeRunId !== undefined ? { excludeRunId: request.excludeRunId } : {}),
        artifactNames: request.artifactNames,
        concurrency: request.concurrency,
        apiReserve: request.apiReserve,
        ...(request.archiveLimits ? { archiveLimits: request.archiveLimits } : {}),
        ...(request.tempDir ? { tempDir: request.tempDir } : {}),
        ...(request.saveArtifactsDir ? { saveArtifactsDir: request.saveArtifactsDir } : {}),
        summarise: context.summarise,
        logger: context.log,
    };
}
/**
 * A collection as the engine's reading: what today's earlier report read of a run this collection could not read
 * (or did not list) is kept, so a re-run never reports less than the day's report.
 */
function collectionReading(request, fresh, failures = []) {
    const merged = keepEarlierReadings(fresh.runs, request.earlierReadings ?? new Map());
    const collected = merged.kept + merged.unlisted > 0 ? { ...fresh, runs: merged.runs, stateCounts: stateCountsOf(merged.runs) } : fresh;
    return {
        runs: collected.runs,
        window: request.reportWindow ?? collected.window,
        unfinished: collected.unfinished,
        failures,
        collected,
        kept: merged.kept,
        unlisted: merged.unlisted,
    };
}
function githubRunsSource(client, request) {
    return {
        async read(context) {
            const cache = context.openSummaryCache({ repository: request.repository, artifactNames: request.artifactNames });
            return collectionReading(request, await collectRuns(client, cache, collectOptionsOf(request, context)));
        },
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(16435);
;// CONCATENATED MODULE: ./src/collect/summary-file.ts
/**
 * The stored text of a summary cache entry: written and read back (checked with zod) by the caches that keep
 * entries (actions-summary-cache.ts, directory-summary-cache.ts). Apart from summary-cache.ts so that a report
 * without a cache (the CLI's `report`) does not load zod at start-up.
 */


const storedSummarySchema = schemas/* object */.Ikc({
    workflow: schemas/* string */.YjP(),
    runId: schemas/* string */.YjP(),
    state: schemas/* string */.YjP(),
    models: schemas/* array */.YOg(schemas/* object */.Ikc({ provider: schemas/* string */.YjP(), model: schemas/* string */.YjP(), requests: schemas/* number */.aig() }).passthrough()),
    detection: schemas/* array */.YOg(schemas/* object */.Ikc({}).passthrough()),
    durationsMs: schemas/* array */.YOg(schemas/* number */.aig()),
    skipped: schemas/* object */.Ikc({ invalidLines: schemas/* number */.aig() }).passthrough(),
})
    .passthrough();
const storedFileSchema = schemas/* object */.Ikc({
    format: schemas/* literal */.euz(summary_cache/* SUMMARY_FILE_FORMAT */.Ar),
    version: schemas/* number */.aig(),
    fingerprint: schemas/* string */.YjP(),
    savedAt: schemas/* string */.YjP(),
    summaries: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
});
/** The stored text for these summaries. */
function serialiseSummaries(fingerprint, summaries, now = new Date()) {
    return JSON.stringify({
        format: summary_cache/* SUMMARY_FILE_FORMAT */.Ar,
        version: summary_cache/* SUMMARY_CACHE_VERSION */.rX,
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
    if (file.data.version !== summary_cache/* SUMMARY_CACHE_VERSION */.rX) {
        return { summaries: new Map(), problem: `format version ${file.data.version}, expected ${summary_cache/* SUMMARY_CACHE_VERSION */.rX}` };
    }
    if (file.data.fingerprint !== fingerprint) {
        return { summaries: new Map(), problem: `made with other settings (${file.data.fingerprint})` };
    }
    const summaries = new Map();
    let bad = 0;
    for (const [key, summary] of Object.entries(file.data.summaries)) {
        const parsed = storedSummarySchema.safeParse(summary);
        if (parsed.success && summary_cache/* cacheableStates */.bs.has(parsed.data.state)) {
            summaries.set(key, parsed.data);
        }
        else
            bad++;
    }
    return bad > 0 ? { summaries, problem: `${bad} unreadable run summaries ignored` } : { summaries };
}

;// CONCATENATED MODULE: ./src/collect/directory-summary-cache.ts




const RETENTION_MS = 400 * 86_400_000;
/** Summaries in one JSON file per settings fingerprint under a directory (the CLI's `--cache-dir`, tests). */
class DirectorySummaryCache {
    directory;
    fingerprint;
    logger;
    restored = new Map();
    constructor(directory, fingerprint, logger) {
        this.directory = directory;
        this.fingerprint = fingerprint;
        this.logger = logger;
    }
    get file() {
        return external_node_path_.join(this.directory, `run-summaries-${this.fingerprint}.json`);
    }
    async restore() {
        let text;
        try {
            text = await (0,promises_.readFile)(this.file, 'utf8');
        }
        catch (error) {
            if (error.code !== 'ENOENT') {
                this.logger.warning(`Summary cache ${this.file} not read: ${error.message}`);
            }
            return new Map();
        }
        const { summaries, problem } = parseSummaries(text, this.fingerprint);
        if (problem)
            this.logger.warning(`Summary cache ${this.file}: ${problem}; ignored.`);
        this.restored = summaries;
        return new Map(summaries);
    }
    async save(newSummaries) {
        if (newSummaries.size === 0)
            return;
        const all = (0,summary_cache/* withoutOldSummaries */.E$)(new Map([...this.restored, ...newSummaries]), new Date(Date.now() - RETENTION_MS));
        // Write then rename, so a reader never sees half a file.
        const temporary = `${this.file}.${process.pid}.tmp`;
        try {
            await (0,promises_.mkdir)(this.directory, { recursive: true });
            await (0,promises_.writeFile)(temporary, serialiseSummaries(this.fingerprint, all));
            await (0,promises_.rename)(temporary, this.file);
            this.restored = all;
        }
        catch (error) {
            this.logger.warning(`Summary cache ${this.file} not saved: ${error.message}`);
            // A write cut short (a full disk) or a refused rename must not leave the half file behind.
            await (0,promises_.rm)(temporary, { force: true });
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/repository-report.ts


/** The CLI's --cache-dir: summaries kept in a directory. */

/** Collects the runs of the request's window and analyses them. */
async function collectAndAnalyse(request, deps) {
    const { reading, report, prices } = await (0,engine/* runEngine */.cn)(deps.source?.(request) ?? githubRunsSource(deps.runs, request), {
        providers: request.providers,
        tokenSemantics: request.tokenSemantics,
        ...(request.priceOverrides ? { priceOverrides: request.priceOverrides } : {}),
        ...(request.pricingFile ? { pricingFile: request.pricingFile } : {}),
        pricesUpdate: request.pricesUpdate ?? 'off',
        thresholds: request.thresholds,
        warnAboutRecords: true,
    }, deps);
    return { collected: reading.collected, report, prices, kept: reading.kept, unlisted: reading.unlisted };
}

// EXTERNAL MODULE: ./src/engine/settings-names.ts
var settings_names = __webpack_require__(8692);
;// CONCATENATED MODULE: ./src/github/run-conclusions.ts
/**
 * GitHub's workflow run conclusions (the REST API's `conclusion` of a completed run). The `conclusions` input and
 * the CLI's --conclusions accept these only: a typo such as `sucess` would otherwise select no run at all.
 */
const RUN_CONCLUSIONS = [
    'success',
    'failure',
    'cancelled',
    'skipped',
    'timed_out',
    'action_required',
    'neutral',
    'stale',
    'startup_failure',
];

;// CONCATENATED MODULE: ./src/github/time-budget.ts
class TimeBudget {
    text;
    totalMs;
    /** Aborted when collecting must stop. */
    collection;
    /** Aborted when the whole budget is spent. */
    end;
    constructor(
    /** The budget as the user wrote it (`10m`), for messages. */
    text, totalMs, options = {}) {
        this.text = text;
        this.totalMs = totalMs;
        const reserveMs = options.reserveMs ?? Math.min(120_000, Math.floor(totalMs / 5));
        // AbortSignal.timeout does not keep the process alive: a finished run exits without waiting for its budget.
        this.collection = options.collection ?? AbortSignal.timeout(Math.max(0, totalMs - reserveMs));
        this.end = options.end ?? AbortSignal.timeout(totalMs);
    }
    /** "the time budget of 10m". */
    describe() {
        return `the time budget of ${this.text}`;
    }
    /** Why collecting stopped: for the report's runs not reached. */
    collectionStopReason() {
        return `${this.describe()} ran short; the rest of it is kept for publishing the report`;
    }
}

// EXTERNAL MODULE: ./src/report/ai-credits-text.ts
var ai_credits_text = __webpack_require__(93609);
// EXTERNAL MODULE: ./src/analysis/report-view.ts
var report_view = __webpack_require__(16314);
// EXTERNAL MODULE: ./src/report/markdown-parts.ts
var markdown_parts = __webpack_require__(51150);
;// CONCATENATED MODULE: ./src/report/totals-line.ts




function totalsLineOf(data) {
    const t = data.totals;
    const credits = t.aiCredits === null || t.aiCredits === undefined
        ? 'no AI credits recorded'
        : `${(0,ai_credits_text/* aiCreditsText */.Cw)(t.aiCredits, t.aiCreditsCoverage)} recorded`;
    return (`Totals: ${(0,value_format/* plural */.LS)(t.runs, 'run')} (${(0,value_format/* formatInteger */.Sm)(t.runsWithData)} with token data), ` +
        `${(0,value_format/* plural */.LS)(t.requests, 'request')}, ${(0,value_format/* formatTokens */._y)(t.totalTokens)} tokens, ${(0,markdown_parts/* costText */.rs)(t.costUsd, (0,report_view/* pricingOfRows */.z5)(data.models))} · ${credits}.`);
}

// EXTERNAL MODULE: ./src/settings/known-names.ts
var known_names = __webpack_require__(86939);
// EXTERNAL MODULE: ./src/settings/list-input.ts
var list_input = __webpack_require__(75916);
// EXTERNAL MODULE: ./src/settings/number-input.ts
var number_input = __webpack_require__(43329);
;// CONCATENATED MODULE: ./src/settings/repository-input.ts
/** `owner/name` as its two parts, or undefined when the text is not one (GitHub names use letters, digits, - _ .). */
function parseRepository(text) {
    const match = /^([\w.-]+)\/([\w.-]+)$/.exec(text.trim());
    return match ? { owner: match[1], repo: match[2] } : undefined;
}

// EXTERNAL MODULE: ./src/cli/cli-errors.ts
var cli_errors = __webpack_require__(16710);
// EXTERNAL MODULE: ./src/cli/cli-io.ts
var cli_io = __webpack_require__(66061);
// EXTERNAL MODULE: ./src/cli/output-paths.ts
var output_paths = __webpack_require__(70512);
// EXTERNAL MODULE: ./src/cli/report-settings.ts + 1 modules
var report_settings = __webpack_require__(82957);
// EXTERNAL MODULE: ./src/cli/report-run.ts
var report_run = __webpack_require__(31838);
;// CONCATENATED MODULE: ./src/cli/github-run.ts
/**
 * The `github` command's work: the GitHub, artifact and cache stack, loaded only when the command runs (a dynamic
 * import in github-command.ts), so the other commands and `--help` start without it.
 */





















function list(text) {
    return text === undefined ? undefined : (0,list_input/* listInput */.d)(text);
}
/** --conclusions: GitHub's run conclusions only, so a typo is an error instead of a report of no runs. */
function conclusionsOption(text) {
    const conclusions = list(text)?.map((conclusion) => conclusion.toLowerCase());
    const unknown = conclusions && (0,known_names/* unknownName */.U)(conclusions, RUN_CONCLUSIONS);
    if (unknown)
        throw new cli_errors/* UsageError */.eb(`Invalid --conclusions '${unknown.name}'. ${unknown.expected}`);
    return conclusions;
}
function wholeNumberOption(name, text, fallback, min, max = Number.MAX_SAFE_INTEGER) {
    if (text === undefined)
        return fallback;
    const value = (0,number_input/* plainNumber */.k)(text);
    if (value === undefined || !Number.isInteger(value) || value < min || value > max) {
        const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
        throw new cli_errors/* UsageError */.eb(`Invalid ${name} '${text}'. Expected a whole number ${range}.`);
    }
    return value;
}
/** GITHUB_TOKEN, else GH_TOKEN; a usage error saying how to set one when neither is. */
function tokenOf(env, repository) {
    const tokenVariable = env.GITHUB_TOKEN?.trim() ? 'GITHUB_TOKEN' : 'GH_TOKEN';
    const token = (env[tokenVariable] ?? '').trim();
    if (!token) {
        throw new cli_errors/* UsageError */.eb('GITHUB_TOKEN is not set (nor GH_TOKEN). Export a token that can read the Actions of ' +
            `${repository}, e.g. GITHUB_TOKEN=$(gh auth token) token-usage-analyzer github --repo ${repository}`);
    }
    return { tokenVariable, token };
}
/** --time-budget: counted from now; the downloads stop in time to print what was read. */
function timeBudgetOption(text) {
    if (text === undefined)
        return undefined;
    const ms = (0,time_input/* parseDurationMs */.yi)(text.trim());
    if (ms === undefined || ms <= 0)
        throw new cli_errors/* UsageError */.eb(`Invalid --time-budget '${text}'. Expected a duration (10m, 90s).`);
    return new TimeBudget(text.trim(), ms);
}
/** Collects the repository's runs for validated options and prints the report. */
async function runGitHub(raw, io, env) {
    const repository = (raw.repo ?? env.GITHUB_REPOSITORY ?? '').trim();
    const parts = parseRepository(repository);
    if (!parts)
        throw new cli_errors/* UsageError */.eb(`Invalid --repo '${repository}'. Expected format {owner}/{repo}.`);
    // The report options (format, prices, thresholds) are the `report` command's; its since/until filter records,
    // ours select runs, so they are read here.
    const report = (0,report_settings/* readReportSettings */.i$)(['github'], { ...raw, since: undefined, until: undefined }, new Date(), io.outIsTerminal);
    const now = new Date();
    const until = raw.until === undefined ? now : (0,report_settings/* pastTimeOption */.Tt)('--until', raw.until, now);
    const since = (0,report_settings/* pastTimeOption */.Tt)('--since', raw.since ?? '24h', now, until);
    if (since > until)
        throw new cli_errors/* UsageError */.eb(`--since '${raw.since}' is after --until '${raw.until}'.`);
    const conclusions = conclusionsOption(raw.conclusions);
    const concurrency = wholeNumberOption('--concurrency', raw.concurrency, github_collection/* defaultConcurrency */.PV, 1, collect_defaults/* maxConcurrency */.mu);
    const apiReserve = wholeNumberOption('--api-reserve', raw.apiReserve, github_collection/* defaultApiReserve */.cy, 0);
    const timeBudget = timeBudgetOption(raw.timeBudget);
    // Every path is checked before the first request: a bad one would otherwise fail after the downloads.
    if (report.outFile)
        await (0,output_paths/* checkOutFile */.R)(report.outFile);
    if (raw.saveArtifacts)
        await (0,output_paths/* checkDirectoryOption */.x)('--save-artifacts', raw.saveArtifacts);
    if (raw.cacheDir)
        await (0,output_paths/* checkDirectoryOption */.x)('--cache-dir', raw.cacheDir);
    const { tokenVariable, token } = tokenOf(env, repository);
    const artifactNames = list(raw.artifactNames) ?? github_collection/* defaultArtifactNames */.qg;
    const logger = (0,cli_io/* stderrLog */.b)(io);
    const client = createGitHubClient({
        token,
        owner: parts.owner,
        repo: parts.repo,
        ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
        log: { info: () => undefined, warning: logger.warning },
        credentials: environmentToken(tokenVariable),
        ...(timeBudget ? { timeBudget } : {}),
    });
    const { collected: result, report: data } = await withStdoutReservedForReport(() => collectAndAnalyse({
        repository,
        since,
        until,
        workflows: list(raw.workflows),
        excludeWorkflows: list(raw.excludeWorkflows),
        conclusions,
        artifactNames,
        providers: report.providers ?? [],
        tokenSemantics: report.tokenSemantics ?? settings_names/* defaultNormalisationRules */.Ng,
        ...(report.pricingFile ? { pricingFile: report.pricingFile } : {}),
        pricesUpdate: report.updatePrices ? 'auto' : 'off',
        thresholds: report.thresholds,
        concurrency,
        apiReserve,
        ...(raw.saveArtifacts ? { saveArtifactsDir: raw.saveArtifacts } : {}),
    }, {
        runs: client,
        ...(raw.cacheDir
            ? { openSummaryCache: (fingerprint) => new DirectorySummaryCache(raw.cacheDir, fingerprint, logger) }
            : {}),
        log: logger,
        clock: () => now,
        loadPrices: (0,prices_loader/* pricesLoader */.a)(env),
    }));
    const budget = result.apiBudget;
    io.err(`Collected ${result.runs.length} runs in ${(result.elapsedMs / 1000).toFixed(1)} s: ${result.downloaded} downloaded, ` +
        `${result.fromCache} from the cache; API requests: ${budget.requests} made` +
        (budget.remaining !== undefined ? `, ${budget.remaining} left` : '') +
        '.\n');
    io.err(`${totalsLineOf(data)}\n`);
    await (0,report_run/* printReport */.Y)(data, report, io);
}


/***/ }),

/***/ 31838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ printReport),
/* harmony export */   runReport: () => (/* binding */ runReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20097);
/* harmony import */ var _engine_local_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65540);
/* harmony import */ var _engine_prices_loader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41540);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66061);
/* harmony import */ var _output_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70512);
/**
 * The `report` command's work: read, price, analyse and render. Loaded only when the command runs (a dynamic import
 * in report-command.ts), so `--help` and the other commands do not load the pipeline, the price catalogue or the
 * renderers; each format's renderer is loaded when chosen.
 */






/**
 * The period tables' renderers, loaded only for a report split into periods: they bring cli-table3 and
 * csv-stringify, which the usual markdown report does not need at start-up.
 */
async function periodTables(data) {
    return data.periods ? await Promise.all(/* import() */[__webpack_require__.e(832), __webpack_require__.e(789), __webpack_require__.e(691)]).then(__webpack_require__.bind(__webpack_require__, 14691)) : null;
}
async function renderReport(data, format, tables) {
    if (format === 'json')
        return (await __webpack_require__.e(/* import() */ 225).then(__webpack_require__.bind(__webpack_require__, 4225))).renderJsonReport(data);
    const periodRenderers = await periodTables(data);
    if (format === 'table') {
        const { terminalWidthOf } = await Promise.all(/* import() */[__webpack_require__.e(832), __webpack_require__.e(25)]).then(__webpack_require__.bind(__webpack_require__, 6025));
        const width = terminalWidthOf(process.stdout.columns, process.env.COLUMNS);
        const text = (await Promise.all(/* import() */[__webpack_require__.e(832), __webpack_require__.e(965)]).then(__webpack_require__.bind(__webpack_require__, 68965))).renderTableReport(data, { width });
        const periods = periodRenderers?.periodTerminalSection(data, tables);
        return periods ? `${text}\n${periods}\n` : text;
    }
    if (format === 'csv') {
        return periodRenderers
            ? periodRenderers.renderCsvWithPeriods(data, tables)
            : (await Promise.all(/* import() */[__webpack_require__.e(789), __webpack_require__.e(189)]).then(__webpack_require__.bind(__webpack_require__, 77189))).renderCsvReport(data);
    }
    // The local report has no issue-size cap: the job-summary variant keeps every detail.
    const periods = periodRenderers?.periodMarkdownSection(data, tables);
    const { renderJobSummary } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(355)]).then(__webpack_require__.bind(__webpack_require__, 26355));
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
/** Runs the report for validated settings and writes it to --out or stdout. */
async function runReport(settings, io, periodSettings = { breakdown: false }) {
    if (settings.outFile)
        await (0,_output_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .checkOutFile */ .R)(settings.outFile);
    const engine = await (0,_engine_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .openEngine */ .F5)({
        ...(settings.providers ? { providers: settings.providers } : {}),
        ...(settings.tokenSemantics ? { tokenSemantics: settings.tokenSemantics } : {}),
        ...(settings.pricingFile ? { pricingFile: settings.pricingFile } : {}),
        pricesUpdate: settings.updatePrices === true ? 'auto' : 'off',
        ...(periodSettings.periods ? { periods: periodSettings.periods } : {}),
    }, { log: (0,_cli_io_js__WEBPACK_IMPORTED_MODULE_4__/* .stderrLog */ .b)(io), clock: () => new Date(), loadPrices: (0,_engine_prices_loader_js__WEBPACK_IMPORTED_MODULE_3__/* .pricesLoader */ .a)() });
    const runs = await (0,_engine_local_source_js__WEBPACK_IMPORTED_MODULE_2__/* .findLocalRuns */ .Vr)(settings.paths, (0,_cli_io_js__WEBPACK_IMPORTED_MODULE_4__/* .stderrLog */ .b)(io).warning);
    if (runs.length === 0) {
        io.err(`warning: no token-usage.jsonl or token_usage.jsonl found under ${settings.paths.map((p) => `'${p}'`).join(', ')}\n`);
    }
    const reading = await engine.read((0,_engine_local_source_js__WEBPACK_IMPORTED_MODULE_2__/* .localRunsSource */ .ZB)(runs, {
        ...(settings.since ? { since: settings.since } : {}),
        ...(settings.until ? { until: settings.until } : {}),
    }));
    const data = engine.analyse(reading, { thresholds: settings.thresholds });
    await printReport(data, settings, io, { breakdown: periodSettings.breakdown });
}


/***/ }),

/***/ 93609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cw: () => (/* binding */ aiCreditsText),
/* harmony export */   D1: () => (/* binding */ formatAic),
/* harmony export */   _G: () => (/* binding */ repricedText),
/* harmony export */   hO: () => (/* binding */ formatSignedAic),
/* harmony export */   xR: () => (/* binding */ reportHasAiCredits)
/* harmony export */ });
/* harmony import */ var _common_value_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82210);

/** 0.45 AIC, 12.30 AIC, 1,234 AIC: small values keep their cents, as gh-aw's own reports do. */
function formatAic(value) {
    if (value === null || value === undefined)
        return '—';
    if (Math.abs(value) < 1000) {
        const text = value.toFixed(2);
        return `${Number(text) === 0 ? text.replace(/^-/, '') : text} AIC`;
    }
    return `${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatInteger */ .Sm)(value)} AIC`;
}
/** The credits with the share of requests that carried them, when that share is not all. */
function aiCreditsText(aiCredits, coverage) {
    if (aiCredits === null || aiCredits === undefined)
        return '—';
    const partial = coverage !== null && coverage !== undefined && coverage < 1;
    return partial ? `${formatAic(aiCredits)} (${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(coverage, 0)} of requests)` : formatAic(aiCredits);
}
/** Whether any record of the report carried AI credits: only then do tables get an AIC column. */
function reportHasAiCredits(data) {
    return ((data.totals.aiCredits !== null && data.totals.aiCredits !== undefined) ||
        data.workflows.some((w) => w.aiCredits !== null && w.aiCredits !== undefined));
}
/** +0.59 AIC, −1.20 AIC; a difference that rounds to zero has no sign. */
function formatSignedAic(value) {
    const text = formatAic(Math.abs(value));
    if (Number.parseFloat(text.replace(/,/g, '')) === 0)
        return text;
    return `${value < 0 ? '−' : '+'}${text}`;
}
/**
 * Our repricing beside the recorded credits, over the same requests: "5.42 AIC", or, when some models could not be
 * compared, the recorded credits of the compared requests and the models left out, so the two figures never
 * silently cover different requests.
 */
function repricedText(scope) {
    const leftOut = scope.repricedAiCreditsLeftOut ?? [];
    const names = leftOut.map((m) => `\`${m.replace(/`/g, "'")}\``).join(', ');
    const notCompared = `${leftOut.length === 1 ? 'model' : 'models'} ${names} (not every request carried credits, or no known price)`;
    if (scope.repricedAiCredits === null || scope.repricedAiCredits === undefined) {
        return leftOut.length > 0 ? `not repriced: ${notCompared}` : 'not repriced';
    }
    if (leftOut.length === 0)
        return formatAic(scope.repricedAiCredits);
    return `${formatAic(scope.repricedAiCredits)} against ${formatAic(scope.repricedAiCreditsRecorded)} recorded on the same requests; left out: ${notCompared}`;
}


/***/ }),

/***/ 19717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Hp: () => (/* binding */ safeLinkUrl),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aL: () => (/* binding */ escapeTableCell)
/* harmony export */ });
/**
 * Makes untrusted text (workflow, branch and model names, error messages, file paths) safe to place in markdown
 * prose and table cells of an issue body: it cannot change the layout, inject HTML or links, or ping anyone.
 */
const ZWJ = '\u200D';
const DEFAULT_MAX_LENGTH = 300;
// Line breaks and tabs fold to a space: a newline would end a table row or start a new block.
// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /\r\n|[\r\n\t\u000B\u000C\u0085\u2028\u2029]/g;
// Removed: C0/C1 controls, bidi overrides/isolates that could reorder the visible text, and zero-width characters
// (except the ZWJ this module inserts itself).
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
// Backslash-escaped anywhere: emphasis, code, links/images, tables, strikethrough, headings.
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#|~!]/g;
/** Folds line breaks, strips invisible characters and cuts to maxLength (before escaping, so no escape is split). */
function foldedText(text, options) {
    const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
    const s = text.replace(LINE_BREAKS, ' ').replace(INVISIBLE, '');
    const chars = Array.from(s);
    return chars.length > maxLength ? chars.slice(0, Math.max(0, maxLength - 1)).join('') + '…' : s;
}
/** &, <, > and " as entities: no HTML tag or comment can open. */
function htmlEscaped(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/**
 * An emoji shortcode's opening colon. The only all-digit shortcodes are :100: and :1234: (and :-1:): a time such as
 * 08:00:00 is none, so it keeps no invisible character that would travel with a copy.
 */
const EMOJI_SHORTCODE = /:(?=(?:[A-Za-z0-9_+-]*[A-Za-z_+][A-Za-z0-9_+-]*|100|1234|-1):)/g;
/**
 * Inserts a zero-width joiner where GitHub would otherwise notify or link: @user and @org/team mentions,
 * #123 and GH-123 issue references, bare URLs (extended autolinks) and emoji shortcodes. The text still reads
 * the same. `hash` is how a # looks at this point (`\#` once markdown-escaped).
 */
function pingsBroken(s, hash) {
    const hashRef = hash === '#' ? /(?<!&)#(?=\d)/g : /\\#(?=\d)/g;
    return s
        .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`)
        .replace(hashRef, `${hash}${ZWJ}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1${ZWJ}-`)
        .replace(/(\w)(:\/\/)/g, `$1${ZWJ}$2`)
        .replace(/\b(www)\./gi, `$1${ZWJ}.`)
        .replace(EMOJI_SHORTCODE, `:${ZWJ}`);
}
/** Escapes text for markdown prose or a table cell. Empty or nullish input gives an empty string. */
function escapeMarkdown(text, options = {}) {
    if (text === null || text === undefined)
        return '';
    // HTML first: the entities it produces contain none of the markdown punctuation escaped next.
    let s = htmlEscaped(foldedText(String(text), options)).replace(MARKDOWN_PUNCTUATION, '\\$&');
    s = pingsBroken(s, '\\#');
    // Block syntax at the start of the text: list markers (-, +, 1. / 1)) and setext underlines (=).
    s = s.replace(/^(\s*)(?:([-+=])|(\d+)(?=[.)]))/, (_m, space, mark, digits) => mark ? `${space}\\${mark}` : `${space}${digits}\\`);
    // Trailing spaces would be a hard line break in prose.
    return s.replace(/\s+$/, '');
}
/** Escapes text for a table cell; an empty value reads as an em dash so the cell is visibly empty. */
function escapeTableCell(text, options = {}) {
    const escaped = escapeMarkdown(text, options);
    return escaped.length > 0 ? escaped : '—';
}
/**
 * Escapes text for raw HTML context, where markdown is not processed (e.g. inside `<summary>` on one line):
 * entities instead of backslashes, with the same folding of line breaks and the same breaking of pings.
 */
function escapeHtml(text, options = {}) {
    if (text === null || text === undefined)
        return '';
    return pingsBroken(htmlEscaped(foldedText(String(text), options)), '#').replace(/\s+$/, '');
}
/**
 * A URL for a markdown link target, only when it is an http(s) URL; anything else (javascript:, data:…) gives null.
 * Characters that could end the link early or break a table are percent-encoded.
 */
function safeLinkUrl(url) {
    if (!url)
        return null;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return null;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return null;
    return parsed.href.replace(/[()<> "'|`\\[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}


/***/ }),

/***/ 51150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lu: () => (/* binding */ shareText),
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   c_: () => (/* binding */ tableOf),
/* harmony export */   ne: () => (/* binding */ unpricedUsageText),
/* harmony export */   rs: () => (/* binding */ costText),
/* harmony export */   sN: () => (/* binding */ requestsText),
/* harmony export */   ut: () => (/* binding */ runLink),
/* harmony export */   xm: () => (/* binding */ failedRunsText),
/* harmony export */   zj: () => (/* binding */ moreRows)
/* harmony export */ });
/* harmony import */ var _common_value_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82210);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19717);


/** A GFM table: header, alignment row and one line per row. Cells arrive escaped. */
function markdownTable(columns, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [
        line(columns.map((c) => c.title)),
        line(columns.map((c) => (c.numeric ? '---:' : '---'))),
        ...rows.map(line),
    ].join('\n');
}
/** A GFM table from its model: columns left out where `false` (an optional column), one line per row. */
function tableOf(columns, rows) {
    const shown = columns.filter((c) => c !== false);
    return markdownTable(shown, rows.map((row) => shown.map((c) => c.cell(row))));
}
// The counted noun lives with the other value formats, so flag wording (analysis) uses the same one.

/** "3 requests", "1 totals-only run", "3 requests and 1 totals-only run": usage without a price, counted. */
function unpricedUsageText(requests, runs = 0) {
    const parts = [
        ...(requests > 0 || runs === 0 ? [(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(requests, 'request')] : []),
        ...(runs > 0 ? [(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(runs, 'totals-only run')] : []),
    ];
    return parts.join(' and ');
}
/**
 * A request count beside the runs it leaves out: "12", "12, not counting 1 totals-only run", or "— (totals-only
 * runs have no request count)" when no run counted its requests.
 */
function requestsText(requests, uncountedRuns) {
    if (requests === null)
        return '— (totals-only runs have no request count)';
    const uncounted = uncountedRuns > 0 ? `, not counting ${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(uncountedRuns, 'totals-only run')}` : '';
    return `${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatInteger */ .Sm)(requests)}${uncounted}`;
}
/** "2 runs, $0.12 (19% of the cost)", "none": what runs that failed cost; null when no conclusion is known. */
function failedRunsText(failed, costUsd) {
    if (!failed)
        return null;
    if (failed.runs === 0)
        return 'none';
    const share = costUsd > 0 ? ` (${shareText(failed.costUsd / costUsd)} of the cost)` : '';
    return `${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(failed.runs, 'run')}, ${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(failed.costUsd)}${share}`;
}
/** A cost that leaves out unpriced requests says so: "unpriced" when nothing was priced, "$0.12 + unpriced" else. */
function costText(costUsd, pricing) {
    if (pricing === 'priced')
        return (0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(costUsd);
    return pricing === 'unpriced' ? 'unpriced' : `${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(costUsd)} + unpriced`;
}
/** A share in whole percent; one that is neither none nor all never reads as 0% or 100%, nor one over all. */
function shareText(share) {
    if (share === null)
        return '—';
    const pct = share * 100;
    if (pct > 0 && pct < 1)
        return '<1%';
    if (pct > 99 && pct < 100)
        return '>99%';
    if (pct > 100 && pct < 100.5)
        return (0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(share, 0);
    return `${Math.round(pct)}%`;
}
/** A run id linked to its run when the URL is a safe http(s) URL. */
function runLink(runId, url) {
    const href = (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .safeLinkUrl */ .Hp)(url);
    const label = (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(runId);
    return href ? `[${label}](${href})` : label;
}
/** `…and 12 more runs (see the JSON report).` */
function moreRows(n, word) {
    return `…and ${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(n, word)} (see the JSON report).`;
}


/***/ })

};
