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


/***/ })

};
