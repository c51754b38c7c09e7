export const id = 965;
export const ids = [965,25];
export const modules = {

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

/***/ 78884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ flagTextLineOf),
/* harmony export */   e: () => (/* binding */ terminalText)
/* harmony export */ });
/* harmony import */ var _analysis_flags_flag_wording_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49586);
/**
 * Flags as plain text for a terminal: the same wording as the JSON report's `message`, without markdown escapes.
 * Text from runs (workflow and model names) can still hold control characters, which a terminal would obey (ANSI
 * escapes can rewrite the screen), so they are removed and line breaks fold to a space.
 */

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n|[\r\n\t\u2028\u2029]/g;
/** Text safe to print on one terminal line. */
function terminalText(text) {
    return text.replace(LINE_BREAKS, ' ').replace(CONTROLS, '');
}
/** `warning  Smoke Claude: Cache hit rate is 42.0% (threshold: <50.0%).` */
function flagTextLineOf(flag) {
    return terminalText(`${flag.severity.padEnd(8)} ${flag.workflow}: ${(0,_analysis_flags_flag_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .flagMessageOf */ .bU)(flag)}`);
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


/***/ }),

/***/ 68965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderTableReport: () => (/* binding */ renderTableReport)
/* harmony export */ });
/* harmony import */ var _analysis_report_view_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16314);
/* harmony import */ var _markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82210);
/* harmony import */ var _ai_credits_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(93609);
/* harmony import */ var _flag_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78884);
/* harmony import */ var _markdown_parts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51150);
/* harmony import */ var _terminal_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6025);
/* harmony import */ var _workflow_cells_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(50337);







/** Rows of the runs-without-data table; the rest are counted. */
const RUNS_WITHOUT_DATA_ROWS = 20;
const SKIP_EXAMPLES_SHOWN = 3;
function instant(iso) {
    if (!iso)
        return null;
    const ms = Date.parse(iso);
    if (Number.isNaN(ms))
        return (0,_flag_text_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .e)(iso);
    return new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}
function periodText(data) {
    const since = instant(data.window.since);
    const until = instant(data.window.until);
    if (since && until)
        return `${since} to ${until}`;
    if (since)
        return `since ${since}`;
    if (until)
        return `until ${until}`;
    const first = instant(data.dataRange?.first);
    const last = instant(data.dataRange?.last);
    return first && last ? `all records (${first} to ${last})` : 'all records';
}
const TOKEN_TYPE_NAMES = { input: 'input', output: 'output', cacheRead: 'cache read', cacheWrite: 'cache write' };
function overview(view) {
    const { data } = view;
    const t = data.totals;
    const lines = [
        `Token usage, ${periodText(data)}`,
        `${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(t.runs, 'run')} in ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(data.workflows.length, 'workflow')} (${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatInteger */ .Sm)(t.runsWithData)} with token data), ` +
            `${view.requests === null ? 'requests not counted (totals only)' : (0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(view.requests, 'request')}${view.uncountedRuns > 0 && view.requests !== null ? ` (not counting ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(view.uncountedRuns, 'totals-only run')})` : ''}, ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTokens */ ._y)(t.totalTokens)} tokens, ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_4__/* .costText */ .rs)(t.costUsd, view.totalPricing)}` +
            (t.aiCredits !== null && t.aiCredits !== undefined
                ? ` · ${(0,_ai_credits_text_js__WEBPACK_IMPORTED_MODULE_5__/* .aiCreditsText */ .Cw)(t.aiCredits, t.aiCreditsCoverage)} recorded (repriced ${t.repricedAiCredits === undefined ? (0,_ai_credits_text_js__WEBPACK_IMPORTED_MODULE_5__/* .formatAic */ .D1)(t.costUsd * 100) : (0,_ai_credits_text_js__WEBPACK_IMPORTED_MODULE_5__/* .repricedText */ ._G)(t)})`
                : ''),
        `Tokens: input ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTokens */ ._y)(t.inputTokens)}, output ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTokens */ ._y)(t.outputTokens)}, ` +
            `cache read ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTokens */ ._y)(t.cacheReadTokens)}, cache write ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTokens */ ._y)(t.cacheWriteTokens)}` +
            ((t.reasoningTokens ?? 0) > 0 ? `; reasoning ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTokens */ ._y)(t.reasoningTokens ?? 0)} (part of output)` : ''),
        `Cache hit rate ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPercent */ .l9)(t.cacheHitRate)}, cache write rate ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPercent */ .l9)(t.cacheWriteRate)}, I/O ratio ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRatio */ .B0)(t.ioRatio)}`,
    ];
    const failed = (0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_4__/* .failedRunsText */ .xm)(t.failedRuns, t.costUsd);
    if (failed)
        lines.push(`Spent on failed runs: ${failed}`);
    const driver = view.largestCostDriver;
    if (driver) {
        lines.push(`Largest cost: ${TOKEN_TYPE_NAMES[driver.type]} tokens, ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUsd */ .UK)(driver.costUsd)} (${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_4__/* .shareText */ .Lu)(driver.share)} of the total)`);
    }
    if (view.unpricedRequests > 0 || view.unpricedRuns > 0) {
        lines.push(`${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_4__/* .unpricedUsageText */ .ne)(view.unpricedRequests, view.unpricedRuns)} of ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(data.unpricedModels.length, 'model')} without a known price ${view.unpricedRequests + view.unpricedRuns === 1 ? 'is' : 'are'} in no cost (see Unpriced models).`);
    }
    return lines.join('\n');
}
function workflowsTable(view, width) {
    if (view.workflows.length === 0)
        return 'Workflows\nNo workflow runs in this period.';
    const withCredits = (0,_ai_credits_text_js__WEBPACK_IMPORTED_MODULE_5__/* .reportHasAiCredits */ .xR)(view.data);
    const rows = view.workflows.map((w) => (0,_workflow_cells_js__WEBPACK_IMPORTED_MODULE_6__/* .workflowCells */ .L)(w, withCredits, _flag_text_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .e));
    // `drop`: the order columns are left out in on a narrow terminal, the first dropped highest.
    const columns = [
        { title: 'Workflow' },
        { title: 'Runs', numeric: true },
        { title: 'With data', numeric: true, drop: 4 },
        { title: 'Requests', numeric: true, drop: 5 },
        { title: 'Tokens', numeric: true, drop: 3 },
        { title: 'Cost', numeric: true },
        ...(withCredits ? [{ title: 'AIC', numeric: true, drop: 2 }] : []),
        { title: 'Cost/run', numeric: true, drop: 1 },
        { title: 'Cache hit rate', numeric: true, drop: 6 },
        { title: 'I/O ratio', numeric: true, drop: 7 },
    ];
    return (0,_terminal_table_js__WEBPACK_IMPORTED_MODULE_2__/* .titledTable */ .No)('Workflows', columns, rows, width);
}
function modelsTable(view, width) {
    if (view.models.length === 0)
        return null;
    const withCredits = (0,_ai_credits_text_js__WEBPACK_IMPORTED_MODULE_5__/* .reportHasAiCredits */ .xR)(view.data);
    const rows = view.models.map(({ metrics: m, pricing, costShare, requests }) => [
        (0,_flag_text_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .e)(m.model),
        (0,_flag_text_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .e)(m.provider),
        (0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatInteger */ .Sm)(requests),
        (0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTokens */ ._y)(m.inputTokens),
        (0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTokens */ ._y)(m.outputTokens),
        (0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTokens */ ._y)(m.cacheReadTokens),
        (0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTokens */ ._y)(m.cacheWriteTokens),
        (0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatMs */ ._V)(m.avgLatencyMs),
        (0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_4__/* .costText */ .rs)(m.costUsd, pricing),
        ...(withCredits ? [(0,_ai_credits_text_js__WEBPACK_IMPORTED_MODULE_5__/* .aiCreditsText */ .Cw)(m.aiCredits, m.aiCreditsCoverage)] : []),
        pricing === 'unpriced' ? '—' : (0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_4__/* .shareText */ .Lu)(costShare),
    ]);
    const columns = [
        { title: 'Model' },
        { title: 'Provider', drop: 3 },
        { title: 'Requests', numeric: true, drop: 2 },
        { title: 'Input', numeric: true, drop: 6 },
        { title: 'Output', numeric: true, drop: 7 },
        { title: 'Cache read', numeric: true, drop: 8 },
        { title: 'Cache write', numeric: true, drop: 9 },
        { title: 'Latency', numeric: true, drop: 10 },
        { title: 'Cost', numeric: true },
        ...(withCredits ? [{ title: 'AIC', numeric: true, drop: 4 }] : []),
        { title: 'Share', numeric: true, drop: 1 },
    ];
    return (0,_terminal_table_js__WEBPACK_IMPORTED_MODULE_2__/* .titledTable */ .No)('Models', columns, rows, width);
}
function flagLines(view) {
    const flags = view.workflows.flatMap((w) => w.flags);
    if (flags.length === 0)
        return null;
    return ['Flags', ...flags.map((flag) => `  ${(0,_flag_text_js__WEBPACK_IMPORTED_MODULE_1__/* .flagTextLineOf */ .X)(flag)}`)].join('\n');
}
function runsWithoutDataTable(view, width) {
    const runs = view.runsWithoutData;
    if (runs.length === 0)
        return null;
    const rows = runs
        .slice(0, RUNS_WITHOUT_DATA_ROWS)
        .map((r) => [(0,_flag_text_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .e)(r.workflow), (0,_flag_text_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .e)(r.runId), (0,_flag_text_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .e)(r.reason)]);
    const lines = [
        (0,_terminal_table_js__WEBPACK_IMPORTED_MODULE_2__/* .titledTable */ .No)(`Runs without token data (${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatInteger */ .Sm)(runs.length)})`, [{ title: 'Workflow' }, { title: 'Run' }, { title: 'Reason' }], rows, width),
    ];
    if (runs.length > RUNS_WITHOUT_DATA_ROWS) {
        lines.push(`…and ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(runs.length - RUNS_WITHOUT_DATA_ROWS, 'more run')} (see --format json).`);
    }
    return lines.join('\n');
}
function unpricedLines(view) {
    const models = view.data.unpricedModels;
    if (models.length === 0)
        return null;
    const list = models
        .map((m) => `${(0,_flag_text_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .e)(m.model)} (${(0,_flag_text_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .e)(m.provider)}, ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_4__/* .unpricedUsageText */ .ne)(m.requests, m.runs)})`)
        .join(', ');
    return `Unpriced models: ${list}. Add their prices with --pricing.`;
}
function detectionLine(view) {
    const d = view.data.detection;
    if (!d || d.requests === 0)
        return null;
    return (`Threat detection (not in the totals): ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(d.runs, 'run')}, ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(d.requests, 'request')}, ` +
        `${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTokens */ ._y)(d.totalTokens)} tokens, ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUsd */ .UK)(d.costUsd)}`);
}
/** How the firewall priced its credits, when some of it was its fallback pricing. */
function creditPricingLine(view) {
    const pricing = view.data.aiCreditsPricing;
    if (!pricing || pricing.fallbackPricingRequests === 0)
        return null;
    return `AI credits: ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(pricing.fallbackPricingRequests, 'request')} charged at the firewall's fallback prices (their recorded credits may be off).`;
}
function routingLine(view) {
    const r = view.data.routing;
    if (!r || r.requests === 0)
        return null;
    return (`Firewall routing calls (not in the totals): ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(r.requests, 'request')}, ` +
        `${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTokens */ ._y)(r.totalTokens)} tokens, ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUsd */ .UK)(r.costUsd)}` +
        (r.aiCredits !== null ? `, ${(0,_ai_credits_text_js__WEBPACK_IMPORTED_MODULE_5__/* .formatAic */ .D1)(r.aiCredits)}` : ''));
}
function fallbackLines(view) {
    const f = view.data.fallbacks;
    if (!f || f.requests === 0)
        return null;
    const lines = [`Model fallbacks: ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(f.requests, 'request')} served by a fallback model`];
    for (const { metrics: w } of view.workflows) {
        for (const p of w.fallbacks?.models ?? []) {
            lines.push(`  ${(0,_flag_text_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .e)(w.name)}: ${(0,_flag_text_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .e)(p.requested)} → ${(0,_flag_text_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .e)(p.served)}, ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(p.requests, 'request')}`);
        }
    }
    return lines.join('\n');
}
function skippedLines(view) {
    const s = view.data.skipped;
    if (s.invalidLines === 0 && s.duplicateRecords === 0 && s.filteredRecords === 0)
        return null;
    const parts = [];
    if (s.invalidLines > 0) {
        const reasons = Object.entries(s.byReason)
            .filter(([, n]) => n > 0)
            .map(([reason, n]) => `${(0,_flag_text_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .e)(reason)}: ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .formatInteger */ .Sm)(n)}`)
            .join(', ');
        parts.push(`${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(s.invalidLines, 'invalid line')} skipped${reasons ? ` (${reasons})` : ''}`);
    }
    if (s.duplicateRecords > 0)
        parts.push(`${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(s.duplicateRecords, 'duplicate record')} removed`);
    if (s.filteredRecords > 0)
        parts.push(`${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(s.filteredRecords, 'record')} left out by the filters`);
    const lines = [`Skipped: ${parts.join(', ')}`];
    for (const e of s.examples.slice(0, SKIP_EXAMPLES_SHOWN)) {
        lines.push(`  ${(0,_flag_text_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .e)(e.file)}:${e.line} ${(0,_flag_text_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .e)(e.reason)}: ${(0,_flag_text_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalText */ .e)(e.detail)}`);
    }
    return lines.join('\n');
}
/** The terminal report: see the file comment. */
function renderTableReport(report, options = {}) {
    const view = 'data' in report ? report : (0,_analysis_report_view_js__WEBPACK_IMPORTED_MODULE_0__/* .reportViewOf */ .fe)(report);
    const width = options.width ?? Infinity;
    const sections = [
        overview(view),
        workflowsTable(view, width),
        modelsTable(view, width),
        flagLines(view),
        runsWithoutDataTable(view, width),
        unpricedLines(view),
        detectionLine(view),
        creditPricingLine(view),
        routingLine(view),
        fallbackLines(view),
        skippedLines(view),
    ];
    return sections.filter((s) => s !== null).join('\n\n') + '\n';
}


/***/ }),

/***/ 6025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   No: () => (/* binding */ titledTable),
/* harmony export */   terminalWidthOf: () => (/* binding */ terminalWidthOf)
/* harmony export */ });
/* unused harmony exports DEFAULT_WIDTH, fittedTable */
/* harmony import */ var cli_table3__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25832);
/* harmony import */ var cli_table3__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(cli_table3__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Box-drawn tables that fit the terminal, the way ccusage's compact mode does: when a table is wider than the
 * terminal, the columns of least priority are left out (and named under the table), and a text column that alone is
 * still too wide folds onto several lines. The width is the terminal's, else `COLUMNS`, else 80.
 */

/** The width to fit: the terminal's columns, else the `COLUMNS` variable, else 80. */
function terminalWidthOf(columns, env) {
    if (columns !== undefined && columns > 0)
        return columns;
    const fromEnv = Number.parseInt(env ?? '', 10);
    return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 80;
}
const DEFAULT_WIDTH = 80;
/** Characters a cell takes on screen (one per code point: the tables hold no wide characters). */
const widthOf = (text) => Math.max(0, ...text.split('\n').map((line) => Array.from(line).length));
/** The drawn width of a table: each column's widest cell plus its padding, and the borders. */
function tableWidth(columns, rows, keep) {
    return keep.reduce((n, i) => n + 3 + Math.max(widthOf(columns[i].title), ...rows.map((r) => widthOf(r[i] ?? ''))), 1);
}
/** The table within `width`, and the titles of the columns left out to fit. */
function fittedTable(columns, rows, width = DEFAULT_WIDTH) {
    let keep = columns.map((_, i) => i);
    const droppable = keep
        .filter((i) => columns[i].drop !== undefined)
        .sort((a, b) => columns[b].drop - columns[a].drop);
    const dropped = [];
    for (const i of droppable) {
        if (tableWidth(columns, rows, keep) <= width)
            break;
        keep = keep.filter((k) => k !== i);
        dropped.push(columns[i].title);
    }
    // Still too wide: the widest text column folds into what is left.
    const colWidths = keep.map(() => null);
    const over = tableWidth(columns, rows, keep) - width;
    if (over > 0) {
        const cellWidth = (i) => Math.max(widthOf(columns[i].title), ...rows.map((r) => widthOf(r[i] ?? '')));
        const text = keep.filter((i) => !columns[i].numeric).sort((a, b) => cellWidth(b) - cellWidth(a))[0];
        if (text !== undefined)
            colWidths[keep.indexOf(text)] = Math.max(8, cellWidth(text) + 2 - over);
    }
    const table = new (cli_table3__WEBPACK_IMPORTED_MODULE_0___default())({
        head: keep.map((i) => columns[i].title),
        colAligns: keep.map((i) => (columns[i].numeric ? 'right' : 'left')),
        ...(colWidths.some((w) => w !== null) ? { colWidths, wordWrap: true } : {}),
        // No colours: the text is the same in a terminal, a pipe and a test.
        style: { head: [], border: [], compact: true },
    });
    table.push(...rows.map((r) => keep.map((i) => r[i] ?? '')));
    return { text: table.toString(), dropped };
}
/** A titled table within `width`; the columns left out are named under it. */
function titledTable(title, columns, rows, width = DEFAULT_WIDTH) {
    const { text, dropped } = fittedTable(columns, rows, width);
    const note = dropped.length > 0
        ? `\n(${dropped.join(', ')} left out to fit ${width} columns: a wider terminal or --format json has them)`
        : '';
    return `${title}\n${text}${note}`;
}


/***/ }),

/***/ 50337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ workflowCells),
/* harmony export */   o: () => (/* binding */ workflowCellsOf)
/* harmony export */ });
/* harmony import */ var _common_value_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82210);
/* harmony import */ var _ai_credits_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93609);
/* harmony import */ var _markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51150);



function workflowCellsOf({ metrics: w, pricing, requests }, text) {
    // A workflow whose runs all lacked data has no usage to show: dashes, not zeros.
    const hasData = w.runsWithData > 0;
    const dash = (cell) => (hasData ? cell() : '—');
    return {
        name: text(w.name),
        runs: (0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatInteger */ .Sm)(w.runs),
        runsWithData: (0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatInteger */ .Sm)(w.runsWithData),
        requests: dash(() => (0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatInteger */ .Sm)(requests)),
        tokens: dash(() => (0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTokens */ ._y)(w.totalTokens)),
        cost: dash(() => (0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .costText */ .rs)(w.costUsd, pricing)),
        aiCredits: dash(() => (0,_ai_credits_text_js__WEBPACK_IMPORTED_MODULE_2__/* .aiCreditsText */ .Cw)(w.aiCredits, w.aiCreditsCoverage)),
        costPerRun: dash(() => (0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .costText */ .rs)(w.costPerRunUsd, pricing)),
        cacheHitRate: (0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(w.cacheHitRate),
        ioRatio: dash(() => (0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRatio */ .B0)(w.ioRatio)),
    };
}
/** Name, runs, runs with data, requests, tokens, cost, [AIC], cost per run, cache hit rate, I/O ratio. */
function workflowCells(view, withCredits, text) {
    const c = workflowCellsOf(view, text);
    return [
        c.name,
        c.runs,
        c.runsWithData,
        c.requests,
        c.tokens,
        c.cost,
        ...(withCredits ? [c.aiCredits] : []),
        c.costPerRun,
        c.cacheHitRate,
        c.ioRatio,
    ];
}


/***/ })

};
