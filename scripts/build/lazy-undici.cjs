// Stands in for undici inside @actions/github and @actions/http-client (see scripts/build.mjs).
// They import it for proxy support: `fetch` with a dispatcher, and `ProxyAgent`. undici is ~0.8 MB
// of code, more than a third of the Action's bundle, so it lives in dist/undici.cjs and is loaded
// on the first API request instead of at every Action start (the 2 MB budget, bench case 8).
'use strict';
let real;
const undici = () => (real ??= require('./undici.cjs'));
function fetch(...args) {
  return undici().fetch(...args);
}
class ProxyAgent {
  constructor(...args) {
    return new (undici().ProxyAgent)(...args);
  }
}
class Agent {
  constructor(...args) {
    return new (undici().Agent)(...args);
  }
}
module.exports = { fetch, ProxyAgent, Agent };
