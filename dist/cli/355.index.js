export const id = 355;
export const ids = [355];
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

/***/ 26355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderJobSummary: () => (/* binding */ renderJobSummary)
});

// UNUSED EXPORTS: CUT_NOTICE, fitMarkdownReport, renderMarkdownReport

// EXTERNAL MODULE: ./src/analysis/report-view.ts
var report_view = __webpack_require__(16314);
// EXTERNAL MODULE: ./src/common/value-format.ts
var value_format = __webpack_require__(82210);
// EXTERNAL MODULE: ./src/report/markdown-escape.ts
var markdown_escape = __webpack_require__(19717);
;// CONCATENATED MODULE: ./src/report/fit-to-limit.ts
/**
 * The one place where an over-long rendering is made to fit: an ordered list of reductions (least loss first), each
 * leaving out named detail; only when all of them are not enough is the body cut, at a paragraph, with what the cut
 * left open closed again. Renderers themselves never shorten anything.
 */
/** GitHub's limit on an issue body, in characters. */
const ISSUE_BODY_LIMIT = 65_536;
/** GitHub's limit on a step's job summary, in bytes of UTF-8. */
const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** An issue body's limit. */
const ISSUE_BODY_SIZE = {
    max: ISSUE_BODY_LIMIT,
    unit: 'characters',
    label: "GitHub's 65,536-character issue limit",
};
/** A step's job summary's limit (`$GITHUB_STEP_SUMMARY`). */
const JOB_SUMMARY_SIZE = {
    max: JOB_SUMMARY_LIMIT_BYTES,
    unit: 'bytes',
    label: "GitHub's 1 MiB job-summary limit",
};
/** The length of a text as the limit counts it. */
function sizeOf(text, unit) {
    return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}
const join = (p) => p.head + (p.lead ?? '') + (p.pinned ?? '') + p.body + p.tail + p.keep;
/** Renders `value` within `limit`: see the file comment. */
function fitToLimit(value, options) {
    const { limit } = options;
    const fits = (text) => sizeOf(text, limit.unit) <= limit.max;
    const omitted = [...(options.omitted ?? [])];
    let current = value;
    let text = join(options.render(current, omitted));
    for (const reduce of options.reductions) {
        if (fits(text))
            return { text, omitted, value: current, cut: false };
        const reduced = reduce(current);
        if (!reduced)
            continue;
        current = reduced.value;
        omitted.push(reduced.omitted);
        text = join(options.render(current, omitted));
    }
    if (fits(text))
        return { text, omitted, value: current, cut: false };
    omitted.push(options.cutOmitted ?? 'the end of the report (cut at a paragraph)');
    const parts = options.render(current, omitted);
    return { text: cutToFit(parts, limit, options.cutNotice), omitted, value: current, cut: true };
}
/**
 * Which parts a cut takes from: the body first; the lead (the body then left out) only when the lead, pinned and tail
 * parts leave no room; everything when the pinned and tail parts alone do not fit.
 */
function cutPlanOf(parts, limit, cutNotice) {
    const lead = parts.lead ?? '';
    const pinned = parts.pinned ?? '';
    const fixed = sizeOf(parts.head + parts.keep + cutNotice, limit.unit);
    const whole = sizeOf(pinned + parts.tail, limit.unit);
    if (fixed + whole >= limit.max)
        return { before: '', cuttable: lead + pinned + parts.body + parts.tail, after: '' };
    if (fixed + whole + sizeOf(lead, limit.unit) < limit.max) {
        return { before: lead + pinned, cuttable: parts.body, after: parts.tail };
    }
    return { before: '', cuttable: lead, after: pinned + parts.tail };
}
/** The parts cut at a paragraph to fit `limit`, with the notice where the cut is and what it left open closed. */
function cutToFit(parts, limit, cutNotice) {
    const { before, cuttable, after } = cutPlanOf(parts, limit, cutNotice);
    let budget = limit.max - sizeOf(parts.head + before + cutNotice + after + parts.keep, limit.unit);
    let text;
    for (;;) {
        const kept = closedMarkdown(prefixWithin(cuttable, budget, limit.unit));
        text = parts.head + before + kept + cutNotice + after + parts.keep;
        const over = sizeOf(text, limit.unit) - limit.max;
        if (over <= 0 || budget <= 0)
            break;
        // Closing what the cut left open made it longer: cut that much earlier.
        budget -= over;
    }
    return text;
}
/** The longest prefix of `text` within `budget` units, ending at a paragraph (or, without one, a line). */
function prefixWithin(text, budget, unit) {
    if (budget <= 0)
        return '';
    let end = Math.min(text.length, budget);
    // Bytes: a character can take up to 4, so shrink until the prefix fits.
    while (end > 0 && sizeOf(text.slice(0, end), unit) > budget) {
        end = Math.floor(end * (budget / sizeOf(text.slice(0, end), unit))) - 1;
    }
    const cut = text.slice(0, Math.max(0, end));
    if (cut.length === text.length)
        return cut;
    const paragraph = cut.lastIndexOf('\n\n');
    const kept = paragraph > 0 ? cut.slice(0, paragraph) : cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
    // A heading whose section was cut away would introduce the notice instead.
    return kept.replace(/(?:^|\n\n)#{1,6} [^\n]*$/, '');
}
/**
 * Closes what a cut left open: a code fence, and `<details>` sections (left open, one would fold the notice and
 * everything after it into itself). Untrusted text is escaped, so every `<details>` in a body is one of ours.
 */
function closedMarkdown(markdown) {
    let text = markdown;
    const fences = text.split('\n').filter((l) => /^\s*(```|~~~)/.test(l)).length;
    if (fences % 2 === 1)
        text += '\n```';
    const open = (text.match(/<details\b/gi) ?? []).length - (text.match(/<\/details>/gi) ?? []).length;
    for (let i = 0; i < open; i++)
        text += '\n\n</details>';
    return text;
}

;// CONCATENATED MODULE: ./src/report/report-detail.ts

const FULL_DETAIL = Object.freeze({
    runRowsPerWorkflow: 30,
    runsWithoutDataRows: 200,
    modelRowsPerWorkflow: null,
    detectionRows: true,
    workflowRows: null,
    workflowDetails: true,
});
/** The workflows a detail level lists. */
function shownWorkflows(view, detail) {
    return detail.workflowRows === null ? view.workflows : view.workflows.slice(0, detail.workflowRows);
}
const step = (change, dropped, words) => {
    return (value) => {
        const next = { ...value.detail, ...change(value.detail) };
        const n = dropped(value, next);
        return n > 0 ? { value: { view: value.view, detail: next }, omitted: words(n) } : null;
    };
};
function keepRunRows(perWorkflow) {
    return step((d) => ({ runRowsPerWorkflow: Math.min(d.runRowsPerWorkflow, perWorkflow) }), ({ view, detail }, next) => detail.workflowDetails
        ? shownWorkflows(view, detail).reduce((n, w) => n + Math.max(0, Math.min(w.runsWithData.length, detail.runRowsPerWorkflow) - next.runRowsPerWorkflow), 0)
        : 0, (n) => perWorkflow === 0
        ? `the per-run tables (${(0,value_format/* plural */.LS)(n, 'row')})`
        : `per-run rows beyond ${perWorkflow} per workflow (${(0,value_format/* plural */.LS)(n, 'row')})`);
}
function keepRunsWithoutData(count) {
    return step((d) => ({ runsWithoutDataRows: Math.min(d.runsWithoutDataRows, count) }), ({ view, detail }, next) => Math.max(0, Math.min(view.runsWithoutData.length, detail.runsWithoutDataRows) - next.runsWithoutDataRows), (n) => `${(0,value_format/* plural */.LS)(n, 'run')} without data from their list`);
}
function keepModels(perWorkflow) {
    return step((d) => ({ modelRowsPerWorkflow: Math.min(d.modelRowsPerWorkflow ?? Infinity, perWorkflow), detectionRows: false }), ({ view, detail }, next) => shownWorkflows(view, detail).reduce((n, w) => n +
        (detail.workflowDetails
            ? Math.max(0, Math.min(w.models.length, detail.modelRowsPerWorkflow ?? Infinity) -
                (next.modelRowsPerWorkflow ?? Infinity))
            : 0) +
        // The detection and routing tables go with the per-workflow model rows.
        (detail.detectionRows ? w.metrics.detection.length + (w.metrics.routing?.models.length ?? 0) : 0), 0), (n) => `per-workflow model rows beyond the ${perWorkflow} most expensive (${(0,value_format/* plural */.LS)(n, 'row')})`);
}
/**
 * Rows a workflow has in the report-wide tables listed per workflow: fallbacks always, detection and routing while
 * they are shown. A workflow left out takes them along, so they are counted with it.
 */
function sharedTableRowsOf(w, detail) {
    const fallbacks = w.metrics.fallbacks?.models.length ?? 0;
    return fallbacks + (detail.detectionRows ? w.metrics.detection.length + (w.metrics.routing?.models.length ?? 0) : 0);
}
function keepWorkflows(count) {
    return ({ view, detail }) => {
        const next = { ...detail, workflowRows: Math.min(detail.workflowRows ?? Infinity, count) };
        const left = shownWorkflows(view, detail).slice(shownWorkflows(view, next).length);
        if (left.length === 0)
            return null;
        const rows = left.reduce((n, w) => n + sharedTableRowsOf(w, detail), 0);
        const withRows = rows > 0 ? `, with their ${(0,value_format/* plural */.LS)(rows, 'row')} of the fallback, detection and routing tables` : '';
        return {
            value: { view, detail: next },
            omitted: `${(0,value_format/* plural */.LS)(left.length, 'workflow')} with the lowest cost (totals still include them)${withRows}`,
        };
    };
}
const dropWorkflowDetails = step(() => ({ workflowDetails: false }), ({ view, detail }) => detail.workflowDetails ? shownWorkflows(view, detail).filter((w) => w.metrics.runsWithData > 0).length : 0, (n) => `the per-workflow details (${(0,value_format/* plural */.LS)(n, 'workflow')})`);
/** The reductions, least loss first. */
const REPORT_REDUCTIONS = [
    keepRunRows(20),
    keepRunRows(5),
    keepRunRows(0),
    keepRunsWithoutData(50),
    keepModels(3),
    keepWorkflows(50),
    keepWorkflows(10),
    keepRunsWithoutData(5),
    dropWorkflowDetails,
];

// EXTERNAL MODULE: ./src/report/markdown-parts.ts
var markdown_parts = __webpack_require__(51150);
;// CONCATENATED MODULE: ./src/report/sections/budget-section.ts



const STATE_TEXT = { ok: '✅ ok', warning: '⚠️ warning', exceeded: '🔴 exceeded' };
/** $25.00 or 2,500 AIC. */
function amountText(amount, unit) {
    return unit === 'USD' ? (0,value_format/* formatUsd */.UK)(amount) : `${(0,value_format/* formatInteger */.Sm)(amount)} AIC`;
}
/** `day 2026-05-06`, `week 2026-W19` (a period still running is counted to the report's day). */
function periodText(status) {
    return status.periodId ? `${status.period} ${status.periodId}` : status.period;
}
function budgetTable(budgets) {
    const rows = budgets.map((b) => [
        b.scope === 'total' ? '**total**' : (0,markdown_escape/* escapeTableCell */.aL)(b.scope),
        periodText(b),
        amountText(b.spent, b.unit) + (b.aiCreditsEstimated ? '\\*' : ''),
        amountText(b.limit, b.unit),
        (0,markdown_parts/* shareText */.Lu)(b.share),
        STATE_TEXT[b.status],
    ]);
    const table = (0,markdown_parts/* markdownTable */.Qj)([
        { title: 'Budget' },
        { title: 'Period' },
        { title: 'Spent', numeric: true },
        { title: 'Limit', numeric: true },
        { title: 'Used', numeric: true },
        { title: 'Status' },
    ], rows);
    const estimated = budgets.some((b) => b.aiCreditsEstimated)
        ? '\n\n\\* Some days carried no recorded AI credits: their USD × 100 is counted (1 AIC = $0.01).'
        : '';
    return table + estimated;
}
function forecastText(f) {
    const range = f.p10 === f.p90 ? (0,value_format/* formatUsd */.UK)(f.p50) : `${(0,value_format/* formatUsd */.UK)(f.p50)} (P10 ${(0,value_format/* formatUsd */.UK)(f.p10)} – P90 ${(0,value_format/* formatUsd */.UK)(f.p90)})`;
    const lines = [
        `**Month-end forecast for ${f.month}:** ${range}; ${(0,value_format/* formatUsd */.UK)(f.toDate)} to date, ` +
            `${(0,value_format/* plural */.LS)(f.daysLeft, 'day')} left, each drawn from ${(0,value_format/* plural */.LS)(f.days, 'recent report day')}.`,
    ];
    for (const a of f.against) {
        lines.push(`- Against the monthly budget of ${amountText(a.limit, a.unit)}: ` +
            `${(0,markdown_parts/* shareText */.Lu)(a.exceedChance)} of the simulated months end above it.`);
    }
    return lines.join('\n');
}
function guardrailText(g) {
    if (g.runsNearCap.length === 0)
        return null;
    const lines = [
        `**Runs within 10% of the per-run cap of ${(0,value_format/* formatInteger */.Sm)(g.runCreditCap)} AIC:**`,
        '',
        ...g.runsNearCap.slice(0, 20).map((r) => {
            const day = r.day ? ` (${r.day})` : '';
            const estimated = r.estimated ? ', USD × 100: no recorded AI credits' : '';
            return `- ${(0,markdown_escape/* escapeMarkdown */.FV)(r.workflow)} run ${(0,markdown_parts/* runLink */.ut)(r.runId, r.url)}${day}: ${(0,value_format/* formatInteger */.Sm)(r.aiCredits)} AIC (${(0,markdown_parts/* shareText */.Lu)(r.share)} of the cap${estimated})`;
        }),
    ];
    if (g.runsNearCap.length > 20)
        lines.push(`- …and ${(0,value_format/* plural */.LS)(g.runsNearCap.length - 20, 'more run')} (see the JSON report).`);
    return lines.join('\n');
}
/** The section, or null when there is nothing to show. */
function budgetSection(data) {
    const parts = [];
    if (data.budgets && data.budgets.length > 0)
        parts.push(budgetTable(data.budgets));
    if (data.forecast)
        parts.push(forecastText(data.forecast));
    const guardrails = data.guardrails ? guardrailText(data.guardrails) : null;
    if (guardrails)
        parts.push(guardrails);
    if (parts.length === 0)
        return null;
    return ['### 💰 Budgets and forecast', '', parts.join('\n\n')].join('\n');
}

;// CONCATENATED MODULE: ./src/analysis/ai-credits-view.ts
/** Sources the firewall uses when it has no price of its own for the model. */
const FALLBACK_SOURCES = new Set(['configured_default', 'builtin_fallback']);
function modelRowOf({ metrics: m, pricing }) {
    const recorded = m.aiCredits ?? null;
    const repriced = pricing === 'unpriced' ? null : (m.repricedAiCredits ?? m.costUsd * 100);
    const difference = recorded !== null && repriced !== null && repriced > 0
        ? { credits: recorded - repriced, relative: (recorded - repriced) / repriced }
        : null;
    return {
        model: m.model,
        provider: m.provider,
        requests: m.requests,
        recorded,
        coverage: m.aiCreditsCoverage,
        repriced,
        difference,
    };
}
/** The AI-credits view of a report: see the file comment. */
function aiCreditsViewOf(view) {
    const pricing = view.data.aiCreditsPricing;
    const sources = Object.entries(pricing?.sources ?? {})
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([source, requests]) => ({ source, requests }));
    const fallbackPriced = pricing?.fallbackPricingRequests ||
        sources.filter((s) => FALLBACK_SOURCES.has(s.source)).reduce((n, s) => n + s.requests, 0);
    const requests = view.data.totals.requests;
    return {
        models: view.models.map(modelRowOf),
        partlyRecorded: view.models.some(({ metrics: m }) => m.aiCredits !== null && m.aiCredits !== undefined && (m.aiCreditsCoverage ?? 1) < 1),
        unpricedWithCredits: view.models.some(({ metrics: m, pricing }) => pricing === 'unpriced' && m.aiCredits != null),
        sources,
        fallbackPriced,
        fallbackShare: requests > 0 ? fallbackPriced / requests : null,
    };
}

// EXTERNAL MODULE: ./src/report/ai-credits-text.ts
var ai_credits_text = __webpack_require__(93609);
;// CONCATENATED MODULE: ./src/report/sections/ai-credits-section.ts
/**
 * "AI Credits": what the firewall charged (`ai_credits_this_response`) against our repricing (USD × 100) per model,
 * so a user comparing with `gh aw logs` sees which of the two is off and by how much; how the firewall priced its
 * credits, and when it fell back to default prices. Only when some record carried credits. The numbers come from
 * analysis/ai-credits-view.ts.
 */





const COLUMNS = [
    { title: 'Model', cell: (r) => (0,markdown_escape/* escapeTableCell */.aL)(r.model) },
    { title: 'Provider', cell: (r) => (0,markdown_escape/* escapeTableCell */.aL)(r.provider) },
    { title: 'Requests', numeric: true, cell: (r) => (0,value_format/* formatInteger */.Sm)(r.requests) },
    { title: 'Recorded', numeric: true, cell: (r) => (0,ai_credits_text/* aiCreditsText */.Cw)(r.recorded, r.coverage) },
    {
        title: 'Repriced (USD × 100)',
        numeric: true,
        cell: (r) => (r.repriced === null ? 'unpriced' : (0,ai_credits_text/* formatAic */.D1)(r.repriced)),
    },
    {
        title: 'Difference',
        numeric: true,
        cell: ({ difference: d }) => d === null ? '—' : `${(0,ai_credits_text/* formatSignedAic */.hO)(d.credits)} (${(0,value_format/* formatSignedChange */._N)(d.relative, 0)})`,
    },
];
function aiCreditsSection(view) {
    const { data } = view;
    if (!(0,ai_credits_text/* reportHasAiCredits */.xR)(data))
        return null;
    const t = data.totals;
    const credits = aiCreditsViewOf(view);
    const lines = [
        '### AI Credits',
        '',
        `The firewall recorded **${(0,ai_credits_text/* aiCreditsText */.Cw)(t.aiCredits, t.aiCreditsCoverage)}** (1 AIC = $0.01); our repricing of the same requests is ${t.repricedAiCredits === undefined ? (0,ai_credits_text/* formatAic */.D1)(t.costUsd * 100) : (0,ai_credits_text/* repricedText */._G)(t)}. Per model, recorded against repriced:`,
        '',
        (0,markdown_parts/* tableOf */.c_)(COLUMNS, credits.models),
    ];
    if (credits.partlyRecorded) {
        lines.push('', 'Where not every request carried credits, the recorded sum covers only those requests while the repricing covers all of them.');
    }
    if (credits.unpricedWithCredits) {
        lines.push('', 'A model without a known price still shows the credits the firewall recorded for it.');
    }
    if (credits.sources.length > 0) {
        const sources = credits.sources.map((s) => `${(0,markdown_escape/* escapeMarkdown */.FV)(s.source)} ${(0,value_format/* plural */.LS)(s.requests, 'request')}`);
        lines.push('', `How the firewall priced its credits: ${sources.join(' · ')}.`);
    }
    const n = credits.fallbackPriced;
    if (n > 0) {
        lines.push('', `> [!WARNING]\n> ${(0,value_format/* plural */.LS)(n, 'request')} (${(0,value_format/* formatPercent */.l9)(credits.fallbackShare)} of all) ${n === 1 ? 'was' : 'were'} charged at the firewall's fallback prices, not the model's own: ${n === 1 ? 'its' : 'their'} recorded credits may be off.`);
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/analysis/runs/token-metrics.ts
var token_metrics = __webpack_require__(68160);
// EXTERNAL MODULE: ./src/analysis/runs/analyse-runs.ts + 2 modules
var analyse_runs = __webpack_require__(23204);
;// CONCATENATED MODULE: ./src/report/sections/detection-section.ts
/** "Threat-Detection Usage": the detection job's usage, kept apart from every total and flag. */








const detection_section_COLUMNS = [
    { title: 'Workflow' },
    { title: 'Model' },
    { title: 'Provider' },
    { title: 'Requests', numeric: true },
    { title: 'Input', numeric: true },
    { title: 'Output', numeric: true },
    { title: 'Cache Read', numeric: true },
    { title: 'Cache Write', numeric: true },
    { title: 'Total Tokens', numeric: true },
    { title: 'Cost', numeric: true },
];
function detectionSection(view, detail) {
    const d = view.data.detection;
    if (!d || d.requests === 0)
        return null;
    const credits = (0,analyse_runs/* aiCreditsFieldsOf */.$e)(d.models).aiCredits;
    const lines = [
        '### Threat-Detection Usage',
        '',
        `The threat-detection job's usage (\`detection/\` in the \`usage\` artifact) is kept separate: it is **not** included in the totals, workflow figures or flags above. ${(0,value_format/* plural */.LS)(d.runs, 'run')}, ${(0,value_format/* plural */.LS)(d.requests, 'request')}, ${(0,value_format/* formatTokens */._y)(d.totalTokens)} tokens, ${(0,value_format/* formatUsd */.UK)(d.costUsd)}${credits !== null ? `, ${(0,ai_credits_text/* formatAic */.D1)(credits)} recorded` : ''}.`,
    ];
    if (detail.detectionRows) {
        const workflows = shownWorkflows(view, detail);
        // The provider column only when a workflow's detection used one model from two providers.
        const withProvider = workflows.some(({ metrics: w }) => (0,report_view/* modelNamesRepeat */.Jm)(w.detection));
        const rows = workflows.flatMap(({ metrics: w }) => w.detection.map((m) => [
            (0,markdown_escape/* escapeTableCell */.aL)(w.name),
            (0,markdown_escape/* escapeTableCell */.aL)(m.model),
            ...(withProvider ? [(0,markdown_escape/* escapeTableCell */.aL)(m.provider)] : []),
            (0,value_format/* formatInteger */.Sm)(m.requests),
            (0,value_format/* formatTokens */._y)(m.inputTokens),
            (0,value_format/* formatTokens */._y)(m.outputTokens),
            (0,value_format/* formatTokens */._y)(m.cacheReadTokens),
            (0,value_format/* formatTokens */._y)(m.cacheWriteTokens),
            (0,value_format/* formatTokens */._y)((0,token_metrics/* totalTokensOf */.WV)(m)),
            (0,markdown_parts/* costText */.rs)(m.costUsd, (0,report_view/* pricingOf */.u6)(m.requests, m.unpricedRequests)),
        ]));
        lines.push('', (0,markdown_parts/* markdownTable */.Qj)(withProvider ? detection_section_COLUMNS : detection_section_COLUMNS.filter((c) => c.title !== 'Provider'), rows));
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/sections/fallbacks-section.ts




const fallbacks_section_COLUMNS = [
    { title: 'Workflow' },
    { title: 'Requested', numeric: false },
    { title: 'Served', numeric: false },
    { title: 'Requests', numeric: true },
];
/** `upstream_5xx 3 · upstream_timeout 1`. */
function reasonsText(byReason) {
    return Object.entries(byReason)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([reason, n]) => `${(0,markdown_escape/* escapeMarkdown */.FV)(reason)} ${(0,value_format/* formatInteger */.Sm)(n)}`)
        .join(' · ');
}
function fallbacksSection(view, detail) {
    const f = view.data.fallbacks;
    if (!f || f.requests === 0)
        return null;
    const t = view.data.totals;
    const lines = [
        '### Model Fallbacks',
        '',
        `The firewall served ${(0,value_format/* plural */.LS)(f.requests, 'request')} (${(0,value_format/* formatPercent */.l9)(t.requests > 0 ? f.requests / t.requests : null)} of all) with a fallback model; they are priced on the model that served them. Reasons: ${reasonsText(f.byReason)}.`,
    ];
    const workflows = shownWorkflows(view, detail).filter(({ metrics: w }) => (w.fallbacks?.requests ?? 0) > 0);
    const rows = workflows.flatMap(({ metrics: w }) => (w.fallbacks?.models ?? []).map((p) => [
        (0,markdown_escape/* escapeTableCell */.aL)(w.name),
        (0,markdown_escape/* escapeTableCell */.aL)(p.requested),
        (0,markdown_escape/* escapeTableCell */.aL)(p.served),
        `${(0,value_format/* formatInteger */.Sm)(p.requests)} (${(0,value_format/* formatPercent */.l9)(w.requests > 0 ? p.requests / w.requests : null)} of the workflow's)`,
    ]));
    if (rows.length > 0)
        lines.push('', (0,markdown_parts/* markdownTable */.Qj)(fallbacks_section_COLUMNS, rows));
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/sections/model-sections.ts



/** "By provider: copilot 15 requests, 353K tokens, $0.33 · …", when more than one provider served requests. */
function providerLine(view) {
    if (view.providers.length <= 1)
        return null;
    const providers = view.providers.map((p) => `${(0,markdown_escape/* escapeMarkdown */.FV)(p.provider)} ${(0,value_format/* plural */.LS)(p.requests, 'request')}, ${(0,value_format/* formatTokens */._y)(p.totalTokens)} tokens, ${(0,markdown_parts/* costText */.rs)(p.costUsd, p.pricing)}`);
    return `By provider: ${providers.join(' · ')}`;
}
const COST_TYPE_WORDS = {
    input: 'input',
    output: 'output',
    cacheRead: 'cache read',
    cacheWrite: 'cache write',
};
const COST_COLUMNS = [
    { title: 'Model' },
    { title: 'Provider' },
    { title: 'Input', numeric: true },
    { title: 'Output', numeric: true },
    { title: 'Cache Read', numeric: true },
    { title: 'Cache Write', numeric: true },
    { title: 'Total', numeric: true },
    { title: 'Share', numeric: true },
];
function costBreakdownSection(view) {
    const { data } = view;
    if (data.models.length === 0)
        return null;
    const total = data.totals.costUsd;
    const c = data.totals.cost;
    // An unpriced model's cost is unknown, not $0.00: its cells say so.
    const rows = view.models.map(({ metrics: m, costShare, pricing }) => {
        const part = (usd) => (pricing === 'unpriced' ? '—' : (0,value_format/* formatUsd */.UK)(usd));
        return [
            (0,markdown_escape/* escapeTableCell */.aL)(m.model),
            (0,markdown_escape/* escapeTableCell */.aL)(m.provider),
            part(m.cost.input),
            part(m.cost.output),
            part(m.cost.cacheRead),
            part(m.cost.cacheWrite),
            (0,markdown_parts/* costText */.rs)(m.costUsd, pricing),
            pricing === 'unpriced' ? '—' : (0,markdown_parts/* shareText */.Lu)(costShare),
        ];
    });
    rows.push([
        '**All models**',
        '',
        (0,value_format/* formatUsd */.UK)(c.input),
        (0,value_format/* formatUsd */.UK)(c.output),
        (0,value_format/* formatUsd */.UK)(c.cacheRead),
        (0,value_format/* formatUsd */.UK)(c.cacheWrite),
        `**${(0,value_format/* formatUsd */.UK)(total)}**`,
        total > 0 ? '100%' : '—',
    ]);
    // The one table of the model mix over all workflows (each workflow's own models are in its details).
    const lines = ['### Cost Breakdown', '', (0,markdown_parts/* markdownTable */.Qj)(COST_COLUMNS, rows)];
    const driver = view.largestCostDriver;
    if (driver) {
        lines.push('', `Largest cost driver: **${COST_TYPE_WORDS[driver.type]} tokens**, ${(0,value_format/* formatUsd */.UK)(driver.costUsd)} (${(0,markdown_parts/* shareText */.Lu)(driver.share)} of the total).`);
    }
    const providers = providerLine(view);
    if (providers)
        lines.push('', providers);
    return lines.join('\n');
}
function unpricedSection(view) {
    const models = view.data.unpricedModels;
    if (models.length === 0)
        return null;
    // A totals-only run has no request count: its runs are counted beside the requests.
    const withRuns = models.some((m) => (m.runs ?? 0) > 0);
    const rows = models.map((m) => [
        (0,markdown_escape/* escapeTableCell */.aL)(m.provider),
        (0,markdown_escape/* escapeTableCell */.aL)(m.model),
        (0,value_format/* formatInteger */.Sm)(m.requests),
        ...(withRuns ? [(0,value_format/* formatInteger */.Sm)(m.runs ?? 0)] : []),
    ]);
    const columns = [
        { title: 'Provider' },
        { title: 'Model' },
        { title: 'Requests', numeric: true },
        ...(withRuns ? [{ title: 'Totals-only runs', numeric: true }] : []),
    ];
    return [
        '### Unpriced Models',
        '',
        'No price is known for these models: their tokens are counted above, their cost is **not** in any total. Add a price with `--pricing FILE` (the action: the `pricing-file` or `prices` input).',
        '',
        (0,markdown_parts/* markdownTable */.Qj)(columns, rows),
    ].join('\n');
}

// EXTERNAL MODULE: ./src/analysis/flags/flag-weight.ts
var flag_weight = __webpack_require__(18131);
// EXTERNAL MODULE: ./src/analysis/flags/flag-wording.ts + 1 modules
var flag_wording = __webpack_require__(49586);
;// CONCATENATED MODULE: ./src/report/sections/opportunities-section.ts
/**
 * "Optimisation Opportunities": the flags that need a look first — new, worsened, or of unknown standing, most severe
 * first — each with its recommendation and what acting on it would save; then the flags that stand unchanged since
 * an earlier report, once each in a compact list ("persisting since 2026-04-12"), so a standing flag is not a fresh
 * warning every day. Worded by flag-wording; weighed by flag-weight.
 */




const SEVERITY_ICON = { critical: '🔴', warning: '⚠️', info: 'ℹ️' };
const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 };
/** A flag's sentence for an issue body: the plain wording, escaped (it quotes model names). */
function flagMarkdownOf(flag) {
    // Our own sentence, however long its drivers make it: read whole, never cut mid-clause (names in it are bounded).
    return (0,markdown_escape/* escapeMarkdown */.FV)((0,flag_wording/* flagMessageOf */.bU)(flag), { maxLength: 4000 });
}
function standingText(flag) {
    if (flag.standing === 'new')
        return ' 🆕';
    if (flag.standing === 'worsened')
        return flag.since ? ` (worse; standing since ${flag.since})` : ' (worse)';
    return '';
}
/** Every workflow's flags, also of workflows a reduction left out of the tables: a finding is never dropped. */
function opportunitiesSection(view) {
    const lines = ['### 🔍 Optimisation Opportunities', ''];
    const all = [];
    for (const w of view.workflows)
        for (const flag of w.flags)
            all.push({ flag, workflow: w.metrics, order: all.length });
    const leading = all
        .filter((f) => f.flag.standing !== 'persisting')
        .sort((a, b) => SEVERITY_ORDER[a.flag.severity] - SEVERITY_ORDER[b.flag.severity] || a.order - b.order);
    const persisting = all.filter((f) => f.flag.standing === 'persisting');
    for (const [i, { flag, workflow }] of leading.entries()) {
        lines.push(`${i + 1}. ${SEVERITY_ICON[flag.severity]} **${(0,markdown_escape/* escapeMarkdown */.FV)(workflow.name)}** — ${flagMarkdownOf(flag)}${standingText(flag)}`);
        if (flag.recommendation)
            lines.push(`   - ${(0,markdown_escape/* escapeMarkdown */.FV)(flag.recommendation, { maxLength: 4000 })}`);
        const weight = (0,flag_weight/* flagWeightNoteOf */.sW)(flag, workflow);
        if (weight)
            lines.push(`   - ${(0,markdown_escape/* escapeMarkdown */.FV)(weight, { maxLength: 4000 })}`);
    }
    if (persisting.length > 0) {
        if (leading.length > 0)
            lines.push('');
        lines.push(`**Unchanged since an earlier report** (${persisting.length}):`, '');
        for (const { flag, workflow } of persisting) {
            const since = flag.since ? ` — persisting since ${flag.since}` : '';
            const saving = flag.context?.savingPerRunUsd !== undefined && flag.context.savingPerRunUsd >= flag_weight/* WORTH_NAMING_USD */.tT
                ? ` (could save about ${(0,value_format/* formatPreciseUsd */.XV)(flag.context.savingPerRunUsd)} per run)`
                : '';
            lines.push(`- ${SEVERITY_ICON[flag.severity]} **${(0,markdown_escape/* escapeMarkdown */.FV)(workflow.name)}** — ${flagMarkdownOf(flag)}${saving}${since}`);
        }
    }
    if (all.length === 0) {
        lines.push(view.data.totals.runsWithData > 0
            ? 'No workflow crossed a threshold.'
            : 'Nothing to assess: no token data in this period.');
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/sections/overview-section.ts




function formatInstant(iso) {
    if (!iso)
        return null;
    const ms = Date.parse(iso);
    if (Number.isNaN(ms))
        return (0,markdown_escape/* escapeMarkdown */.FV)(iso);
    return new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}
function overview_section_periodText(data) {
    const since = formatInstant(data.window.since);
    const until = formatInstant(data.window.until);
    if (since && until)
        return `${since} to ${until}`;
    if (since)
        return `since ${since}`;
    if (until)
        return `until ${until}`;
    const first = formatInstant(data.dataRange?.first);
    const last = formatInstant(data.dataRange?.last);
    if (first && last)
        return `all records (${first} to ${last})`;
    return 'all records';
}
/** input 4K (0.4%), output 6K (0.6%), cache read 772K (76.2%), cache write 232K (22.9%). */
function tokenBreakdown(t) {
    const part = (label, n) => `${label} ${(0,value_format/* formatTokens */._y)(n)}${t.totalTokens > 0 ? ` (${(0,value_format/* formatPercent */.l9)(n / t.totalTokens)})` : ''}`;
    return ([
        part('input', t.inputTokens),
        part('output', t.outputTokens),
        part('cache read', t.cacheReadTokens),
        part('cache write', t.cacheWriteTokens),
    ].join(', ') +
        ((t.reasoningTokens ?? 0) > 0 ? `; reasoning ${(0,value_format/* formatTokens */._y)(t.reasoningTokens ?? 0)} (part of output)` : ''));
}
/** Runs whose `agent_usage.json` disagrees with their per-request records by more than 1%. */
function mismatchLine(data) {
    const rows = data.aggregateMismatches ?? [];
    if (rows.length === 0)
        return null;
    const first = rows[0];
    const m = first.mismatches[0];
    const example = m
        ? ` (e.g. ${(0,markdown_escape/* escapeMarkdown */.FV)(first.workflow)} run ${(0,markdown_escape/* escapeMarkdown */.FV)(first.runId)}: ${m.field} ${(0,value_format/* formatInteger */.Sm)(m.aggregate)} in \`agent_usage.json\` against ${(0,value_format/* formatInteger */.Sm)(m.records)} in its records)`
        : '';
    return `**Cross-check**: ${(0,value_format/* plural */.LS)(rows.length, 'run')} whose per-run totals (\`agent_usage.json\`) differ from their per-request records by more than 1%${example}; the per-request records are used.`;
}
function overviewSection(view) {
    const { data } = view;
    const t = data.totals;
    const lines = [
        '### Overview',
        '',
        `**Period**: ${overview_section_periodText(data)}  `,
        `**Runs in window**: ${(0,value_format/* formatInteger */.Sm)(t.runs)} in ${(0,value_format/* plural */.LS)(data.workflows.length, 'workflow')} (${(0,value_format/* formatInteger */.Sm)(t.runsWithData)} with token data${(t.runsTotalsOnly ?? 0) > 0 ? `, ${(0,value_format/* formatInteger */.Sm)(t.runsTotalsOnly ?? 0)} of them analysed (totals only)` : ''})  `,
        `**Requests**: ${(0,markdown_parts/* requestsText */.sN)(view.requests, view.uncountedRuns)}  `,
        `**Total tokens**: ${(0,value_format/* formatTokens */._y)(t.totalTokens)} across all workflows (${tokenBreakdown(t)})  `,
        `**Cache hit rate**: ${(0,value_format/* formatPercent */.l9)(t.cacheHitRate)} · **Cache write rate**: ${(0,value_format/* formatPercent */.l9)(t.cacheWriteRate)} · **I/O ratio**: ${(0,value_format/* formatRatio */.B0)(t.ioRatio)}  `,
        `**Estimated total cost**: ${(0,markdown_parts/* costText */.rs)(t.costUsd, view.totalPricing)}` +
            (t.aiCredits !== null && t.aiCredits !== undefined
                ? ` · **AI credits recorded**: ${(0,ai_credits_text/* aiCreditsText */.Cw)(t.aiCredits, t.aiCreditsCoverage)} (repriced: ${t.repricedAiCredits === undefined ? (0,ai_credits_text/* formatAic */.D1)(t.costUsd * 100) : (0,ai_credits_text/* repricedText */._G)(t)})`
                : ''),
    ];
    const failed = (0,markdown_parts/* failedRunsText */.xm)(t.failedRuns, t.costUsd);
    if (failed)
        lines[lines.length - 1] += `  \n**Spent on failed runs**: ${failed}`;
    const mismatches = mismatchLine(data);
    if (mismatches)
        lines.push('', mismatches);
    if (view.unpricedRequests > 0 || view.unpricedRuns > 0) {
        lines.push('', `> [!WARNING]\n> ${(0,markdown_parts/* unpricedUsageText */.ne)(view.unpricedRequests, view.unpricedRuns)} of ${(0,value_format/* plural */.LS)(data.unpricedModels.length, 'model')} without a known price ${view.unpricedRequests + view.unpricedRuns === 1 ? 'is' : 'are'} not included in any cost (see **Unpriced Models**).`);
    }
    if (t.runsWithData === 0) {
        lines.push('', 'No run in this period had token usage data. Token usage is recorded by the api-proxy of the Agent Workflow Firewall (`--enable-api-proxy`); see **Runs Without Token Data** for the reason per run.');
    }
    if (data.detection && data.detection.requests > 0) {
        lines.push('', `Threat-detection usage (${(0,value_format/* formatTokens */._y)(data.detection.totalTokens)} tokens, ${(0,value_format/* formatUsd */.UK)(data.detection.costUsd)}) is reported separately and is not included in these totals.`);
    }
    if (data.routing && data.routing.requests > 0) {
        lines.push('', `The firewall's own routing calls (${(0,value_format/* plural */.LS)(data.routing.requests, 'request')}, ${(0,value_format/* formatTokens */._y)(data.routing.totalTokens)} tokens) are reported separately (**Firewall Routing Calls**) and are not included in these totals.`);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/sections/repositories-section.ts



const STATUS_TEXT = {
    collected: '',
    failed: ' ⚠️ failed',
    'not-reached': ' ⏸️ not reached',
};
function row(r) {
    if (r.runs === null)
        return [`${(0,markdown_escape/* escapeTableCell */.aL)(r.repository)}${STATUS_TEXT[r.status]}`, ...Array(8).fill('—')];
    return [
        `${(0,markdown_escape/* escapeTableCell */.aL)(r.repository)}${STATUS_TEXT[r.status]}`,
        (0,value_format/* formatInteger */.Sm)(r.runs),
        (0,value_format/* formatInteger */.Sm)(r.runsWithData),
        (0,value_format/* formatInteger */.Sm)(r.requests),
        (0,value_format/* formatTokens */._y)(r.totalTokens),
        (0,value_format/* formatUsd */.UK)(r.costUsd),
        r.aiCredits === null ? '—' : (0,value_format/* formatInteger */.Sm)(Math.round(r.aiCredits)),
        (0,value_format/* formatUsd */.UK)(r.costPerRunUsd),
        r.change === null ? '—' : (0,value_format/* formatSignedChange */._N)(r.change),
    ];
}
function repositoriesSection(data) {
    const repositories = data.repositories;
    if (!repositories || repositories.length === 0)
        return null;
    const table = (0,markdown_parts/* markdownTable */.Qj)([
        { title: 'Repository' },
        { title: 'Runs', numeric: true },
        { title: 'With data', numeric: true },
        { title: 'Requests', numeric: true },
        { title: 'Tokens', numeric: true },
        { title: 'Cost', numeric: true },
        { title: 'AIC', numeric: true },
        { title: 'Cost per run', numeric: true },
        { title: 'vs baseline', numeric: true },
    ], repositories.map(row));
    const unread = repositories.filter((r) => r.status !== 'collected');
    const notes = unread.map((r) => `- **${(0,markdown_escape/* escapeMarkdown */.FV)(r.repository)}** ${r.status === 'failed' ? 'failed' : 'was not reached'}: ` +
        `${(0,markdown_escape/* escapeMarkdown */.FV)(r.reason ?? 'no reason given')}`);
    const carried = unread.length === 0
        ? ''
        : `\n\n${(0,value_format/* plural */.LS)(unread.length, 'repository', 'repositories')} could not be read; ` +
            `${unread.length === 1 ? 'its window is' : 'their windows are'} carried, so the next report counts ` +
            `${unread.length === 1 ? 'its' : 'their'} runs:\n\n${notes.join('\n')}`;
    return `## Repositories\n\n${table}${carried}`;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(16435);
;// CONCATENATED MODULE: ./src/report/pull-request-costs-block.ts
/**
 * The daily report's pull request rows, as a hidden block of their own in the report's "Pull requests" section:
 * each pull request's agent cost in the report's window. The pull request comments compare with the median of these
 * over 30 days, so no comment reads an artifact of another pull request.
 *
 * Format: `<!-- token-usage-analyzer:pull-requests v1 BASE64(JSON) -->`. Validated on the way back in (anyone with
 * write access can edit an issue body); one that does not validate is left out with a reason.
 */

const BLOCK_PATTERN = /<!-- token-usage-analyzer:pull-requests v(\d+) ([A-Za-z0-9+/=]*) -->/g;
const VERSION = 1;
const blockSchema = schemas/* strictObject */.rej({
    v: schemas/* literal */.euz(VERSION),
    rows: schemas/* array */.YOg(schemas/* strictObject */.rej({
        n: schemas/* number */.aig().int().min(1),
        runs: schemas/* number */.aig().int().min(0),
        usd: schemas/* number */.aig().finite().min(0).max(1e9),
    }))
        .max(10_000),
});
function pullRequestCostsBlockOf(rows) {
    const json = JSON.stringify({
        v: VERSION,
        rows: rows.map((row) => ({ n: row.number, runs: row.runs, usd: Math.round(row.costUsd * 1e6) / 1e6 })),
    });
    return `<!-- token-usage-analyzer:pull-requests v${VERSION} ${Buffer.from(json, 'utf8').toString('base64')} -->`;
}
function readPullRequestCosts(body) {
    const matches = [...body.matchAll(BLOCK_PATTERN)];
    if (matches.length === 0)
        return { status: 'missing' };
    if (matches.length > 1)
        return { status: 'invalid', reason: `${matches.length} pull request blocks, expected 1` };
    const [, version, encoded] = matches[0];
    if (Number(version) !== VERSION)
        return { status: 'invalid', reason: `version v${version} is not supported` };
    let json;
    try {
        json = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
    }
    catch (error) {
        return { status: 'invalid', reason: `it does not decode: ${error.message}` };
    }
    const parsed = blockSchema.safeParse(json);
    if (!parsed.success)
        return { status: 'invalid', reason: 'it does not validate' };
    return { status: 'ok', rows: parsed.data.rows.map((row) => ({ number: row.n, runs: row.runs, costUsd: row.usd })) };
}

;// CONCATENATED MODULE: ./src/report/sections/pull-requests-section.ts




/** Pull requests listed; the rest are counted (and kept in the hidden block and the JSON). */
const SHOWN = 10;
function pullRequestsSection(data) {
    const pulls = data.pullRequests ?? [];
    if (pulls.length === 0)
        return null;
    const rows = pulls
        .slice(0, SHOWN)
        .map((pull) => [
        (0,markdown_escape/* escapeMarkdown */.FV)(`#${pull.number}`),
        (0,markdown_escape/* escapeTableCell */.aL)(pull.workflows.join(', ')),
        (0,value_format/* formatInteger */.Sm)(pull.runs),
        (0,value_format/* formatUsd */.UK)(pull.costUsd),
        pull.aiCredits === null ? '—' : (0,value_format/* formatInteger */.Sm)(pull.aiCredits),
    ]);
    const columns = [
        { title: 'Pull request' },
        { title: 'Workflows' },
        { title: 'Runs', numeric: true },
        { title: 'Cost', numeric: true },
        { title: 'AIC', numeric: true },
    ];
    return [
        '## Pull requests',
        '',
        `Agent runs on ${(0,value_format/* plural */.LS)(pulls.length, 'pull request')}; the median pull request cost ` +
            `${(0,value_format/* formatUsd */.UK)(data.pullRequestMedianUsd ?? null)}.`,
        '',
        (0,markdown_parts/* markdownTable */.Qj)(columns, rows),
        ...(pulls.length > SHOWN ? ['', (0,markdown_parts/* moreRows */.zj)(pulls.length - SHOWN, 'more pull request')] : []),
        '',
        pullRequestCostsBlockOf(pulls),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/sections/routing-section.ts
/**
 * "Firewall Routing Calls": the firewall's own model-router requests (`purpose: "routing_classification"`), not the
 * agent's: never in the totals, workflow figures or flags. Only when there were any.
 */







function routingSection(view, detail) {
    const r = view.data.routing;
    if (!r || r.requests === 0)
        return null;
    const unpriced = r.models.reduce((n, m) => n + m.unpricedRequests, 0);
    const credits = r.aiCredits !== null ? `, ${(0,ai_credits_text/* formatAic */.D1)(r.aiCredits)} recorded` : '';
    const lines = [
        '### Firewall Routing Calls',
        '',
        `The firewall's own model-routing calls are kept separate: they are **not** included in the totals, workflow figures or flags above. ${(0,value_format/* plural */.LS)(r.requests, 'request')}, ${(0,value_format/* formatTokens */._y)(r.totalTokens)} tokens, ${(0,markdown_parts/* costText */.rs)(r.costUsd, (0,report_view/* pricingOf */.u6)(r.requests, unpriced))}${credits}.`,
    ];
    if (detail.detectionRows) {
        const workflows = shownWorkflows(view, detail).filter(({ metrics: w }) => (w.routing?.requests ?? 0) > 0);
        const withProvider = workflows.some(({ metrics: w }) => (0,report_view/* modelNamesRepeat */.Jm)(w.routing?.models ?? []));
        const withCredits = r.aiCredits !== null;
        const columns = [
            { title: 'Workflow' },
            { title: 'Model' },
            ...(withProvider ? [{ title: 'Provider' }] : []),
            { title: 'Requests', numeric: true },
            { title: 'Total Tokens', numeric: true },
            { title: 'Cost', numeric: true },
            ...(withCredits ? [{ title: 'AIC', numeric: true }] : []),
        ];
        const rows = workflows.flatMap(({ metrics: w }) => (w.routing?.models ?? []).map((m) => [
            (0,markdown_escape/* escapeTableCell */.aL)(w.name),
            (0,markdown_escape/* escapeTableCell */.aL)(m.model),
            ...(withProvider ? [(0,markdown_escape/* escapeTableCell */.aL)(m.provider)] : []),
            (0,value_format/* formatInteger */.Sm)(m.requests),
            (0,value_format/* formatTokens */._y)((0,token_metrics/* totalTokensOf */.WV)(m)),
            (0,markdown_parts/* costText */.rs)(m.costUsd, (0,report_view/* pricingOf */.u6)(m.requests, m.unpricedRequests)),
            ...(withCredits ? [(0,ai_credits_text/* formatAic */.D1)(m.aiCredits)] : []),
        ]));
        lines.push('', (0,markdown_parts/* markdownTable */.Qj)(columns, rows));
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/sections/runs-without-data-section.ts




/** The runs whose artifact (or files) held no token records, with what was read: one line each under its runs. */
function noRecordsLines(data) {
    const rows = data.noRecords ?? [];
    if (rows.length === 0)
        return [];
    const shown = rows.slice(0, 5).map((r) => {
        const where = r.artifact ? `artifact \`${(0,markdown_escape/* escapeMarkdown */.FV)(r.artifact)}\`` : 'its files';
        const inspected = r.files.length > 0
            ? `read ${r.files.map((f) => `\`${(0,markdown_escape/* escapeMarkdown */.FV)(f)}\``).join(', ')}`
            : r.archivePaths && r.archivePaths.length > 0
                ? `no token file among ${(0,value_format/* plural */.LS)(r.archiveEntries ?? r.archivePaths.length, 'entry', 'entries')} (${r.archivePaths
                    .slice(0, 5)
                    .map((f) => `\`${(0,markdown_escape/* escapeMarkdown */.FV)(f)}\``)
                    .join(', ')}${(r.archiveEntries ?? r.archivePaths.length) > 5 ? ', …' : ''})`
                : 'no token file found';
        return `- ${(0,markdown_escape/* escapeMarkdown */.FV)(r.workflow)} run ${(0,markdown_escape/* escapeMarkdown */.FV)(r.runId)}: ${where}, ${inspected}`;
    });
    const more = rows.length > 5 ? [`- …and ${(0,value_format/* plural */.LS)(rows.length - 5, 'more run')} (see the JSON report's \`noRecords\`).`] : [];
    return [
        `${(0,value_format/* plural */.LS)(rows.length, 'run')} had an artifact with **no token records**; what was read:`,
        '',
        ...shown,
        ...more,
        '',
    ];
}
function runsWithoutDataSection(view, detail) {
    const runs = view.runsWithoutData;
    if (runs.length === 0)
        return null;
    const maxRows = detail.runsWithoutDataRows;
    const noDataWorkflows = shownWorkflows(view, detail).filter((w) => w.metrics.runsWithData === 0);
    const lines = ['<details>', `<summary><b>Runs Without Token Data</b> (${(0,value_format/* formatInteger */.Sm)(runs.length)})</summary>`, ''];
    if (noDataWorkflows.length > 0) {
        lines.push('Workflows with no token data at all:', '');
        for (const { metrics: w } of noDataWorkflows)
            lines.push(`- **${(0,markdown_escape/* escapeMarkdown */.FV)(w.name)}** — ${(0,value_format/* plural */.LS)(w.runs, 'run')}`);
        lines.push('');
    }
    // Many runs can lack data (an artifact rename, expired artifacts): a count per reason keeps that readable.
    if (runs.length > maxRows || view.runsWithoutDataByReason.length > 1) {
        lines.push('By reason:', '');
        for (const { reason, runs: n } of view.runsWithoutDataByReason) {
            lines.push(`- ${(0,markdown_escape/* escapeMarkdown */.FV)(reason)}: ${(0,value_format/* plural */.LS)(n, 'run')}`);
        }
        lines.push('');
    }
    lines.push(...noRecordsLines(view.data));
    const rows = runs
        .slice(0, maxRows)
        .map((r) => [(0,markdown_escape/* escapeTableCell */.aL)(r.workflow), (0,markdown_parts/* runLink */.ut)(r.runId, r.url), (0,markdown_escape/* escapeTableCell */.aL)(r.reason)]);
    lines.push((0,markdown_parts/* markdownTable */.Qj)([{ title: 'Workflow' }, { title: 'Run' }, { title: 'Reason' }], rows));
    if (runs.length > maxRows)
        lines.push('', (0,markdown_parts/* moreRows */.zj)(runs.length - maxRows, 'more run'));
    lines.push('', '</details>');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/sections/skipped-section.ts



const SKIP_EXAMPLES_SHOWN = 5;
function skippedSection(view) {
    const s = view.data.skipped;
    if (s.invalidLines === 0 && s.duplicateRecords === 0 && s.filteredRecords === 0)
        return null;
    const lines = ['### Skipped Lines and Records', ''];
    if (s.invalidLines > 0) {
        const reasons = Object.entries(s.byReason)
            .filter(([, n]) => n > 0)
            .map(([reason, n]) => `${(0,markdown_escape/* escapeMarkdown */.FV)(reason)}: ${(0,value_format/* formatInteger */.Sm)(n)}`)
            .join(', ');
        lines.push(`- **${(0,value_format/* plural */.LS)(s.invalidLines, 'invalid line')}** skipped${reasons ? ` (${reasons})` : ''}`);
    }
    if (s.duplicateRecords > 0) {
        lines.push(`- **${(0,value_format/* plural */.LS)(s.duplicateRecords, 'duplicate record')}** removed (same \`request_id\` in one run, e.g. two copies of a file)`);
    }
    if (s.filteredRecords > 0) {
        lines.push(`- **${(0,value_format/* plural */.LS)(s.filteredRecords, 'record')}** left out by the provider/date filters`);
    }
    if (s.examples.length > 0) {
        lines.push('', 'Examples:', '');
        for (const e of s.examples.slice(0, SKIP_EXAMPLES_SHOWN)) {
            const run = e.runId !== undefined ? `run ${(0,markdown_escape/* escapeMarkdown */.FV)(e.runId)} of ${(0,markdown_escape/* escapeMarkdown */.FV)(e.workflow ?? '')}, ` : '';
            lines.push(`- ${run}${(0,markdown_escape/* escapeMarkdown */.FV)(e.file, { maxLength: 160 })}:${e.line} — ${(0,markdown_escape/* escapeMarkdown */.FV)(e.reason)}: ${(0,markdown_escape/* escapeMarkdown */.FV)(e.detail, { maxLength: 160 })}`);
        }
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/analysis/runs/failed-runs.ts
var failed_runs = __webpack_require__(62791);
;// CONCATENATED MODULE: ./src/report/sections/model-table.ts




/** `withCredits`: an AIC column (only when some record of the report carried credits). */
function modelTable(models, withProvider = false, withCredits = false) {
    const columns = [
        { title: 'Model' },
        ...(withProvider ? [{ title: 'Provider' }] : []),
        { title: 'Requests', numeric: true },
        { title: 'Input', numeric: true },
        { title: 'Output', numeric: true },
        { title: 'Cache Read', numeric: true },
        { title: 'Cache Write', numeric: true },
        { title: 'Avg Latency', numeric: true },
        { title: 'Cost', numeric: true },
        ...(withCredits ? [{ title: 'AIC', numeric: true }] : []),
    ];
    const rows = models.map(({ metrics: m, pricing, requests, requestShare }) => [
        (0,markdown_escape/* escapeTableCell */.aL)(m.model),
        ...(withProvider ? [(0,markdown_escape/* escapeTableCell */.aL)(m.provider)] : []),
        `${(0,value_format/* formatInteger */.Sm)(requests)}${requests !== null && requestShare !== null ? ` (${(0,markdown_parts/* shareText */.Lu)(requestShare)})` : ''}`,
        (0,value_format/* formatTokens */._y)(m.inputTokens),
        (0,value_format/* formatTokens */._y)(m.outputTokens),
        (0,value_format/* formatTokens */._y)(m.cacheReadTokens),
        (0,value_format/* formatTokens */._y)(m.cacheWriteTokens),
        (0,value_format/* formatMs */._V)(m.avgLatencyMs),
        (0,markdown_parts/* costText */.rs)(m.costUsd, pricing),
        ...(withCredits ? [(0,ai_credits_text/* aiCreditsText */.Cw)(m.aiCredits, m.aiCreditsCoverage)] : []),
    ]);
    return (0,markdown_parts/* markdownTable */.Qj)(columns, rows);
}

;// CONCATENATED MODULE: ./src/report/sections/workflow-details-section.ts








const RUN_COLUMNS = [
    { title: 'Run' },
    { title: 'Branch' },
    { title: 'Requests', numeric: true },
    { title: 'Total Tokens', numeric: true },
    { title: 'Cache hit rate', numeric: true },
    { title: 'I/O Ratio', numeric: true },
    { title: 'Cost', numeric: true },
];
/** A run's conclusion, a failure marked so it stands out in the column. */
function conclusionText(conclusion) {
    if (conclusion === undefined)
        return '—';
    return (0,failed_runs/* isFailedConclusion */.Bn)(conclusion) ? `❌ ${(0,markdown_escape/* escapeTableCell */.aL)(conclusion)}` : (0,markdown_escape/* escapeTableCell */.aL)(conclusion);
}
/** What a totals-only run shows where its request count would be. */
const TOTALS_ONLY = 'analysed (totals only)';
function runTable(w, maxRows, withCredits) {
    // The conclusion only where GitHub gave one (local files have none).
    const withConclusion = w.runsWithData.some(({ metrics: r }) => r.conclusion !== undefined);
    const rows = w.runsWithData
        .slice(0, maxRows)
        .map(({ metrics: r, pricing }) => [
        (0,markdown_parts/* runLink */.ut)(r.runId, r.url),
        ...(withConclusion ? [conclusionText(r.conclusion)] : []),
        (0,markdown_escape/* escapeTableCell */.aL)(r.branch, { maxLength: 60 }),
        r.state === 'analysed-totals' ? TOTALS_ONLY : (0,value_format/* formatInteger */.Sm)(r.requests),
        (0,value_format/* formatTokens */._y)(r.totalTokens),
        (0,value_format/* formatPercent */.l9)(r.cacheHitRate),
        (0,value_format/* formatRatio */.B0)(r.ioRatio),
        (0,markdown_parts/* costText */.rs)(r.costUsd, pricing),
        ...(withCredits ? [(0,ai_credits_text/* aiCreditsText */.Cw)(r.aiCredits, r.aiCreditsCoverage)] : []),
    ]);
    const more = w.runsWithData.length - maxRows;
    const columns = [
        RUN_COLUMNS[0],
        ...(withConclusion ? [{ title: 'Conclusion' }] : []),
        ...RUN_COLUMNS.slice(1),
        ...(withCredits ? [{ title: 'AIC', numeric: true }] : []),
    ];
    return (0,markdown_parts/* markdownTable */.Qj)(columns, rows) + (more > 0 ? `\n\n${(0,markdown_parts/* moreRows */.zj)(more, 'more run')}` : '');
}
/** What the workflow's failed runs cost, when their conclusions are known. */
function failedRunsLines(w) {
    const failed = (0,markdown_parts/* failedRunsText */.xm)(w.failedRuns, w.costUsd);
    return failed ? [`- **Spent on failed runs**: ${failed}`] : [];
}
/** Fallbacks, Copilot's initiators and the AIC pricing of a workflow, when it has any. */
function recordFactLines(w) {
    const lines = [];
    const f = w.fallbacks;
    if (f && f.requests > 0) {
        const pairs = f.models
            .slice(0, 3)
            .map((p) => `${(0,markdown_escape/* escapeMarkdown */.FV)(p.requested)} → ${(0,markdown_escape/* escapeMarkdown */.FV)(p.served)} (${(0,value_format/* formatInteger */.Sm)(p.requests)})`);
        lines.push(`- **Fallbacks**: ${(0,value_format/* plural */.LS)(f.requests, 'request')} (${(0,value_format/* formatPercent */.l9)(w.requests > 0 ? f.requests / w.requests : null)}) served by a fallback model: ${pairs.join(', ')}${f.models.length > 3 ? ', …' : ''}; ${reasonsText(f.byReason)}`);
    }
    const i = w.initiators;
    if (i && i.user + i.agent > 0) {
        lines.push(`- **Copilot initiators**: ${(0,value_format/* plural */.LS)(i.user, 'user request')} (premium) · ${(0,value_format/* plural */.LS)(i.agent, 'agent request')}`);
    }
    if (w.routing && w.routing.requests > 0) {
        lines.push(`- **Firewall routing calls** (not in these figures): ${(0,value_format/* plural */.LS)(w.routing.requests, 'request')}, ${(0,value_format/* formatTokens */._y)(w.routing.totalTokens)} tokens`);
    }
    return lines;
}
function workflowDetails(view, detail, withCredits) {
    const { metrics: w, pricing } = view;
    const models = detail.modelRowsPerWorkflow === null ? view.models : view.models.slice(0, detail.modelRowsPerWorkflow);
    const lines = [
        '<details>',
        `<summary><b>${(0,markdown_escape/* escapeHtml */.ZD)(w.name)}</b> — ${(0,value_format/* plural */.LS)(w.runsWithData, 'run')} with data, ${(0,markdown_parts/* costText */.rs)(w.costUsd, pricing)}</summary>`,
        '',
        `- **Runs**: ${(0,value_format/* formatInteger */.Sm)(w.runs)} (${(0,value_format/* formatInteger */.Sm)(w.runsWithData)} with token data${(w.runsTotalsOnly ?? 0) > 0 ? `, ${(0,value_format/* formatInteger */.Sm)(w.runsTotalsOnly ?? 0)} ${TOTALS_ONLY}` : ''})`,
        view.requests === null
            ? `- **Requests**: ${(0,markdown_parts/* requestsText */.sN)(null, view.uncountedRuns)}`
            : `- **Requests**: ${(0,markdown_parts/* requestsText */.sN)(view.requests, view.uncountedRuns)} (avg ${(0,value_format/* formatDecimal */.zJ)(w.requestsPerRun)}/run)`,
        `- **Models**: ${models.map(({ metrics: m, requests }) => `${(0,markdown_escape/* escapeMarkdown */.FV)(m.model)} (${view.modelsNeedProvider ? `${(0,markdown_escape/* escapeMarkdown */.FV)(m.provider)}, ` : ''}${requests === null ? 'totals only' : (0,value_format/* plural */.LS)(requests, 'request')})`).join(', ')}`,
        `- **Tokens**: ${(0,value_format/* formatTokens */._y)(w.totalTokens)} total (${(0,value_format/* formatTokens */._y)(w.inputTokens)} input, ${(0,value_format/* formatTokens */._y)(w.outputTokens)} output, ${(0,value_format/* formatTokens */._y)(w.cacheReadTokens)} cache read, ${(0,value_format/* formatTokens */._y)(w.cacheWriteTokens)} cache write${(w.reasoningTokens ?? 0) > 0 ? `; ${(0,value_format/* formatTokens */._y)(w.reasoningTokens ?? 0)} of the output reasoning` : ''}); full-price ${(0,value_format/* formatTokens */._y)(w.fullPriceTokens)}`,
    ];
    if (w.tokensPerRun) {
        lines.push(`- **Tokens per run**: mean ${(0,value_format/* formatTokens */._y)(w.tokensPerRun.mean)} · median ${(0,value_format/* formatTokens */._y)(w.tokensPerRun.median)} · p95 ${(0,value_format/* formatTokens */._y)(w.tokensPerRun.p95)}`);
    }
    if (w.costPerRun && pricing === 'unpriced')
        lines.push('- **Cost per run**: unpriced');
    else if (w.costPerRun) {
        lines.push(`- **Cost per run**: mean ${(0,value_format/* formatUsd */.UK)(w.costPerRun.mean)} · median ${(0,value_format/* formatUsd */.UK)(w.costPerRun.median)} · p95 ${(0,value_format/* formatUsd */.UK)(w.costPerRun.p95)}` +
            (pricing === 'partly-priced' ? ' (priced requests only)' : ''));
    }
    lines.push(`- **Cache hit rate**: ${(0,value_format/* formatPercent */.l9)(w.cacheHitRate)} · **Cache write rate**: ${(0,value_format/* formatPercent */.l9)(w.cacheWriteRate)} · **I/O ratio**: ${(0,value_format/* formatRatio */.B0)(w.ioRatio)}`, `- **Latency**: avg ${(0,value_format/* formatMs */._V)(w.avgLatencyMs)}/request · p50 ${(0,value_format/* formatMs */._V)(w.latencyP50Ms)} · p95 ${(0,value_format/* formatMs */._V)(w.latencyP95Ms)}`, `- **Estimated cost**: ${(0,markdown_parts/* costText */.rs)(w.costUsd, pricing)}` +
        (w.aiCredits !== null && w.aiCredits !== undefined
            ? ` · **AI credits recorded**: ${(0,ai_credits_text/* aiCreditsText */.Cw)(w.aiCredits, w.aiCreditsCoverage)} (repriced: ${w.repricedAiCredits !== undefined ? (0,ai_credits_text/* repricedText */._G)(w) : pricing === 'unpriced' ? 'unpriced' : (0,ai_credits_text/* formatAic */.D1)(w.costUsd * 100)})`
            : ''), ...failedRunsLines(w), ...recordFactLines(w));
    if (detail.runRowsPerWorkflow > 0)
        lines.push('', runTable(view, detail.runRowsPerWorkflow, withCredits));
    // A single model's row would repeat the lines above (its requests, tokens, latency, cost): the Models line says it.
    if (view.models.length > 1)
        lines.push('', modelTable(models, view.modelsNeedProvider, withCredits));
    lines.push('', '</details>');
    return lines.join('\n');
}
/** Null when the details are left out (a reduction). */
function workflowDetailsSection(view, detail) {
    if (!detail.workflowDetails)
        return null;
    const withData = shownWorkflows(view, detail).filter((w) => w.metrics.runsWithData > 0);
    const parts = ['### Per-Workflow Details'];
    if (withData.length === 0)
        return [...parts, '', 'No workflow had token data.'].join('\n');
    const withCredits = (0,ai_credits_text/* reportHasAiCredits */.xR)(view.data);
    for (const w of withData)
        parts.push(workflowDetails(w, detail, withCredits));
    return parts.join('\n\n');
}

// EXTERNAL MODULE: ./src/report/workflow-cells.ts
var workflow_cells = __webpack_require__(50337);
;// CONCATENATED MODULE: ./src/report/sections/workflow-summary-section.ts





/**
 * At most 8 columns, so the table fits GitHub's issue width without cutting a name: what each workflow spent and
 * its main model. Requests, tokens and the I/O ratio are in its details.
 */
const workflow_summary_section_COLUMNS = [
    { title: 'Workflow' },
    { title: 'Runs', numeric: true },
    { title: 'With Data', numeric: true },
    { title: 'Cost', numeric: true },
    { title: 'Cost/Run', numeric: true },
    { title: 'Cache hit rate', numeric: true },
    { title: 'Top Model' },
];
function workflowSummarySection(view, detail) {
    if (view.workflows.length === 0)
        return ['### Workflow Summary', '', 'No workflow runs in this period.'].join('\n');
    // The AIC column only when some record carried credits: older data keeps the table it had.
    const withCredits = (0,ai_credits_text/* reportHasAiCredits */.xR)(view.data);
    const columns = withCredits ? [...workflow_summary_section_COLUMNS.slice(0, 4), { title: 'AIC', numeric: true }, ...workflow_summary_section_COLUMNS.slice(4)] : workflow_summary_section_COLUMNS;
    const rows = shownWorkflows(view, detail).map((w) => {
        const cells = (0,workflow_cells/* workflowCellsOf */.o)(w, (name) => (0,markdown_escape/* escapeTableCell */.aL)(name));
        return [
            cells.name,
            cells.runs,
            cells.runsWithData,
            cells.cost,
            ...(withCredits ? [cells.aiCredits] : []),
            cells.costPerRun,
            cells.cacheHitRate,
            w.metrics.models.length > 0 ? (0,markdown_escape/* escapeTableCell */.aL)(w.metrics.models[0].model) : '—',
        ];
    });
    return ['### Workflow Summary', '', (0,markdown_parts/* markdownTable */.Qj)(columns, rows)].join('\n');
}

;// CONCATENATED MODULE: ./src/report/markdown-report.ts



















/** Placed where a body had to be cut. */
const CUT_NOTICE = "\n\n> ⚠️ The report was cut to fit the size limit; the JSON report (the action's `report-json` output, the CLI's `--format json`) has everything.\n\n";
/** Which price catalogue priced the report, when the caller named it. */
function pricesText(data) {
    const p = data.prices;
    if (!p)
        return '';
    // An ETag comes in quotes (`"v9"`, `W/"v9"`): the footer shows what is inside.
    const version = (0,markdown_escape/* escapeMarkdown */.FV)(p.version.replace(/^(?:W\/)?"(.*)"$/, '$1'));
    if (p.source === 'bundled')
        return ` Prices: the bundled catalogue (${version}).`;
    const fetched = p.fetchedAt ? `, fetched ${(0,markdown_escape/* escapeMarkdown */.FV)(p.fetchedAt.slice(0, 16).replace('T', ' '))} UTC` : '';
    return ` Prices: the maintained remote catalogue (${version}${fetched}).`;
}
function defaultFooter(data) {
    return `<sub>Generated by token-usage-analyzer from the api-proxy token-usage.jsonl records.${pricesText(data)}</sub>`;
}
/** The note at the top of a shortened report. */
function shortenedNote(omitted, limit) {
    return omitted.length === 0
        ? ''
        : `> [!NOTE]\n> Shortened to fit ${limit.label}. Left out: ${omitted.join('; ')}.\n\n`;
}
/** What did we spend: the sections before the change sections. */
function spendSections(view, detail) {
    // An organisation's repository table first: which repository spends the most.
    const repositories = repositoriesSection(view.data);
    return [...(repositories ? [repositories] : []), overviewSection(view), workflowSummarySection(view, detail)];
}
/** What to do, then the details: the sections after the change sections. */
function actionAndDetailSections(view, detail) {
    return [
        opportunitiesSection(view),
        budgetSection(view.data),
        pullRequestsSection(view.data),
        workflowDetailsSection(view, detail),
        runsWithoutDataSection(view, detail),
        costBreakdownSection(view),
        aiCreditsSection(view),
        fallbacksSection(view, detail),
        unpricedSection(view),
        detectionSection(view, detail),
        routingSection(view, detail),
        skippedSection(view),
    ].filter((s) => s !== null);
}
/** Sections joined, each followed by a blank line; '' for none. */
const paragraphs = (sections) => sections.map((s) => `${s}\n\n`).join('');
function limitOf(options) {
    if (options.limit)
        return options.limit;
    if (options.maxLength !== undefined) {
        return {
            max: options.maxLength,
            unit: 'characters',
            label: `the ${(0,value_format/* formatInteger */.Sm)(options.maxLength)}-character limit`,
        };
    }
    return ISSUE_BODY_SIZE;
}
/** The report fitted to its limit, with what was left out. */
function fitMarkdownReport(report, options = {}) {
    const view = 'data' in report ? report : (0,report_view/* reportViewOf */.fe)(report);
    const limit = limitOf(options);
    const nonEmpty = (sections) => (sections ?? []).filter((s) => s.trim().length > 0);
    const pinned = paragraphs(nonEmpty(options.changeSections));
    const tail = [...nonEmpty(options.extraSections), options.footer ?? defaultFooter(view.data)].join('\n\n') + '\n';
    const render = ({ view, detail }, omitted) => ({
        head: (options.marker ? `${options.marker}\n` : '') +
            (options.header ? `${options.header}\n\n` : '') +
            shortenedNote(omitted, limit),
        lead: paragraphs(spendSections(view, detail)),
        pinned,
        body: paragraphs(actionAndDetailSections(view, detail)),
        tail,
        keep: options.trailer ?? '',
    });
    const detail = { ...FULL_DETAIL, runRowsPerWorkflow: options.maxRunsPerWorkflow ?? 30 };
    return fitToLimit({ view, detail }, { limit, reductions: REPORT_REDUCTIONS, render, cutNotice: CUT_NOTICE, omitted: options.omitted });
}
/** The markdown report within its limit (default: an issue body's). */
function renderMarkdownReport(report, options = {}) {
    return fitMarkdownReport(report, options).text;
}
/** The markdown report for `$GITHUB_STEP_SUMMARY`, within GitHub's 1 MiB (of UTF-8) job-summary limit. */
function renderJobSummary(report, options = {}) {
    return renderMarkdownReport(report, { limit: JOB_SUMMARY_SIZE, ...options });
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
