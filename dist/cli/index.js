var __webpack_exports__ = {};
// The local CLI: the same engine on downloaded files.
console.log('token-usage-analyzer CLI: not wired yet');


