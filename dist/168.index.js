export const id = 168;
export const ids = [168];
export const modules = {

/***/ 50168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   catalogueSchema: () => (/* binding */ catalogueSchema),
/* harmony export */   describeSchemaIssue: () => (/* reexport safe */ _schema_wording_js__WEBPACK_IMPORTED_MODULE_0__.E)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
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


/***/ })

};
