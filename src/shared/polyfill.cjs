// The polyfill behind one property (see browser.ts): the bundler's ES-module interop copies every property of
// a CommonJS module's exports, and where the browser has a native `browser` namespace the polyfill exports
// that very object — copying it instantiated every extension API binding, on every page.
module.exports = { browser: require('webextension-polyfill') };
