export const id = 168;
export const ids = [168];
export const modules = {

/***/ 50168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   catalogueSchema: () => (/* binding */ catalogueSchema),
/* harmony export */   describeSchemaIssue: () => (/* reexport safe */ _schema_wording_js__WEBPACK_IMPORTED_MODULE_0__.E)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16435);
/* harmony import */ var _schema_wording_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71533);
/** The remote price catalogue's schema (price-catalogue.ts loads this module only when it fetches one). */


/**
 * The shape calcPrice relies on, checked before any of it is used (genai-prices checks prices as it installs
 * them; this catches the rest: a page of HTML, an empty list, a provider without models).
 */
const matchLogic = zod__WEBPACK_IMPORTED_MODULE_1__/* .lazy */ .RZV(() => zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ or: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(matchLogic) }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ and: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(matchLogic) }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ equals: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ starts_with: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ ends_with: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ contains: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ regex: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
]));
const catalogueSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    api_pattern: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    models: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        match: matchLogic,
        prices: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ prices: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J() }))]),
    })),
}))
    .min(1);


/***/ }),

/***/ 71533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ describeSchemaIssue)
/* harmony export */ });
const KIND_WORDS = {
    int: 'a whole number',
    number: 'a number',
    string: 'a string',
    boolean: 'true or false',
    object: 'an object',
    array: 'a list',
};
/** What zod says it received ("… received string"): it keeps no input unless asked to. */
function receivedOf(issue) {
    return /received (\w+)/.exec(issue.message)?.[1];
}
function bound(issue, key) {
    const value = issue[key];
    return value === Number.MAX_SAFE_INTEGER ? '2^53−1' : String(value);
}
/** `where` names the field (`input_tokens`, `model_fallback.reason`) or the whole value. */
function describeSchemaIssue(issue, whole = 'the record') {
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : whole;
    switch (issue.code) {
        case 'invalid_type': {
            const received = receivedOf(issue);
            if (received === 'undefined')
                return `${where} is missing`;
            const expected = KIND_WORDS[issue.expected] ?? issue.expected;
            if (!received)
                return `${where} must be ${expected}`;
            // A number where a whole one is wanted: zod says "expected int, received number".
            const got = issue.expected === 'int' && received === 'number' ? 'a fraction' : (KIND_WORDS[received] ?? received);
            return `${where} must be ${expected}, not ${got}`;
        }
        case 'too_small': {
            if (issue.origin === 'string') {
                return Number(issue.minimum) === 1
                    ? `${where} is empty`
                    : `${where} is shorter than ${issue.minimum} characters`;
            }
            if (issue.origin === 'array')
                return `${where} has fewer than ${issue.minimum} items`;
            return `${where} must be ${issue.inclusive ? `${bound(issue, 'minimum')} or more` : `above ${bound(issue, 'minimum')}`}`;
        }
        case 'too_big': {
            if (issue.origin === 'string')
                return `${where} is longer than ${issue.maximum} characters`;
            if (issue.origin === 'array')
                return `${where} has more than ${issue.maximum} items`;
            return `${where} must be ${issue.inclusive ? `${bound(issue, 'maximum')} or less` : `below ${bound(issue, 'maximum')}`}`;
        }
        case 'unrecognized_keys':
            return `${where} has unknown fields ${issue.keys.map((key) => `'${key}'`).join(', ')}`;
        case 'invalid_value':
            return `${where} must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
        default:
            return `${where} is not valid`;
    }
}


/***/ })

};
