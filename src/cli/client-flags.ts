import { openClient, type Client } from '../client/registries/open-registries';
import type { FindOptions } from '../client/resolve/find-package';
import { formatBytes } from '../core/format-bytes';
import type { CliIO, Options, Values } from './command';

/** The options every consumer verb takes. */
export const CLIENT_OPTIONS: Options = {
  registry: { type: 'string', multiple: true },
  'allow-http': { type: 'boolean' },
  'skip-unavailable': { type: 'boolean' },
  refresh: { type: 'boolean' },
  'no-cache': { type: 'boolean' },
};

export const CLIENT_USAGE = [
  '  --registry NAME|URL  read only this registry (repeatable, in priority order); else',
  '                       PACKDEX_REGISTRIES, else the config file (packdex.yaml or ~/.config/packdex)',
  '  --skip-unavailable   go on to the next registry when one fails (default: fail closed)',
  '  --allow-http         accept plain http:// registries beyond loopback',
  '  --refresh            revalidate cached registry files now',
  '  --no-cache           use no disk cache (PACKDEX_CACHE_DIR, default ~/.cache/packdex)',
];

export function openClientFrom(values: Values, io: CliIO): Promise<Client> {
  return openClient({
    cwd: io.cwd,
    env: io.env,
    now: io.now,
    registries: (values.registry as string[] | undefined) ?? [],
    allowHttp: values['allow-http'] === true,
    refresh: values.refresh === true,
    noCache: values['no-cache'] === true,
  });
}

/** `--skip-unavailable` for the verbs that read registries, each skip reported as a warning. */
export function skipOptionsFrom(values: Values, io: CliIO): FindOptions {
  return {
    skipUnavailable: values['skip-unavailable'] === true,
    onSkip: (registry, error) => io.stderr(`warning: skipped registry ${registry}: ${error.message}\n`),
  };
}

/** A progress line on a terminal, redrawn in place; nothing when stderr is not a terminal. */
export function progressPrinter(io: CliIO): ((name: string, received: number, total: number | undefined) => void) | undefined {
  if (io.isTTY !== true) return undefined;
  let last = 0;
  return (name, received, total) => {
    const now = Date.now();
    const done = total !== undefined && received >= total;
    if (!done && now - last < 100) return;
    last = now;
    const pct = total === undefined || total === 0 ? '' : ` ${Math.floor((received / total) * 100)}%`;
    io.stderr(`\r\u001b[2Kdownloading ${name}${pct} (${formatBytes(received)}${total === undefined ? '' : ` of ${formatBytes(total)}`})${done ? '\n' : ''}`);
  };
}

/** Packs smaller than this archive too fast for a progress line to help. */
export const PROGRESS_MIN_BYTES = 8 * 1024 * 1024;

/**
 * A progress line for long publisher work (archiving, hashing) on a terminal: only when stderr is
 * one, only for work of PROGRESS_MIN_BYTES or more, redrawn at most every 100 ms; never in --json.
 */
export function workProgress(io: CliIO, json: boolean, label: string): ((done: number, total: number) => void) | undefined {
  if (json || io.isTTY !== true) return undefined;
  let last = 0;
  return (done, total) => {
    if (total < PROGRESS_MIN_BYTES) return;
    const now = Date.now();
    const finished = done >= total;
    if (!finished && now - last < 100) return;
    last = now;
    io.stderr(`\r\u001b[2K${label} ${Math.floor((done / total) * 100)}% (${formatBytes(done)} of ${formatBytes(total)})${finished ? '\n' : ''}`);
  };
}

/** A table with padded columns; the last column is not padded. */
export function renderTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}
