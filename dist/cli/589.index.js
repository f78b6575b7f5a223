export const id = 589;
export const ids = [589];
export const modules = {

/***/ 589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAuthorize: () => (/* binding */ runAuthorize)
/* harmony export */ });
function runAuthorize(_argv, io) {
    io.err("authorize: not implemented yet");
    return Promise.resolve(1);
}


/***/ })

};
