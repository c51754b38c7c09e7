export const id = 137;
export const ids = [137];
export const modules = {

/***/ 98137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareSidesOf: () => (/* binding */ compareSidesOf)
/* harmony export */ });
/* harmony import */ var _engine_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20097);
/* harmony import */ var _engine_local_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65540);
/* harmony import */ var _engine_prices_loader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41540);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66061);
/* harmony import */ var _cli_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16710);
/**
 * The `compare` command's work: both sides read by one engine, so with one price catalogue. Loaded only when the
 * command runs (a dynamic import in compare-command.ts).
 */





/** The side's runs: those of its workflow and branch, when it names them; unknown names are usage errors. */
function selectRuns(side, runs) {
    let selected = [...runs];
    if (side.workflow !== undefined) {
        const wanted = side.workflow.toLowerCase();
        selected = selected.filter((r) => r.meta.workflow.toLowerCase() === wanted);
        if (selected.length === 0) {
            const names = [...new Set(runs.map((r) => r.meta.workflow))].sort();
            throw new _cli_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--${side.name.toLowerCase()}-workflow '${side.workflow}' matches no run under '${side.path}'. ` +
                `Workflows found: ${names.length > 0 ? names.join(', ') : 'none'}.`);
        }
    }
    if (side.branch !== undefined) {
        if (!runs.some((r) => r.meta.branch !== undefined)) {
            throw new _cli_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--${side.name.toLowerCase()}-branch '${side.branch}': no run under '${side.path}' names its branch ` +
                '(local artifact trees do not record one).');
        }
        selected = selected.filter((r) => r.meta.branch === side.branch);
    }
    return selected;
}
/** Reads both sides with one engine (one price catalogue) and compares them. */
async function compareSidesOf(sides, shared, io, env) {
    const engine = await (0,_engine_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .openEngine */ .F5)({
        ...(shared.providers ? { providers: shared.providers } : {}),
        ...(shared.tokenSemantics ? { tokenSemantics: shared.tokenSemantics } : {}),
        ...(shared.pricingFile ? { pricingFile: shared.pricingFile } : {}),
        pricesUpdate: shared.updatePrices === true ? 'auto' : 'off',
    }, { log: (0,_cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .stderrLog */ .b)(io), clock: () => new Date(), loadPrices: (0,_engine_prices_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .pricesLoader */ .a)(env) });
    const found = new Map();
    const read = [];
    for (const side of sides) {
        let runs = found.get(side.path);
        if (!runs) {
            runs = await (0,_engine_local_source_js__WEBPACK_IMPORTED_MODULE_1__/* .findLocalRuns */ .Vr)([side.path], (0,_cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .stderrLog */ .b)(io).warning);
            found.set(side.path, runs);
        }
        const records = { ...(side.since ? { since: side.since } : {}), ...(side.until ? { until: side.until } : {}) };
        const reading = await engine.read((0,_engine_local_source_js__WEBPACK_IMPORTED_MODULE_1__/* .localRunsSource */ .ZB)(selectRuns(side, runs), records));
        read.push({ label: side.label, runs: reading.runs });
    }
    return engine.compare(read[0], read[1]);
}


/***/ })

};
