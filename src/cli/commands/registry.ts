import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { execGit } from '../../core/git/run-git';
import { initRegistry, pagesUrlFromRemote } from '../../core/site/init-registry';
import { DEFAULT_PRIORITY, configPath, loadConfig, loadEffectiveConfig, saveRegistries, userConfigPath, type RegistrySetting } from '../../client/registries/registry-config';
import { parseRegistryLocation, type RegistryLocation } from '../../client/registries/registry-location';
import { expandHeaders } from '../../client/registries/effective-registries';
import { HttpCache } from '../../client/fetch/http-cache';
import { RegistryReader } from '../../client/fetch/registry-reader';
import { PackdexError, quote } from '../../core/errors';
import { docsUrl } from '../../core/docs-url';
import { renderTable } from '../client-flags';
import { registryWriteOptions } from '../registry-write';
import { didYouMean } from '../flags/did-you-mean';
import { EXIT_OK, printJson, stringOpt, usageError, type CliIO, type Command, type Values } from '../command';
/**
 * The registry's address from the git remote `origin` of the repository holding the folder (the
 * nearest existing folder, since init may create it): a github.com repository is served by Pages.
 */
async function urlFromGitRemote(registryDir: string): Promise<{ url: string; remote: string } | undefined> {
  let cwd = registryDir;
  while (!existsSync(cwd) && path.dirname(cwd) !== cwd) cwd = path.dirname(cwd);
  const result = await execGit(['remote', 'get-url', 'origin'], { cwd }).catch(() => undefined);
  if (result === undefined || result.exitCode !== 0) return undefined;
  const remote = result.stdout.toString('utf8').trim();
  const url = pagesUrlFromRemote(remote);
  // The remote may carry a token (https://x-access-token:…@github.com/…): never echo it.
  return url === undefined ? undefined : { url, remote: remote.replace(/\/\/[^/@]*@/, '//') };
}

/** The url of the registry.json already in the folder, if it has a readable one. */
async function heldUrl(registryDir: string): Promise<string | undefined> {
  try {
    const held = (JSON.parse(await readFile(path.join(registryDir, 'registry.json'), 'utf8')) as { url?: unknown }).url;
    return typeof held === 'string' ? held : undefined;
  } catch {
    return undefined;
  }
}

async function init(values: Values, positionals: string[], json: boolean, io: CliIO): Promise<number> {
  const flag = stringOpt(values, 'registry-dir');
  if (flag !== undefined && positionals.length === 0) positionals = [flag];
  else if (flag !== undefined) throw usageError('Give the folder once: as DIR or as --registry-dir DIR.');
  if (positionals.length !== 1) throw usageError('packdex registry init takes one folder.', 'e.g. packdex registry init ./my-registry --name "Acme packs" --url https://acme.github.io/packs');
  const registryDir = path.resolve(io.cwd, positionals[0]!);
  const derived = stringOpt(values, 'derived');
  if (derived !== undefined && derived !== 'committed' && derived !== 'deployed') {
    throw usageError(`--derived ${quote(derived)} is not a layout: expected committed or deployed.`, 'Pass --derived committed (derived files in git, the default) or --derived deployed (only sources in git; site build --out DIR builds the site where it is served).');
  }
  let url = stringOpt(values, 'url');
  const notes: string[] = [];
  if (url === undefined) {
    // Rewriting an existing registry keeps its address unless told otherwise.
    url = await heldUrl(registryDir);
  }
  if (url === undefined) {
    const derived = await urlFromGitRemote(registryDir);
    if (derived === undefined) {
      throw usageError(
        'packdex registry init needs --url: where the registry will be served. It goes into registry.json and index.json\'s registry_url.',
        'e.g. --url https://acme.github.io/packs (GitHub Pages of acme/packs). Inside a clone of a github.com repository it is derived from the remote origin.',
      );
    }
    url = derived.url;
    notes.push(`The registry's url ${url} is the GitHub Pages address of the remote origin ${derived.remote}; pass --url to choose another.`);
  }
  const plan = await initRegistry(
    {
      registryDir,
      name: stringOpt(values, 'name') ?? path.basename(registryDir),
      url,
      description: stringOpt(values, 'description'),
      force: values.force === true,
      ...(derived === undefined ? {} : { derived }),
      now: io.now(),
    },
    registryWriteOptions(io, 'registry init'),
  );
  for (const w of plan.warnings) io.stderr(`warning: ${w}\n`);
  if (json) printJson(io, { ok: true, registry: registryDir, identity: plan.identity, notes, warnings: plan.warnings });
  else {
    for (const n of notes) io.stdout(`${n}\n`);
    io.stdout(`Created registry ${JSON.stringify(plan.identity.name)} in ${path.relative(io.cwd, registryDir) || '.'} (served at ${plan.identity.url}).\nPublish into it with: packdex publish PACK --registry-dir ${path.relative(io.cwd, registryDir) || '.'}\n`);
    if (plan.identity.derived === 'deployed') {
      io.stdout(`Derived files are deployed, not committed: only registry.json, packages/ and archives/ go into git${plan.removed.length > 0 ? ` (removed ${plan.removed.length} derived file${plan.removed.length === 1 ? '' : 's'})` : ''}. Build the served site with: packdex site build --registry-dir ${path.relative(io.cwd, registryDir) || '.'} --out _site\n`);
    }
  }
  return EXIT_OK;
}

function configFile(values: Values, io: CliIO): string {
  return values.project === true ? path.join(io.cwd, 'packdex.yaml') : configPath(io.cwd, io.env);
}

/** `Name: value` → [name, value]; values may hold ${ENV} references, expanded when used. */
function parseHeader(raw: string): [string, string] {
  const at = raw.indexOf(':');
  if (at <= 0) throw usageError(`--header ${quote(raw)} is not "Name: value".`, 'e.g. --header "Authorization: Bearer ${REGISTRY_TOKEN}"');
  return [raw.slice(0, at).trim(), raw.slice(at + 1).trim()];
}

/** Read the registry's index once, as the client will, so a location where nothing is fails now. */
async function checkRegistryAt(name: string, url: string, location: RegistryLocation, headers: Record<string, string>, io: CliIO): Promise<void> {
  const cache = new HttpCache({ dir: undefined, ttlSeconds: 0, refresh: true, now: io.now, log: [] });
  const reader = new RegistryReader({ name, url, priority: 0, headers: expandHeaders(headers, io.env, name), location }, cache);
  try {
    // registry.json that says index.json is left out is a registry all the same (it is read first).
    if (await reader.hasIndex()) await reader.index();
  } catch (cause) {
    if (!(cause instanceof PackdexError)) throw cause;
    throw new PackdexError(cause.code, `No registry at ${quote(url)}: ${cause.message}`, {
      value: url,
      expected: cause.expected ?? 'a packdex registry (registry.json and index.json)',
      fix: 'Check the URL or folder, or pass --no-check to add it anyway (e.g. before it is first published).',
      cause,
    });
  }
}

async function add(values: Values, positionals: string[], json: boolean, io: CliIO): Promise<number> {
  if (positionals.length !== 2) throw usageError('packdex registry add takes NAME URL.', 'e.g. packdex registry add acme https://acme.github.io/packs/ --priority 1');
  const [name, url] = positionals as [string, string];
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw usageError(`Registry name ${quote(name)} may hold only letters, digits, . _ and -.`);
  // Checked now, so a typo fails here rather than at the next install.
  const location = parseRegistryLocation(url, { cwd: io.cwd, allowHttp: values['allow-http'] === true });
  const headerPairs = ((values.header as string[] | undefined) ?? []).map(parseHeader);
  if (values['no-check'] !== true) await checkRegistryAt(name, url, location, Object.fromEntries(headerPairs), io);
  const loaded = await loadConfig(configFile(values, io));
  const registries = [...(loaded.config.registries ?? [])];
  const existing = registries.findIndex((r) => r.name === name);
  if (existing !== -1 && values.force !== true) {
    throw new PackdexError('CONFIG_INVALID', `Registry ${quote(name)} is already configured (${registries[existing]!.url}).`, { value: name, fix: 'Pass --force to replace it, or choose another name.' });
  }
  const priorityText = stringOpt(values, 'priority');
  if (priorityText !== undefined && !/^-?\d+$/.test(priorityText)) throw usageError(`--priority ${quote(priorityText)} is not a whole number.`);
  const others = registries.filter((r) => r.name !== name).map((r) => r.priority ?? DEFAULT_PRIORITY);
  const priority = values.default === true ? Math.min(DEFAULT_PRIORITY, ...others) - 1 : priorityText === undefined ? DEFAULT_PRIORITY : Number(priorityText);
  const setting: RegistrySetting = { name, url, priority, enabled: values.disabled !== true };
  const headers = headerPairs;
  if (headers.length > 0) setting.headers = Object.fromEntries(headers);
  if (existing === -1) registries.push(setting);
  else registries[existing] = setting;
  await saveRegistries(loaded, registries);
  if (json) printJson(io, { ok: true, config: loaded.file, registry: setting });
  else io.stdout(`${existing === -1 ? 'Added' : 'Replaced'} registry ${name} (priority ${priority}) in ${loaded.file}\n`);
  return EXIT_OK;
}

/**
 * What a configured URL names, known without a request: an index file is a plain Attune index
 * (read-only, newest versions only); a folder is a packdex registry, or an Attune registry when it
 * has index.json and no registry.json, which only reading it tells (packdex show says which).
 */
function kindOf(url: string, io: CliIO): string {
  try {
    return parseRegistryLocation(url, { cwd: io.cwd, allowHttp: true }).index === undefined ? 'registry folder' : 'attune index (read-only)';
  } catch {
    return 'invalid URL';
  }
}

async function list(values: Values, json: boolean, io: CliIO): Promise<number> {
  // What the client reads: the user's config with the project's laid over it (or --project alone).
  const loaded = values.project === true ? await loadConfig(configFile(values, io)) : await loadEffectiveConfig(io.cwd, io.env);
  const merged = values.project !== true && !io.env.PACKDEX_CONFIG && loaded.file !== userConfigPath(io.env);
  const from = merged ? `${userConfigPath(io.env)} and ${loaded.file} (the project's setting wins for a name in both)` : loaded.file;
  const registries = [...(loaded.config.registries ?? [])].sort((a, b) => (a.priority ?? DEFAULT_PRIORITY) - (b.priority ?? DEFAULT_PRIORITY));
  const override = io.env.PACKDEX_REGISTRIES;
  if (json) {
    printJson(io, { ok: true, config: loaded.file, ...(merged ? { user_config: userConfigPath(io.env) } : {}), registries: registries.map((r) => ({ ...r, headers: r.headers === undefined ? undefined : Object.keys(r.headers), kind: kindOf(r.url, io) })), overridden_by: override ? 'PACKDEX_REGISTRIES' : null });
    return EXIT_OK;
  }
  if (registries.length === 0) io.stdout(`No registries in ${from}. Add one with packdex registry add NAME URL.\n`);
  else {
    // Header values may be tokens: only their names are shown.
    io.stdout(renderTable(['PRIORITY', 'NAME', 'URL', 'KIND', 'STATUS'], registries.map((r) => [String(r.priority ?? DEFAULT_PRIORITY), r.name, r.url, kindOf(r.url, io), `${r.enabled === false ? 'disabled' : 'enabled'}${r.headers ? ` (headers: ${Object.keys(r.headers).join(', ')})` : ''}`])));
    io.stdout(`from ${from}\n`);
  }
  if (override) io.stdout(`PACKDEX_REGISTRIES is set and replaces these: ${override}\n`);
  return EXIT_OK;
}

async function remove(values: Values, positionals: string[], json: boolean, io: CliIO): Promise<number> {
  if (positionals.length !== 1) throw usageError('packdex registry remove takes one NAME.');
  const loaded = await loadConfig(configFile(values, io));
  const registries = loaded.config.registries ?? [];
  if (!registries.some((r) => r.name === positionals[0])) {
    throw new PackdexError('CONFIG_INVALID', `No registry named ${quote(positionals[0])} in ${loaded.file}.`, {
      value: positionals[0],
      expected: registries.length === 0 ? 'a configured registry (there are none)' : `one of ${registries.map((r) => r.name).join(', ')}`,
      fix: 'See packdex registry list.',
    });
  }
  await saveRegistries(loaded, registries.filter((r) => r.name !== positionals[0]));
  if (json) printJson(io, { ok: true, config: loaded.file, removed: positionals[0] });
  else io.stdout(`Removed registry ${positionals[0]} from ${loaded.file}\n`);
  return EXIT_OK;
}

export const registryCommand: Command = {
  name: 'registry',
  summary: 'Create a registry folder, or edit the registries the client reads (add, list, remove).',
  usage: [
    'Usage: packdex registry init DIR|--registry-dir DIR --url URL [--name NAME] [--description TEXT] [--derived committed|deployed] [--force]',
    '',
    '  Creates registry.json, index.json, the browse page and .nojekyll in DIR. --url is where DIR',
    '  will be served (https); inside a clone of a github.com repository it defaults to that',
    '  repository\'s GitHub Pages address (https://OWNER.github.io/REPO), and says so. An existing',
    '  registry is refused unless --force, which keeps its packages (and its url, unless --url),',
    '  rebuilds index.json and, when the url changes, records the old one in former_urls: no',
    '  published version is stranded. --derived committed (the default for a new registry) keeps',
    '  the derived files (index.json, the page, search files, feeds) in git beside the sources;',
    '  --derived deployed keeps only the sources (registry.json, packages/, archives/) and leaves',
    '  the rest to the deploying workflow (packdex site build --out _site). --force keeps the',
    '  layout registry.json has unless --derived says otherwise; switching to deployed removes',
    '  the derived files from the folder.',
    '',
    'Usage: packdex registry add NAME URL [--priority N | --default] [--header "K: V"]... [--disabled] [--no-check]',
    '       packdex registry list',
    '       packdex registry remove NAME',
    '',
    '  Edit the registries the client reads, in packdex.yaml when the project has one (or with',
    '  --project), else in the user\'s config.yaml ($XDG_CONFIG_HOME/packdex); PACKDEX_CONFIG names',
    '  another file. URL: https://…, file://… or a folder; http:// only on loopback or with',
    '  --allow-http. Lower priority numbers are asked first; --default puts it before all others.',
    '  A URL naming an index.json (or a folder with index.json and no registry.json) is a plain',
    '  Attune registry: read as it is, newest version of each pack only, read-only.',
    '',
    `  The site layout and package document: ${docsUrl('registry-layout.md')}`,
    '  Header values may use ${ENV} (expanded when read, never stored expanded). add reads the\n  registry\'s index.json first and refuses a location where there is none, unless --no-check.',
  ].join('\n'),
  options: {
    name: { type: 'string' },
    'registry-dir': { type: 'string' },
    url: { type: 'string' },
    description: { type: 'string' },
    force: { type: 'boolean' },
    derived: { type: 'string' },
    priority: { type: 'string' },
    default: { type: 'boolean' },
    header: { type: 'string', multiple: true },
    disabled: { type: 'boolean' },
    project: { type: 'boolean' },
    'allow-http': { type: 'boolean' },
    'no-check': { type: 'boolean' },
  },
  positionals: true,
  async run({ values, positionals, json }, io) {
    const [sub, ...rest] = positionals;
    switch (sub) {
      case 'init':
        return init(values, rest, json, io);
      case 'add':
        return add(values, rest, json, io);
      case 'list':
        return list(values, json, io);
      case 'remove':
        return remove(values, rest, json, io);
      default: {
        const guess = sub === undefined ? undefined : didYouMean(sub, ['init', 'add', 'list', 'remove']);
        throw usageError(`Unknown registry subcommand ${sub === undefined ? '(none)' : `'${sub}'`}${guess === undefined ? '' : ` (did you mean '${guess}'?)`}.`, 'Use init, add, list or remove.');
      }
    }
  },
};
