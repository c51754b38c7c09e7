export const id = 976;
export const ids = [976];
export const modules = {

/***/ 1976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   remoteRegexes: () => (/* binding */ remoteRegexes)
/* harmony export */ });
/* unused harmony export longestPattern */
/* harmony import */ var _price_catalogue_match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2534);
/**
 * How a remote catalogue's regular expressions run. A catalogue from the network is data, and one backtracking
 * expression (`(a+)+$` against a long name) held a run for minutes in JavaScript's engine. So the expressions the
 * bundled catalogue already holds (vetted at build time, some with look-aheads) run as RegExps; every other one
 * runs in RE2's linear-time engine (re2js, pure JavaScript, loaded only then), whose time grows with the name's
 * length times the expression's, both bounded; one it cannot run (a look-around, a back-reference) or longer than
 * `longestPattern` is refused: it matches nothing, and the warning names it and where it is used.
 */

/** Longer expressions are refused: no catalogue's is over 150 characters. */
const longestPattern = 1000;
function quotedPattern(pattern) {
    return JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 77)}...` : pattern);
}
/** The engines for `patterns` (pattern → where it is used): native for `known` ones, else RE2 or refused. */
async function remoteRegexes(patterns, known) {
    const tests = new Map();
    const refused = [];
    const unknown = [...patterns.keys()].filter((pattern) => !known.has(pattern));
    const { RE2JS } = unknown.length > 0 ? await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856)) : { RE2JS: undefined };
    for (const pattern of patterns.keys()) {
        if (known.has(pattern)) {
            tests.set(pattern, (0,_price_catalogue_match_js__WEBPACK_IMPORTED_MODULE_0__/* .nativeRegex */ .ts)(pattern));
            continue;
        }
        const where = patterns.get(pattern);
        const refuse = (why) => refused.push(`regex ${quotedPattern(pattern)} of ${where[0]}${where.length > 1 ? ` and ${where.length - 1} more` : ''} refused (${why})`);
        if (pattern.length > longestPattern) {
            refuse(`${pattern.length} characters, over ${longestPattern}`);
            continue;
        }
        try {
            const expression = RE2JS.compile(pattern);
            tests.set(pattern, (text) => expression.test(text));
        }
        catch (error) {
            refuse(`not runnable in linear time: ${error instanceof Error ? error.message : String(error)}`.slice(0, 160));
        }
    }
    const never = () => false;
    return { regex: (pattern) => tests.get(pattern) ?? never, refused };
}


/***/ })

};
