import { PackdexError, quote } from '../errors';
import { checkRefName } from '../git/check-ref';
import { dotSegmentProblem } from '../names/url-rules';

/**
 * Check an install-source or registry URL: https, no credentials, no query, no fragment, no dot
 * segments. Tokens in URLs end up in logs and in every consumer's lockfile; query strings make the
 * same archive look like two; `..` makes a URL name something other than what it spells (a folder
 * registry would open a file outside itself). Returns the URL unchanged when it passes.
 */
export function checkHttpsUrl(value: string, what: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw urlError(value, what, 'is not a URL');
  }
  if (url.protocol !== 'https:') throw urlError(value, what, `uses ${url.protocol.replace(/:$/, '')}, not https`);
  if (url.username !== '' || url.password !== '') throw urlError(value, what, 'carries credentials');
  if (url.search !== '' || value.includes('?')) throw urlError(value, what, 'has a query string');
  if (url.hash !== '' || value.includes('#')) throw urlError(value, what, 'has a fragment');
  if (/\s/.test(value)) throw urlError(value, what, 'contains white space');
  const dots = dotSegmentProblem(value);
  if (dots !== undefined) throw urlError(value, what, dots);
  return value;
}

function urlError(value: string, what: string, reason: string): PackdexError {
  // Never echo credentials back into logs.
  const shown = value.replace(/\/\/[^/@]*@/, '//***@');
  return new PackdexError('URL_INVALID', `${what} ${quote(shown)} ${reason}.`, {
    value: shown,
    expected: 'https://host/path with no user:password@, ?query, #fragment or ./.. segments',
    fix:
      reason === 'carries credentials'
        ? 'Remove the credentials from the URL; registries and consumers pass tokens as headers.'
        : 'Use a plain https URL.',
  });
}

/**
 * A git ref that git cannot mistake for an option: the rules of `git check-ref-format`
 * (core/git/check-ref), the one check every ref passes before it reaches git.
 */
export function checkGitRef(ref: string, what = 'Git ref'): string {
  return checkRefName(ref, { what, fix: 'Pass the tag that was released, e.g. --git-ref v1.2.0, or the full commit.' });
}
