export const id = 691;
export const ids = [691,189];
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

/***/ 77189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CSV_COLUMNS: () => (/* binding */ CSV_COLUMNS),
/* harmony export */   csvRowsOf: () => (/* binding */ csvRowsOf),
/* harmony export */   csvUsd: () => (/* binding */ csvUsd),
/* harmony export */   renderCsvReport: () => (/* binding */ renderCsvReport),
/* harmony export */   spreadsheetSafe: () => (/* binding */ spreadsheetSafe)
/* harmony export */ });
/* harmony import */ var csv_stringify_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96789);
/* harmony import */ var _analysis_runs_token_metrics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68160);
/* harmony import */ var _analysis_report_view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16314);
/**
 * The CSV report: one row per workflow and model with the raw numbers (no shortening), agent, threat-detection and
 * the firewall's routing usage in separate rows told apart by the `usage` column; recorded AI credits (empty where
 * no request carried any) beside the cost. Costs are rounded to 6 decimals (a millionth of a dollar,
 * far below any price step) so that sums of binary fractions do not print as 0.30000000000000004; a model none of
 * whose requests has a price has empty cost cells, not 0, as its JSON cost is null.
 */



const CSV_COLUMNS = [
    'workflow',
    'usage',
    'provider',
    'model',
    'workflow_runs',
    'workflow_runs_with_data',
    'requests',
    'input_tokens',
    'output_tokens',
    'cache_read_tokens',
    'cache_write_tokens',
    'total_tokens',
    'cost_usd',
    'cost_input_usd',
    'cost_output_usd',
    'cost_cache_read_usd',
    'cost_cache_write_usd',
    'unpriced_requests',
    'avg_latency_ms',
    'reasoning_tokens',
    'ai_credits',
    'ai_credits_requests',
];
/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab/CR) as a formula; names come from untrusted runs,
 * so such text cells get a leading apostrophe (the OWASP CSV-injection advice).
 */
function spreadsheetSafe(text) {
    return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
function workflowCells(workflow, usage) {
    return {
        workflow: spreadsheetSafe(workflow.name),
        usage,
        workflow_runs: workflow.runs,
        workflow_runs_with_data: workflow.runsWithData,
    };
}
/** USD to 6 decimals. */
function csvUsd(value) {
    const rounded = Math.round(value * 1e6) / 1e6;
    return rounded === 0 ? 0 : rounded;
}
function modelRow(workflow, usage, m) {
    const unknown = (0,_analysis_report_view_js__WEBPACK_IMPORTED_MODULE_1__/* .pricingOfRow */ .AJ)(m) === 'unpriced';
    const usd = (value) => (unknown ? '' : csvUsd(value));
    return {
        ...workflowCells(workflow, usage),
        provider: spreadsheetSafe(m.provider),
        model: spreadsheetSafe(m.model),
        // Empty for a model only totals-only runs used: they have no request count.
        requests: (0,_analysis_report_view_js__WEBPACK_IMPORTED_MODULE_1__/* .requestCountOf */ .WM)(m.requests, (0,_analysis_runs_token_metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .totalTokensOf */ .WV)(m)) ?? '',
        input_tokens: m.inputTokens,
        output_tokens: m.outputTokens,
        cache_read_tokens: m.cacheReadTokens,
        cache_write_tokens: m.cacheWriteTokens,
        total_tokens: (0,_analysis_runs_token_metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .totalTokensOf */ .WV)(m),
        cost_usd: usd(m.costUsd),
        cost_input_usd: usd(m.cost.input),
        cost_output_usd: usd(m.cost.output),
        cost_cache_read_usd: usd(m.cost.cacheRead),
        cost_cache_write_usd: usd(m.cost.cacheWrite),
        unpriced_requests: m.unpricedRequests,
        // Whole milliseconds: an average of durations has no meaningful fraction of a millisecond.
        avg_latency_ms: m.avgLatencyMs === null ? '' : Math.round(m.avgLatencyMs),
        reasoning_tokens: m.reasoningTokens ?? 0,
        // Empty when no request of the row carried credits (the JSON's null).
        ai_credits: m.aiCredits === null || m.aiCredits === undefined ? '' : csvUsd(m.aiCredits),
        ai_credits_requests: m.aiCreditsRequests ?? 0,
    };
}
/** A workflow without any usage: empty model columns, every count 0. */
function emptyRow(workflow) {
    return {
        ...workflowCells(workflow, 'agent'),
        provider: '',
        model: '',
        requests: 0,
        input_tokens: 0,
        output_tokens: 0,
        cache_read_tokens: 0,
        cache_write_tokens: 0,
        total_tokens: 0,
        cost_usd: 0,
        cost_input_usd: 0,
        cost_output_usd: 0,
        cost_cache_read_usd: 0,
        cost_cache_write_usd: 0,
        unpriced_requests: 0,
        avg_latency_ms: '',
        reasoning_tokens: 0,
        ai_credits: '',
        ai_credits_requests: 0,
    };
}
/** Workflows without any usage get one row with empty model columns, so every workflow appears. */
function csvRowsOf(data) {
    const rows = [];
    for (const w of data.workflows) {
        for (const m of w.models)
            rows.push(modelRow(w, 'agent', m));
        for (const m of w.detection)
            rows.push(modelRow(w, 'detection', m));
        for (const m of w.routing?.models ?? [])
            rows.push(modelRow(w, 'routing', m));
        if (w.models.length === 0 && w.detection.length === 0)
            rows.push(emptyRow(w));
    }
    return rows;
}
function renderCsvReport(data) {
    return (0,csv_stringify_sync__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .A)(csvRowsOf(data), { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'unix' });
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

/***/ 14691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PERIOD_CSV_COLUMNS: () => (/* binding */ PERIOD_CSV_COLUMNS),
/* harmony export */   periodMarkdownSection: () => (/* binding */ periodMarkdownSection),
/* harmony export */   periodTerminalSection: () => (/* binding */ periodTerminalSection),
/* harmony export */   renderCsvWithPeriods: () => (/* binding */ renderCsvWithPeriods)
/* harmony export */ });
/* harmony import */ var cli_table3__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25832);
/* harmony import */ var cli_table3__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(cli_table3__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _analysis_report_view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16314);
/* harmony import */ var _common_value_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82210);
/* harmony import */ var csv_stringify_sync__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96789);
/* harmony import */ var _ai_credits_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(93609);
/* harmony import */ var _csv_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77189);
/* harmony import */ var _flag_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78884);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(19717);
/* harmony import */ var _markdown_parts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(51150);
/**
 * The period tables of `report --by day|week|month` in markdown, in a terminal table and as CSV rows: one row per
 * period, and with `breakdown` one row per model under it. The numbers arrive summed (analysis/period-metrics.ts).
 */









const UNIT_NAMES = { day: 'day', week: 'ISO week', month: 'month' };
/** `Usage by ISO week (UTC)`. */
function titleOf(split) {
    return `Usage by ${UNIT_NAMES[split.by]} (${split.timeZone})`;
}
function columnsOf(periods) {
    // The AI-credit column only when some record carried credits.
    const credits = periods.some((p) => p.aiCredits !== null);
    const columns = [
        { title: 'Period' },
        { title: 'Runs', numeric: true },
        { title: 'Requests', numeric: true },
        { title: 'Input', numeric: true },
        { title: 'Output', numeric: true },
        { title: 'Cache read', numeric: true },
        { title: 'Cache write', numeric: true },
        { title: 'Total tokens', numeric: true },
        { title: 'Cost', numeric: true },
    ];
    if (credits)
        columns.push({ title: 'AI credits', numeric: true });
    return { columns, credits };
}
/** The number cells of a period or model row, as plain text. */
function numberCells(usage, credits) {
    const cells = [
        (0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatInteger */ .Sm)(usage.runs),
        (0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatInteger */ .Sm)(usage.requests),
        (0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatTokens */ ._y)(usage.inputTokens),
        (0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatTokens */ ._y)(usage.outputTokens),
        (0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatTokens */ ._y)(usage.cacheReadTokens),
        (0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatTokens */ ._y)(usage.cacheWriteTokens),
        (0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatTokens */ ._y)(usage.totalTokens),
        (0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_6__/* .costText */ .rs)(usage.costUsd, (0,_analysis_report_view_js__WEBPACK_IMPORTED_MODULE_1__/* .pricingOfRow */ .AJ)(usage)),
    ];
    // As every other AIC figure reads: two decimals and the unit (ai-credits-text.ts).
    if (credits)
        cells.push((0,_ai_credits_text_js__WEBPACK_IMPORTED_MODULE_7__/* .formatAic */ .D1)(usage.aiCredits));
    return cells;
}
/** Rows as plain text; `label` escapes a name for the target. */
function rowsOf(periods, credits, options, label, modelPrefix) {
    const rows = [];
    for (const period of periods) {
        rows.push([label(period.period), ...numberCells(period, credits)]);
        if (!options.breakdown)
            continue;
        for (const m of period.models)
            rows.push([`${modelPrefix}${label(`${m.provider}/${m.model}`)}`, ...numberCells(m, credits)]);
    }
    return rows;
}
/** The markdown section, or null without periods. */
function periodMarkdownSection(data, options = {}) {
    const { periods, periodSplit } = data;
    if (!periods || !periodSplit)
        return null;
    const heading = `### ${titleOf(periodSplit)}`;
    const note = 'Each record counts in the period of its own timestamp, so a run that crosses a period boundary appears in both.';
    if (periods.length === 0)
        return `${heading}\n\nNo usage in any period.`;
    const { columns, credits } = columnsOf(periods);
    // Model rows are indented with non-breaking spaces: GFM trims ordinary ones.
    const rows = rowsOf(periods, credits, options, (t) => (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeTableCell */ .aL)(t), '\u00a0\u00a0↳ ');
    return `${heading}\n\n${note}\n\n${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_6__/* .markdownTable */ .Qj)(columns, rows)}`;
}
/** The terminal table (`--format table`), or null without periods. */
function periodTerminalSection(data, options = {}) {
    const { periods, periodSplit } = data;
    if (!periods || !periodSplit)
        return null;
    if (periods.length === 0)
        return `${titleOf(periodSplit)}: no usage in any period`;
    const { columns, credits } = columnsOf(periods);
    const table = new (cli_table3__WEBPACK_IMPORTED_MODULE_0___default())({
        head: columns.map((c) => c.title),
        colAligns: columns.map((c) => (c.numeric ? 'right' : 'left')),
        style: { head: [], border: [], compact: true },
    });
    table.push(...rowsOf(periods, credits, options, _flag_text_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .e, '  '));
    return `${titleOf(periodSplit)}\n${table.toString()}`;
}
/**
 * Columns the CSV report adds when it has periods; other rows leave them empty. A period row fills the report's own
 * columns (requests, tokens, cost, `ai_credits`) where one exists: one column per name.
 */
const PERIOD_CSV_COLUMNS = ['period', 'period_start', 'period_end', 'runs'];
/**
 * CSV rows of the periods, raw numbers: `usage` is `period` for a period's total and `period-model` for a model's
 * row under it (with breakdown), so a spreadsheet can sum either kind without counting twice.
 */
function periodCsvRows(data, options = {}) {
    const rows = [];
    const cells = (usage) => ({
        runs: usage.runs,
        requests: usage.requests,
        input_tokens: usage.inputTokens,
        output_tokens: usage.outputTokens,
        cache_read_tokens: usage.cacheReadTokens,
        cache_write_tokens: usage.cacheWriteTokens,
        total_tokens: usage.totalTokens,
        cost_usd: (0,_analysis_report_view_js__WEBPACK_IMPORTED_MODULE_1__/* .pricingOfRow */ .AJ)(usage) === 'unpriced' ? '' : (0,_csv_report_js__WEBPACK_IMPORTED_MODULE_3__.csvUsd)(usage.costUsd),
        unpriced_requests: usage.unpricedRequests,
        ai_credits: usage.aiCredits ?? '',
    });
    for (const p of data.periods ?? []) {
        const period = { period: p.period, period_start: p.start ?? '', period_end: p.end ?? '' };
        rows.push({ usage: 'period', ...period, ...cells(p) });
        if (!options.breakdown)
            continue;
        for (const m of p.models) {
            rows.push({
                usage: 'period-model',
                ...period,
                provider: (0,_csv_report_js__WEBPACK_IMPORTED_MODULE_3__.spreadsheetSafe)(m.provider),
                model: (0,_csv_report_js__WEBPACK_IMPORTED_MODULE_3__.spreadsheetSafe)(m.model),
                ...cells(m),
            });
        }
    }
    return rows;
}
/** The CSV report with the period rows after the workflow rows, and the period columns after the others. */
function renderCsvWithPeriods(data, options = {}) {
    const rows = [...(0,_csv_report_js__WEBPACK_IMPORTED_MODULE_3__.csvRowsOf)(data), ...periodCsvRows(data, options)];
    return (0,csv_stringify_sync__WEBPACK_IMPORTED_MODULE_2__/* .stringify */ .A)(rows, {
        header: true,
        columns: [..._csv_report_js__WEBPACK_IMPORTED_MODULE_3__.CSV_COLUMNS, ...PERIOD_CSV_COLUMNS],
        record_delimiter: 'unix',
    });
}


/***/ })

};
