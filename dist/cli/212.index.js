export const id = 212;
export const ids = [212];
export const modules = {

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

/***/ 39212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCompareJson: () => (/* binding */ renderCompareJson),
/* harmony export */   renderCompareMarkdown: () => (/* binding */ renderCompareMarkdown),
/* harmony export */   renderCompareTable: () => (/* binding */ renderCompareTable)
/* harmony export */ });
/* harmony import */ var cli_table3__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25832);
/* harmony import */ var cli_table3__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(cli_table3__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _analysis_trends_driver_sentence_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1419);
/* harmony import */ var _common_value_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82210);
/* harmony import */ var _flag_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78884);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19717);
/* harmony import */ var _markdown_parts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51150);
/**
 * The comparison of `compare A B` in markdown, as a terminal table and as JSON: one row per metric with A, B, the
 * change and, for the per-run metrics, the rank test's verdict; then the drivers of the change in cost per run.
 */






const LABELS = {
    runs: 'Runs with usage',
    requests: 'Requests',
    totalTokens: 'Total tokens',
    fullPriceTokens: 'Full-price tokens',
    cacheHitRate: 'Cache hit rate',
    cacheWriteRate: 'Cache write rate',
    ioRatio: 'I/O ratio',
    avgLatencyMs: 'Average latency',
    costUsd: 'Cost',
    requestsPerRun: 'Requests per run',
    tokensPerRun: 'Tokens per run',
    costPerRunUsd: 'Cost per run',
};
const FORMAT = {
    runs: _common_value_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatInteger */ .Sm,
    requests: _common_value_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatInteger */ .Sm,
    totalTokens: _common_value_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTokens */ ._y,
    fullPriceTokens: _common_value_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTokens */ ._y,
    cacheHitRate: (v) => (0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPercent */ .l9)(v),
    cacheWriteRate: (v) => (0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPercent */ .l9)(v),
    ioRatio: _common_value_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRatio */ .B0,
    avgLatencyMs: _common_value_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatMs */ ._V,
    costUsd: _common_value_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPreciseUsd */ .XV,
    requestsPerRun: _common_value_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDecimal */ .zJ,
    tokensPerRun: _common_value_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTokens */ ._y,
    costPerRunUsd: _common_value_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPreciseUsd */ .XV,
};
const RATES = new Set(['cacheHitRate', 'cacheWriteRate']);
/** +12K (+30.0%), −$0.15 (−25.0%), +5.0 pts; — when a side has no value. */
function changeText(row) {
    const { change, relative, metric } = row;
    if (change === null)
        return '—';
    if (change === 0)
        return '0';
    // A change that rounds to nothing as shown has no sign: never −0.0 pts or −0.0%.
    const signed = (text) => (/[1-9]/.test(text) ? `${change > 0 ? '+' : '−'}${text}` : text);
    if (RATES.has(metric))
        return `${signed((Math.abs(change) * 100).toFixed(1))} pts`;
    // A ratio's change is a plain number (+8.2), not a ratio.
    const format = metric === 'ioRatio' ? _common_value_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDecimal */ .zJ : FORMAT[metric];
    const amount = metric === 'costUsd' || metric === 'costPerRunUsd' ? (0,_analysis_trends_driver_sentence_js__WEBPACK_IMPORTED_MODULE_1__/* .signedUsd */ .e)(change) : signed(format(Math.abs(change)));
    return relative === null ? amount : `${amount} (${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSignedChange */ ._N)(relative)})`;
}
const VERDICT_WORDS = {
    significant: 'significant',
    'not-significant': 'not significant',
    'too-few-runs': 'too few runs',
};
function significanceText(row) {
    const s = row.significance;
    if (!s)
        return '';
    const p = s.pValue === null ? '' : ` (p ${s.pValue < 0.001 ? '< 0.001' : `= ${s.pValue.toFixed(3)}`})`;
    const runs = s.verdict === 'too-few-runs' ? ` (${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatInteger */ .Sm)(s.runs.a)} and ${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatInteger */ .Sm)(s.runs.b)} runs)` : '';
    return `${VERDICT_WORDS[s.verdict]}${p}${runs}`;
}
const COLUMNS = [
    { title: 'Metric' },
    { title: 'A', numeric: true },
    { title: 'B', numeric: true },
    { title: 'Change (B − A)', numeric: true },
    { title: 'Significance' },
];
/** Cells are numbers formatted here, never text from a run: nothing to escape. */
function rowsOf(comparison) {
    return comparison.metrics.map((row) => [
        LABELS[row.metric],
        FORMAT[row.metric](row.a),
        FORMAT[row.metric](row.b),
        changeText(row),
        significanceText(row),
    ]);
}
/** Lines under the table: unpriced requests, the drivers, how to read significance; `text` escapes model names. */
function notes(comparison, text) {
    const lines = [];
    for (const [name, side] of [
        ['A', comparison.a],
        ['B', comparison.b],
    ]) {
        if (side.unpricedRequests > 0) {
            lines.push(`${name} has ${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(side.unpricedRequests, 'request')} without a known price, not in its cost.`);
        }
        if (side.values.runs === 0)
            lines.push(`${name} has no run with usage (${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(side.runsFound, 'run')} found).`);
    }
    const d = comparison.drivers;
    if (d) {
        const drivers = d.sentence ? `: ${text(d.sentence)}` : ' (no driver of a cent or more per run)';
        lines.push(`Cost per run ${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPreciseUsd */ .XV)(d.baseline)} → ${(0,_common_value_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPreciseUsd */ .XV)(d.current)} (${(0,_analysis_trends_driver_sentence_js__WEBPACK_IMPORTED_MODULE_1__/* .signedUsd */ .e)(d.change)})${drivers}.`);
    }
    lines.push('Significance: a two-sided Mann–Whitney rank test on the per-run values; significant needs p < 0.01 (exact for few runs: the test says when there are too few) and a change of 20% or more.');
    return lines;
}
function renderCompareMarkdown(comparison) {
    const sides = `**A:** ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(comparison.a.label)}  \n**B:** ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(comparison.b.label)}`;
    const table = (0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .markdownTable */ .Qj)(COLUMNS, rowsOf(comparison));
    const lines = notes(comparison, (t) => (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(t));
    return `## Token usage: A compared with B\n\n${sides}\n\n${table}\n\n${lines.join('\n\n')}\n`;
}
function renderCompareTable(comparison) {
    const table = new (cli_table3__WEBPACK_IMPORTED_MODULE_0___default())({
        head: COLUMNS.map((c) => c.title),
        colAligns: COLUMNS.map((c) => (c.numeric ? 'right' : 'left')),
        style: { head: [], border: [], compact: true },
    });
    table.push(...rowsOf(comparison));
    const head = [`A: ${(0,_flag_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .e)(comparison.a.label)}`, `B: ${(0,_flag_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .e)(comparison.b.label)}`];
    return [...head, table.toString(), ...notes(comparison, _flag_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .e)].join('\n') + '\n';
}
/** The comparison as JSON (`kind: "comparison"`), per-model rows included, with a final newline. */
function renderCompareJson(comparison) {
    return `${JSON.stringify({ kind: 'comparison', ...comparison }, null, 2)}\n`;
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


/***/ })

};
