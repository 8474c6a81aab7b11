import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OpenApiCheck } from '../helpers/openapi-check';

// The loopback GitHub is only as honest as this check: make sure it can say no.
describe('OpenApiCheck (the loopback GitHub’s contract with GitHub’s description)', () => {
  const check = new OpenApiCheck();

  it('matches paths to operations, slashes allowed in a git ref only', () => {
    assert.deepEqual(check.match('GET', '/repos/acme/registry/git/ref/heads/packdex/publish/x'), { operationId: 'git/get-ref', params: { owner: 'acme', repo: 'registry', ref: 'heads/packdex/publish/x' } });
    assert.equal(check.match('GET', '/repos/acme/registry/extra'), undefined);
    assert.equal(check.match('DELETE', '/repos/acme/registry'), undefined);
  });

  it('flags responses with undocumented statuses or missing fields', () => {
    assert.deepEqual(check.checkResponse('repos/get', 500, {}), ['status 500 is not a documented response of repos/get']);
    assert.deepEqual(check.checkResponse('repos/get', 401, { message: 'Bad credentials' }), []);
    const problems = check.checkResponse('pulls/update', 200, { number: 1, html_url: 'https://x/pull/1' });
    assert.ok(problems.some((p) => /must have required property 'head'/.test(p)), problems.join('\n'));
    assert.ok(check.checkResponse('repos/get-release-by-tag', 404, { message: 'Not Found', documentation_url: 'https://docs.github.com' }).length === 0);
  });

  it('flags requests with missing or unknown parameters and bodies off the schema', () => {
    assert.deepEqual(check.checkRequest('repos/upload-release-asset', { params: { owner: 'a', repo: 'b', release_id: '1' }, query: new URLSearchParams(), contentType: 'application/gzip', body: 'x' }), ['query parameter name is required']);
    assert.deepEqual(check.checkRequest('repos/upload-release-asset', { params: { owner: 'a', repo: 'b', release_id: 'one' }, query: new URLSearchParams('name=x'), contentType: 'application/gzip', body: 'x' }).length, 1);
    assert.deepEqual(check.checkRequest('pulls/list', { params: { owner: 'a', repo: 'b' }, query: new URLSearchParams('head=a:b&colour=red') }), ['query parameter colour is not part of pulls/list']);
    assert.ok(check.checkRequest('pulls/create', { params: { owner: 'a', repo: 'b' }, query: new URLSearchParams(), body: { head: 'x', base: 7 } }).some((p) => /body \/base must be string/.test(p)));
    assert.deepEqual(check.checkRequest('repos/get', { params: { owner: 'a', repo: 'b' }, query: new URLSearchParams(), body: { x: 1 } }), ['repos/get takes no body']);
  });
});
