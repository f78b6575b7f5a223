export const id = 586;
export const ids = [586];
export const modules = {

/***/ 586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPreview: () => (/* binding */ runPreview)
/* harmony export */ });
function runPreview(_argv, io) {
    io.err("preview: not implemented yet");
    return Promise.resolve(1);
}


/***/ })

};
