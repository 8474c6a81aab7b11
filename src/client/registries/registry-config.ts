import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { PackdexError, ioError, quote } from '../../core/errors';
import { writeFileAtomic } from '../../core/fs/write-file-atomic';
import type { PackdexClientConfiguration, RegistrySetting } from '../../core/schema-types';
import { validateSchema } from '../../core/schemas';

export type ClientConfig = PackdexClientConfiguration;
export type { RegistrySetting };

export const DEFAULT_PRIORITY = 100;

/**
 * Which config file applies: PACKDEX_CONFIG, else packdex.yaml in the project (cwd), else
 * config.yaml in the user's config folder ($XDG_CONFIG_HOME/packdex, ~/.config/packdex).
 */
export function configPath(cwd: string, env: NodeJS.ProcessEnv): string {
  if (env.PACKDEX_CONFIG) return path.resolve(cwd, env.PACKDEX_CONFIG);
  const project = path.join(cwd, PROJECT_CONFIG_NAME);
  if (existsSync(project)) return project;
  return userConfigPath(env);
}

export const PROJECT_CONFIG_NAME = 'packdex.yaml';

/** The user's config.yaml: $XDG_CONFIG_HOME/packdex, else ~/.config/packdex. */
export function userConfigPath(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CONFIG_HOME || path.join(env.HOME || os.homedir(), '.config');
  return path.join(base, 'packdex', 'config.yaml');
}

/**
 * The config the client reads: PACKDEX_CONFIG alone when set; else the user's config.yaml with the
 * project's packdex.yaml laid over it: registries merged by name (the project's setting wins for a
 * name both have), the project's other keys (dependencies, cache_ttl) over the user's. `file` and
 * `document` are the project's when it has one (edits go there).
 */
export async function loadEffectiveConfig(cwd: string, env: NodeJS.ProcessEnv): Promise<LoadedConfig> {
  if (env.PACKDEX_CONFIG) return loadConfig(path.resolve(cwd, env.PACKDEX_CONFIG));
  const user = await loadConfig(userConfigPath(env));
  const projectFile = path.join(cwd, PROJECT_CONFIG_NAME);
  if (!existsSync(projectFile)) return user;
  const project = await loadConfig(projectFile);
  const projectNames = new Set((project.config.registries ?? []).map((r) => r.name));
  const registries = [...(user.config.registries ?? []).filter((r) => !projectNames.has(r.name)), ...(project.config.registries ?? [])];
  const config: ClientConfig = { ...user.config, ...project.config };
  if (registries.length > 0) config.registries = registries;
  // The user's dependencies are not the project's: a project installs what its packdex.yaml lists.
  if (project.config.dependencies === undefined) delete config.dependencies;
  return { file: project.file, config, document: project.document };
}

export interface LoadedConfig {
  file: string;
  config: ClientConfig;
  /**
   * The parsed document, kept so an edit preserves the user's comments and layout.
   * @internal Left out of the library's declarations, which would otherwise need yaml's types.
   */
  document: Document;
}

export async function loadConfig(file: string): Promise<LoadedConfig> {
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== 'ENOENT') throw ioError('read', file, cause);
  }
  const document = parseDocument(text, { uniqueKeys: true });
  if (document.errors.length > 0) {
    const e = document.errors[0]!;
    throw new PackdexError('CONFIG_INVALID', `${quote(file)} is not valid YAML: ${e.message.split('\n')[0]}`, {
      value: file,
      path: file,
      line: e.linePos?.[0]?.line,
      fix: 'Fix the YAML syntax at the line shown.',
    });
  }
  const data = (document.toJS({ maxAliasCount: 100 }) ?? {}) as unknown;
  const issues = validateSchema('config', data);
  if (issues.length > 0) {
    throw new PackdexError('CONFIG_INVALID', `${quote(file)} breaks the config schema: ${issues.map((i) => `${i.path || '/'} ${i.message}`).join('; ')}.`, {
      value: file,
      path: issues[0]!.path,
      expected: 'registries: [{name, url, priority, enabled, headers}] (schemas/config.schema.json)',
      fix: 'Correct the values at the paths listed, or edit it with packdex registry add/remove.',
    });
  }
  const config = data as ClientConfig;
  const names = new Set<string>();
  for (const r of config.registries ?? []) {
    if (names.has(r.name)) {
      throw new PackdexError('CONFIG_INVALID', `${quote(file)} names registry ${quote(r.name)} twice.`, { value: r.name, fix: 'Give each registry its own name.' });
    }
    names.add(r.name);
  }
  return { file, config, document };
}

/** Write the registries back, keeping every other key and comment of the file. */
export async function saveRegistries(loaded: LoadedConfig, registries: RegistrySetting[]): Promise<void> {
  const { document } = loaded;
  if (!isMap(document.contents)) document.contents = document.createNode({}) as never;
  const node = document.createNode(registries);
  if (isSeq(node)) node.flow = false;
  document.set('registries', node);
  await writeFileAtomic(loaded.file, document.toString({ lineWidth: 0 }));
}
