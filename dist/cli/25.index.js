export const id = 25;
export const ids = [25];
export const modules = {

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


/***/ })

};
