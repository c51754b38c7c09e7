export const id = 948;
export const ids = [948];
export const modules = {

/***/ 85948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_TOKENS_PER_RECORD: () => (/* reexport safe */ _record_precheck_js__WEBPACK_IMPORTED_MODULE_1__.C),
/* harmony export */   aggregateUsageSchema: () => (/* binding */ aggregateUsageSchema),
/* harmony export */   describeSchemaFailure: () => (/* binding */ describeSchemaFailure),
/* harmony export */   isPlainValidRecord: () => (/* reexport safe */ _record_precheck_js__WEBPACK_IMPORTED_MODULE_1__.E),
/* harmony export */   usageRecordSchema: () => (/* binding */ usageRecordSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16435);
/* harmony import */ var _record_precheck_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64684);
/* harmony import */ var _schema_wording_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71533);



// The zod-free pre-check lives apart so that a report whose records all pass it never loads zod (summarise-run.ts
// imports this module on the first record that fails it).

/**
 * One line of `token-usage.jsonl` as the AWF api-proxy writes it (DESIGN.md §2).
 * Early files lack `_schema` and `event`; newer ones add fields (billing, effective tokens…), so unknown fields pass
 * through and any `_schema` version is read, a newer one included. Only what the analysis needs is required:
 * provider, model and the four token counts. The optional fields the summary reads (AI credits, routing, fallbacks,
 * reasoning, initiator) are typed, so a record whose value cannot be summed is skipped as `schema` like any other.
 * `purpose`, `x_initiator` and the fallback `reason` are any string: a value a newer firewall adds is counted, not
 * refused.
 */
const tokenCount = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().max(_record_precheck_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_TOKENS_PER_RECORD */ .C);
const usageRecordSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    _schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    timestamp: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    event: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    request_id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    provider: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    status: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().optional(),
    streaming: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    input_tokens: tokenCount,
    output_tokens: tokenCount,
    cache_read_tokens: tokenCount,
    cache_write_tokens: tokenCount,
    duration_ms: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().optional(),
    response_bytes: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional(),
    reasoning_tokens: tokenCount.optional(),
    input_tokens_include_cache: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    ai_credits_this_response: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().optional(),
    ai_credits_pricing_source: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    ai_credits_fallback_pricing_used: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    purpose: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    x_initiator: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    model_fallback: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
        requested_model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    })
        .optional(),
});
/** Short, human-readable reason a value fails the schema (first issue only, never the whole line). */
function describeSchemaFailure(error) {
    const issue = error.issues[0];
    if (!issue)
        return 'schema mismatch';
    return (0,_schema_wording_js__WEBPACK_IMPORTED_MODULE_0__/* .describeSchemaIssue */ .E)(issue).slice(0, 160);
}
/**
 * gh-aw's `agent_usage.json`: per-run totals written by its `parse_token_usage.cjs` next to the token files
 * (`input_tokens`, `output_tokens`, `cache_read_tokens`, `cache_write_tokens`, `ambient_context`, `ai_credits`,
 * `primary_model`, `model_routing`); a Copilot session checkpoint writes only `ai_credits` and `premium_requests`,
 * and older harnesses wrote `provider`, `model` and `reasoning_tokens`. Every field is optional; unknown ones pass.
 */
const aggregateUsageSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    input_tokens: tokenCount.optional(),
    output_tokens: tokenCount.optional(),
    cache_read_tokens: tokenCount.optional(),
    cache_write_tokens: tokenCount.optional(),
    reasoning_tokens: tokenCount.optional(),
    ai_credits: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().optional(),
    primary_model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    provider: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
});


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
