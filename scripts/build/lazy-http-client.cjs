// Stands in for @actions/http-client inside @actions/core (see scripts/build.mjs). @actions/core
// needs it only to fetch OIDC tokens, which packdex never does, yet importing it loads undici:
// ~30 ms of every Action start. The real classes are loaded on first construction.
'use strict';
let real;
let auth;
const client = () => (real ??= require('@actions/http-client'));
const credentials = () => (auth ??= require('@actions/http-client/lib/auth'));
class HttpClient {
  constructor(...args) {
    return new (client().HttpClient)(...args);
  }
}
class BearerCredentialHandler {
  constructor(...args) {
    return new (credentials().BearerCredentialHandler)(...args);
  }
}
module.exports = { HttpClient, BearerCredentialHandler };
