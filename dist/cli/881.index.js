export const id = 881;
export const ids = [881];
export const modules = {

/***/ 13881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadPriceOverrides: () => (/* binding */ loadPriceOverrides),
/* harmony export */   parsePriceOverrides: () => (/* binding */ parsePriceOverrides)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16435);
/* harmony import */ var _usage_model_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39576);




// Messages in words a price file's author reads (zod's defaults speak of types and `>=0`).
const rate = zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig({
    error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a number (USD per million tokens)'),
})
    .finite({ error: 'must be a finite number' })
    .nonnegative({ error: 'must be 0 or more' });
// snake_case spellings are accepted too, since the api-proxy's records use them.
const overrideSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    input: rate,
    output: rate,
    cacheRead: rate.optional(),
    cacheWrite: rate.optional(),
    cache_read: rate.optional(),
    cache_write: rate.optional(),
}, {
    error: (issue) => issue.code === 'unrecognized_keys'
        ? `has unknown fields ${issue.keys.map((key) => `'${key}'`).join(', ')} (known: input, output, cacheRead, cacheWrite)`
        : 'must be a mapping such as {input: 3, output: 15}',
})
    .transform((o) => ({
    input: o.input,
    output: o.output,
    ...((o.cacheRead ?? o.cache_read) !== undefined ? { cacheRead: o.cacheRead ?? o.cache_read } : {}),
    ...((o.cacheWrite ?? o.cache_write) !== undefined ? { cacheWrite: o.cacheWrite ?? o.cache_write } : {}),
}));
const overridesSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1), overrideSchema);
function quoted(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
/**
 * Parses a price file: a JSON or YAML mapping of model name → `{ input, output, cacheRead?, cacheWrite? }` in
 * $ per million tokens. `source` names the file or input in error messages, quoted (`file 'prices.yml'`).
 */
function parsePriceOverrides(text, source) {
    let data;
    try {
        // YAML 1.2 is a superset of JSON, so one parser reads both.
        data = yaml__WEBPACK_IMPORTED_MODULE_1__.parse(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new Error(`Invalid price overrides in ${source}: not JSON or YAML (${message})`);
    }
    if (data === null || data === undefined)
        return {};
    const parsed = overridesSchema.safeParse(data, { reportInput: true });
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue.path.map(String);
        const model = where[0] !== undefined ? ` model '${where[0]}'` : '';
        const field = where.length > 1 ? ` field '${where.slice(1).join('.')}'` : '';
        const got = 'input' in issue && issue.input !== undefined ? ` (got ${quoted(issue.input)})` : '';
        throw new Error(`Invalid price overrides in ${source}:${model}${field}: ${issue.message}${got}`);
    }
    const overrides = {};
    const spelledAs = new Map();
    for (const [name, price] of Object.entries(parsed.data)) {
        const canonical = (0,_usage_model_name_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalModelName */ .V)(name);
        const earlier = spelledAs.get(canonical);
        if (earlier !== undefined) {
            throw new Error(`Invalid price overrides in ${source}: '${earlier}' and '${name}' are the same model (${canonical})`);
        }
        spelledAs.set(canonical, name);
        overrides[canonical] = price;
    }
    return overrides;
}
/** The file errors a user can act on, in words rather than errno codes. */
const readErrors = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EISDIR: 'it is a directory',
};
async function loadPriceOverrides(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const why = code ? (readErrors[code] ?? code) : String(error);
        throw new Error(`Cannot read price overrides file '${file}': ${why}`);
    }
    return parsePriceOverrides(text, `file '${file}'`);
}


/***/ })

};
