export const id = 155;
export const ids = [155];
export const modules = {

/***/ 94155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   costOfRequest: () => (/* binding */ costOfRequest)
/* harmony export */ });
/* harmony import */ var _usage_normalise_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74417);
/* harmony import */ var _usage_pricing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40625);
/* harmony import */ var _settings_price_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15767);
/** The cost of one request as `report` would price it: input normalised by the provider's token semantics first. */



/** The request's cost in USD with the bundled prices and the overrides file, if any; null when unpriced. */
async function costOfRequest(request, pricingFile) {
    const priceBook = (0,_usage_pricing_js__WEBPACK_IMPORTED_MODULE_1__/* .createPriceBook */ .Z)(pricingFile ? await (0,_settings_price_file_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPriceOverrides */ .F)(pricingFile) : undefined);
    const inclusive = (0,_usage_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenSemanticsFor */ .MY)(request.provider, _usage_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultNormalisationRules */ .Ng) === 'inclusive';
    const priced = priceBook.price(request.provider, request.model, {
        inputTokens: (0,_usage_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .freshInputOf */ .KA)(request.inputTokens, request.cacheReadTokens, inclusive),
        outputTokens: request.outputTokens,
        cacheReadTokens: request.cacheReadTokens,
        cacheWriteTokens: request.cacheWriteTokens,
    }, request.timestamp);
    return priced ? priced.costUsd : null;
}


/***/ })

};
