import { PackdexError, quote, type ErrorCode } from '../../core/errors';
import { checkNoDotSegments } from '../../core/names/url-rules';
import { checkFetchUrl, isLoopbackHost } from '../registries/registry-location';

/** At most this many redirects are followed; the sixth is refused. */
export const MAX_REDIRECTS = 5;

/**
 * How long packdex waits. A server that accepts the connection and then says nothing, stops in the
 * middle of a body, or drips a few bytes at a time ends in a coded error naming the URL, never in
 * a command that hangs.
 */
export interface FetchTimeouts {
  /** From sending the request to the response's status and headers (connect, TLS, the server's think time). */
  headersMs: number;
  /** The longest silence allowed while the body arrives. */
  idleMs: number;
  /** The body must bring at least `minBytes` in every window of `windowMs` (curl's --speed-limit/--speed-time). */
  windowMs: number;
  minBytes: number;
}

export const DEFAULT_TIMEOUTS: FetchTimeouts = { headersMs: 30_000, idleMs: 30_000, windowMs: 30_000, minBytes: 16 * 1024 };

/**
 * Timeouts from PACKDEX_HTTP_TIMEOUT (seconds, applied to the header wait, the idle limit and the
 * speed window), else the defaults.
 */
export function timeoutsFrom(env: NodeJS.ProcessEnv): FetchTimeouts {
  const raw = env.PACKDEX_HTTP_TIMEOUT;
  if (raw === undefined || raw === '') return DEFAULT_TIMEOUTS;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new PackdexError('CONFIG_INVALID', `PACKDEX_HTTP_TIMEOUT ${quote(raw)} is not a positive number of seconds.`, { value: raw, expected: 'e.g. 30 or 2.5', fix: 'Set PACKDEX_HTTP_TIMEOUT to a number of seconds, or unset it.' });
  }
  const ms = Math.round(seconds * 1000);
  return { ...DEFAULT_TIMEOUTS, headersMs: ms, idleMs: ms, windowMs: ms };
}

export interface FetchOptions {
  /** How the URL is named in messages: `Registry file`, `Artifact URL`. */
  what: string;
  /** The code for a network failure or a stall: REGISTRY_UNAVAILABLE for registry files, DOWNLOAD_FAILED for archives. */
  failCode: Extract<ErrorCode, 'REGISTRY_UNAVAILABLE' | 'DOWNLOAD_FAILED'>;
  /** What to suggest after a network failure. */
  failFix: string;
  allowHttp: boolean;
  /** Headers for every hop that carry nothing secret (If-None-Match, Accept). */
  headers?: Record<string, string>;
  /**
   * A registry's configured headers (tokens) and the origin they were configured for: sent only to
   * a hop on exactly that origin (scheme, host and port), never after a redirect elsewhere.
   */
  credentials?: { origin: string; headers: Record<string, string> };
  timeouts: FetchTimeouts;
}

/** A response after the redirects, with a body whose reading is watched for stalls. */
export interface FetchedResponse {
  status: number;
  ok: boolean;
  headers: Headers;
  /** The URL that answered (the last hop). */
  url: string;
  /** Every URL asked, first to last. */
  hops: string[];
  /** The body in chunks; throws the fetch's failCode when the server stalls or drips. */
  body(): AsyncGenerator<Uint8Array>;
  /** Drop the body unread. */
  cancel(): Promise<void>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The URL as it may appear in a message: no credentials. */
function shown(url: string): string {
  return url.replace(/\/\/[^/@]*@/, '//***@');
}

/**
 * The next hop of a redirect, checked by the first URL's rules: http(s) only, https unless loopback
 * or --allow-http, no credentials, no dot segments (on the Location text, before resolving removes
 * them). A downgrade from https to http is refused even with --allow-http, unless both ends are on
 * loopback (a local development server): --allow-http is consent to read a plain-http registry,
 * not to let an https one hand the connection to a plain-http host.
 */
export function checkRedirect(from: URL, location: string, allowHttp: boolean): URL {
  const refuse = (reason: string, details: { expected: string; fix: string; cause?: unknown }): PackdexError =>
    new PackdexError('REDIRECT_REFUSED', `${quote(shown(from.toString()))} redirected to ${quote(shown(location))}, ${reason}`, { value: shown(location), ...details });
  let target: URL;
  try {
    target = new URL(location, from);
  } catch (cause) {
    throw refuse('which is not a URL.', { expected: 'a Location header with an http(s) URL', fix: 'Report it to whoever runs the server.', cause });
  }
  if (from.protocol === 'https:' && target.protocol === 'http:' && !(isLoopbackHost(from.hostname) && isLoopbackHost(target.hostname))) {
    throw refuse('a downgrade from https to plain http, which anyone on the path could alter.', {
      expected: 'a redirect to another https URL',
      fix: 'Fix the server\'s redirect, or use the final https URL directly. --allow-http does not allow a downgrade.',
    });
  }
  try {
    // The Location text for dot segments (resolving removes them), the resolved URL for the rest.
    checkNoDotSegments(location, 'The redirect target');
    checkFetchUrl(target.toString(), allowHttp, 'The redirect target');
  } catch (cause) {
    const inner = cause as PackdexError;
    throw refuse(`which packdex does not follow: ${inner.message}`, { expected: inner.expected ?? 'an https URL', fix: inner.fix ?? 'Use the final URL directly.', cause });
  }
  return target;
}

/** Run `work` unless `ms` pass first; then abort and throw what `onTimeout` makes. */
async function within<T>(work: Promise<T>, ms: number, controller: AbortController, onTimeout: () => PackdexError): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = onTimeout();
      controller.abort(error);
      reject(error);
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function seconds(ms: number): string {
  return `${ms / 1000} s`;
}

/**
 * GET with redirects followed by packdex itself, at most MAX_REDIRECTS, each hop checked by
 * checkRedirect; configured headers go only to their own origin. Network failures and stalls become
 * `failCode` errors naming the URL and a fix.
 */
export async function fetchUrl(raw: string, options: FetchOptions): Promise<FetchedResponse> {
  let current = checkFetchUrl(raw, options.allowHttp, options.what);
  const hops: string[] = [];
  const { timeouts } = options;
  for (;;) {
    hops.push(current.toString());
    const url = current.toString();
    const headers: Record<string, string> = { ...options.headers };
    if (options.credentials !== undefined && current.origin === options.credentials.origin) Object.assign(headers, options.credentials.headers);
    const controller = new AbortController();
    const stalled = (what: string, ms: number): PackdexError =>
      new PackdexError(options.failCode, `${quote(shown(url))} ${what} for ${seconds(ms)}, so packdex gave up.`, {
        value: shown(url),
        expected: `a server that answers within ${seconds(timeouts.headersMs)} and keeps sending`,
        fix: `Try again later; if the server is only slow, set PACKDEX_HTTP_TIMEOUT to more seconds (now ${seconds(Math.max(timeouts.headersMs, timeouts.idleMs))}).${options.failCode === 'REGISTRY_UNAVAILABLE' ? ' --skip-unavailable goes on to the next registry.' : ''}`,
      });
    let response: Response;
    try {
      response = await within(
        fetch(url, { headers, redirect: 'manual', signal: controller.signal }),
        timeouts.headersMs,
        controller,
        () => stalled('sent no response', timeouts.headersMs),
      );
    } catch (cause) {
      if (cause instanceof PackdexError) throw cause;
      const reason = (cause as { cause?: { code?: string; message?: string } }).cause;
      throw new PackdexError(options.failCode, `Could not reach ${quote(shown(url))}: ${reason?.code ?? reason?.message ?? (cause as Error).message}.`, { value: shown(url), fix: options.failFix, cause });
    }
    if (REDIRECTS.has(response.status)) {
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get('location');
      if (location === null) {
        throw new PackdexError(options.failCode, `${quote(shown(url))} answered HTTP ${response.status} without saying where to.`, { value: shown(url), expected: 'a Location header', fix: 'Report it to whoever runs the server, or use the final URL directly.' });
      }
      if (hops.length > MAX_REDIRECTS) {
        throw new PackdexError('REDIRECT_REFUSED', `${quote(shown(raw))} redirected more than ${MAX_REDIRECTS} times (${hops.map(shown).join(' → ')} → …).`, {
          value: shown(raw),
          expected: `at most ${MAX_REDIRECTS} redirects`,
          fix: 'Use the final URL directly, or fix the redirect loop on the server.',
        });
      }
      current = checkRedirect(current, location, options.allowHttp);
      continue;
    }
    const stream = response.body;
    async function* body(): AsyncGenerator<Uint8Array> {
      if (stream === null) return;
      const reader = stream.getReader();
      let windowStart = Date.now();
      let windowBytes = 0;
      try {
        for (;;) {
          const chunk = await within(reader.read(), timeouts.idleMs, controller, () => stalled('stopped sending', timeouts.idleMs)).catch((cause: unknown) => {
            if (cause instanceof PackdexError) throw cause;
            throw new PackdexError(options.failCode, `The transfer of ${quote(shown(url))} broke off: ${(cause as Error).message}.`, { value: shown(url), fix: 'Try again.', cause });
          });
          if (chunk.done) return;
          windowBytes += chunk.value.length;
          const now = Date.now();
          if (now - windowStart >= timeouts.windowMs) {
            if (windowBytes < timeouts.minBytes) {
              const error = new PackdexError(options.failCode, `${quote(shown(url))} sent only ${windowBytes} bytes in ${seconds(now - windowStart)}, far too slowly, so packdex gave up.`, {
                value: shown(url),
                expected: `at least ${timeouts.minBytes} bytes every ${seconds(timeouts.windowMs)}`,
                fix: 'Try again later, or from a better connection; PACKDEX_HTTP_TIMEOUT sets the window in seconds.',
              });
              controller.abort(error);
              throw error;
            }
            windowStart = now;
            windowBytes = 0;
          }
          yield chunk.value;
        }
      } finally {
        // Stopping early (too large, a stall, the caller's own error) must not leave the socket open.
        await reader.cancel().catch(() => undefined);
      }
    }
    return {
      status: response.status,
      ok: response.ok,
      headers: response.headers,
      url,
      hops,
      body,
      cancel: async () => {
        await stream?.cancel().catch(() => undefined);
      },
    };
  }
}
