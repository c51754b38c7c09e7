export const id = 640;
export const ids = [640];
export const modules = {

/***/ 82640:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"UU":"@pydantic/genai-prices","rE":"0.1.8"}');

/***/ })

};
