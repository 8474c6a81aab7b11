import { createHash, randomBytes } from 'node:crypto';
import { copyFile, lstat, mkdir, mkdtemp, open, readdir, readFile, rename, rm, rmdir, stat, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { hashFile } from '../checksum/hash-file';
import { PackdexError, errnoOf, ioError, quote } from '../errors';
import { isNoop, type FileChange } from '../fs/file-change';
import { isDerivedPath } from './build-site';
import { acquireRegistryLock, type LockHolder, type LockOptions } from './registry-lock';

/**
 * Every change to a registry folder goes through here: lock → recover → read → plan → stage →
 * journal → apply → remove the journal → unlock (STYLE §19). The journal is a redo log written
 * only when every new file is already complete and on disk beside it, so a change killed before
 * the journal exists leaves the registry as it was (its staged files are swept away), and one
 * killed after is finished by the next command that takes the lock. Each file is replaced by a
 * rename, archives first, then package documents, then index.json: a reader that takes no lock
 * (the client, verify) sees each file whole and never a document naming an archive not yet there.
 * Files a change removes (index.json, once it outgrows registry.json's limit) go last, after the
 * registry.json that says they are gone.
 */

/** Staged files and the journal live here, inside the registry so that each rename stays on one file system. */
export const TX_DIR = '.packdex-tx';
const JOURNAL = 'journal.json';

/** The steps a change passes, in order; the test hook can stop the process at any of them. */
export type TransactionStep = 'locked' | 'planned' | 'staged' | 'journaled' | `applied-${number}` | 'synced' | 'unjournaled' | `recovered-${number}`;

export interface RegistryWriteOptions extends LockOptions {
  /** Told when the command found and finished (or swept away) what a killed command left. */
  onRecover?: (report: RecoveryReport) => void;
  /** A deterministic crash hook for tests (the CLI wires PACKDEX_TEST_CRASH_AT to it). */
  atStep?: (step: TransactionStep) => void;
}

export interface RecoveryReport {
  /** Locks left by killed commands, removed (their holders, when the lock file named one). */
  brokenLocks: (LockHolder | undefined)[];
  /** Files an interrupted change had journaled and this command put in place. */
  finished: string[];
  /** Leftover temporary files removed (staged files of a change that never reached its journal). */
  removed: string[];
}

/** A binary file to put in place (an archive), already built at `source`. */
export interface PlacedFile {
  path: string;
  source: string;
  /** The source's SHA-256 (hex) when the caller already has it, as a fresh archive's builder does. */
  sha256?: string;
}

export interface PlannedRegistryChange<T> {
  value: T;
  /** Text files (documents, index.json, the page); no-ops are skipped. */
  changes: FileChange[];
  /**
   * Files already built on disk (archives, and the files a site build streams), placed before
   * every text file so nothing ever names a missing one.
   */
  files?: PlacedFile[];
  /** Registry files to remove, after every write (a file that is absent already is a no-op). */
  removed?: string[];
}

export interface TransactionContext {
  /** A path for a file the plan builds (an archive); it is removed unless the change places it. */
  stagingPath(name: string): string;
  /** A folder for a plan's scratch files, on the registry's file system and swept with the staged files. */
  tempDir: string;
}

export interface ChangeRegistryOptions extends RegistryWriteOptions {
  /** Make the folder when it does not exist (registry init, the first publish). */
  create?: boolean;
  /** Plan only: no lock, no recovery, no writes; staged files go to a temporary folder. */
  dryRun?: boolean;
}

export interface RegistryChangeResult<T> {
  value: T;
  /** The registry paths this change wrote (empty for a no-op or a dry run). */
  written: string[];
}

interface JournalStep {
  /** Relative to the registry folder, `/`-separated. */
  target: string;
  /** Relative to TX_DIR; absent for a removal. */
  staged?: string;
  sha256?: string;
  /** The target is removed rather than replaced. */
  remove?: true;
}

interface Journal {
  format: 'packdex-journal';
  format_version: 1;
  steps: JournalStep[];
}

function flatName(name: string): string {
  return name.replace(/[/\\]/g, '_');
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

async function fsyncPath(p: string): Promise<void> {
  const handle = await open(p, 'r');
  try {
    await handle.sync();
  } catch (cause) {
    // Some file systems cannot fsync a directory; the data files themselves were synced.
    if (!['EINVAL', 'EISDIR', 'EBADF'].includes(errnoOf(cause) ?? '')) throw cause;
  } finally {
    await handle.close();
  }
}

async function writeSynced(file: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(file, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function journalError(registryDir: string, why: string): PackdexError {
  const file = path.join(registryDir, TX_DIR, JOURNAL);
  return new PackdexError('REGISTRY_INVALID', `The change journal ${quote(file)} cannot be completed: ${why}.`, {
    value: file,
    expected: 'a journal written by packdex, naming files inside the registry and staged files beside it',
    fix: `Inspect ${path.join(registryDir, TX_DIR)}; if the registry's files are as they should be (packdex site build --check), remove that folder and run again.`,
  });
}

/** A journal's target must stay inside the registry and out of .git: a registry checked out from a pull request may hold a hostile one. */
function targetOf(registryDir: string, rel: unknown): string | undefined {
  if (typeof rel !== 'string' || rel === '' || rel.includes('\\') || path.posix.isAbsolute(rel)) return undefined;
  const parts = rel.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..') || parts[0] === '.git' || parts[0] === TX_DIR) return undefined;
  return path.join(registryDir, ...parts);
}

function parseJournal(registryDir: string, text: string): Journal {
  let data: Journal;
  try {
    data = JSON.parse(text) as Journal;
  } catch {
    throw journalError(registryDir, 'it is not JSON');
  }
  if (data?.format !== 'packdex-journal' || data.format_version !== 1 || !Array.isArray(data.steps)) throw journalError(registryDir, 'it is not a packdex journal of format 1');
  for (const step of data.steps) {
    if (targetOf(registryDir, step?.target) === undefined) throw journalError(registryDir, `it names ${quote(step?.target)}, which is not a file inside the registry`);
    if (step.remove === true) {
      if (step.staged !== undefined || step.sha256 !== undefined) throw journalError(registryDir, `its step for ${quote(step.target)} is malformed`);
      // Only a derived file is ever removed (index.json past its limit, a switch to derived: deployed).
      if (!isDerivedPath(step.target)) throw journalError(registryDir, `it removes ${quote(step.target)}, which is no derived file`);
      continue;
    }
    if (typeof step.staged !== 'string' || !/^[0-9]+-[^/\\]+$/.test(step.staged) || typeof step.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(step.sha256)) {
      throw journalError(registryDir, `its step for ${quote(step.target)} is malformed`);
    }
  }
  return data;
}

async function hashIfFile(file: string): Promise<string | undefined> {
  const st = await lstat(file).catch(() => undefined);
  return st?.isFile() === true ? hashFile(file) : undefined;
}

/** A journal's target is reached through real folders only: a linked folder could lead out of the registry. */
async function assertNoLinkOnTheWay(registryDir: string, rel: string): Promise<void> {
  let at = registryDir;
  for (const part of rel.split('/')) {
    at = path.join(at, part);
    const st = await lstat(at).catch(() => undefined);
    if (st === undefined) return;
    if (st.isSymbolicLink()) throw journalError(registryDir, `${quote(rel)} is reached through the symbolic link ${quote(at)}`);
  }
}

/** The one place files move into the registry: for a fresh change and for a recovered one alike. */
async function applyJournal(registryDir: string, journal: Journal, atStep: (step: TransactionStep) => void, stepName: (n: number) => TransactionStep, found = false): Promise<string[]> {
  const txDir = path.join(registryDir, TX_DIR);
  const dirs = new Set<string>([txDir]);
  const written: string[] = [];
  for (const [i, step] of journal.steps.entries()) {
    const target = targetOf(registryDir, step.target)!;
    // A journal found on disk may come from a hostile checkout; one this process wrote is its own plan.
    if (found) await assertNoLinkOnTheWay(registryDir, step.target);
    if (step.remove === true) {
      // Removing twice is removing once: a recovered journal may find it gone already.
      const st = await lstat(target).catch(() => undefined);
      if (st !== undefined && !st.isFile()) throw journalError(registryDir, `${quote(step.target)} is to be removed, but it is not a file`);
      await rm(target, { force: true });
      dirs.add(path.dirname(target));
      written.push(target);
      atStep(stepName(i + 1));
      continue;
    }
    const staged = path.join(txDir, step.staged!);
    const st = await lstat(staged).catch(() => undefined);
    if (st === undefined) {
      // Already moved by the run that was interrupted; the target must then hold exactly its bytes.
      if ((await hashIfFile(target)) !== step.sha256!) throw journalError(registryDir, `${quote(step.staged)} is gone and ${quote(step.target)} does not hold its bytes`);
    } else {
      // A found journal's staged files are checked byte for byte; this process's own were just written and synced.
      if (!st.isFile() || (found && (await hashFile(staged)) !== step.sha256)) throw journalError(registryDir, `${quote(step.staged)} is not the file it journaled`);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(staged, target);
    }
    dirs.add(path.dirname(target));
    written.push(target);
    atStep(stepName(i + 1));
  }
  for (const dir of dirs) await fsyncPath(dir);
  return written;
}

/** Old packdex versions staged beside their targets; their leftovers are swept too. */
const LEGACY_LEFTOVER = /^\..+\.\d+(?:\.staged|\.[0-9a-f]{12}\.tmp)$/;

async function legacyLeftovers(registryDir: string): Promise<string[]> {
  let archives = 'archives';
  try {
    const identity = JSON.parse(await readFile(path.join(registryDir, 'registry.json'), 'utf8')) as { archives?: unknown };
    if (typeof identity.archives === 'string' && targetOf(registryDir, identity.archives) !== undefined) archives = identity.archives;
  } catch {
    // No or unreadable registry.json: the default layout.
  }
  const out: string[] = [];
  for (const dir of [registryDir, path.join(registryDir, archives)]) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) if (LEGACY_LEFTOVER.test(name)) out.push(path.join(dir, name));
  }
  return out;
}

/**
 * Finish or sweep away what a killed command left: a journal is replayed (each staged file renamed
 * over its target, checked against its hash), then the staging folder and old-style temporary files
 * are removed. Runs under the lock, so no live change owns any of them.
 */
export async function recoverRegistry(registryDir: string, atStep: (step: TransactionStep) => void = () => undefined): Promise<RecoveryReport> {
  const txDir = path.join(registryDir, TX_DIR);
  const report: RecoveryReport = { brokenLocks: [], finished: [], removed: [] };
  // Only a real folder holds a journal: a link (a hostile checkout) is removed, never followed.
  const isFolder = (await lstat(txDir).catch(() => undefined))?.isDirectory() === true;
  const text = !isFolder ? undefined : await readFile(path.join(txDir, JOURNAL), 'utf8').catch((cause: unknown) => {
    if (errnoOf(cause) === 'ENOENT' || errnoOf(cause) === 'ENOTDIR') return undefined;
    throw ioError('read the change journal', path.join(txDir, JOURNAL), cause);
  });
  if (text !== undefined) {
    const journal = parseJournal(registryDir, text);
    report.finished = await applyJournal(registryDir, journal, atStep, (n) => `recovered-${n}`, true);
    await unlink(path.join(txDir, JOURNAL));
    await fsyncPath(txDir);
  }
  const st = await lstat(txDir).catch(() => undefined);
  if (st !== undefined) {
    if (st.isDirectory()) for (const name of await readdir(txDir)) if (name !== JOURNAL) report.removed.push(path.join(txDir, name));
    await rm(txDir, { recursive: true, force: true });
  }
  for (const file of await legacyLeftovers(registryDir)) {
    await rm(file, { force: true });
    report.removed.push(file);
  }
  return report;
}

/** The folder must be a folder; a missing one is made only when the change may create a registry. */
async function openFolder(registryDir: string, create: boolean): Promise<boolean> {
  const st = await stat(registryDir).catch((cause: unknown) => {
    if (errnoOf(cause) === 'ENOENT') return undefined;
    throw ioError('open the registry folder', registryDir, cause);
  });
  if (st !== undefined && !st.isDirectory()) {
    throw new PackdexError('NOT_A_DIRECTORY', `The registry ${quote(registryDir)} is a file, not a folder.`, {
      value: registryDir,
      expected: 'a registry folder (made by packdex registry init)',
      fix: 'Pass the registry folder, or move the file that is in the way.',
    });
  }
  if (st !== undefined) return false;
  if (!create) {
    throw new PackdexError('REGISTRY_NOT_FOUND', `${quote(registryDir)} is not a packdex registry: the folder does not exist.`, {
      value: registryDir,
      expected: 'a folder made by packdex registry init',
      fix: `Create it with: packdex registry init ${registryDir} --name NAME --url https://…`,
    });
  }
  try {
    await mkdir(registryDir, { recursive: true });
  } catch (cause) {
    throw ioError('create the registry folder', registryDir, cause);
  }
  return true;
}

function relTarget(registryDir: string, file: string): string {
  const rel = path.relative(registryDir, file);
  if (targetOf(registryDir, rel.split(path.sep).join('/')) === undefined) {
    throw new PackdexError('USAGE', `A registry change may only write inside the registry, not ${quote(file)}.`, { value: file });
  }
  return rel.split(path.sep).join('/');
}

/** Write every staged file and then the journal: the change's point of no return. */
async function stageAndJournal(registryDir: string, planned: PlannedRegistryChange<unknown>, madeDirs: string[]): Promise<Journal> {
  const txDir = path.join(registryDir, TX_DIR);
  const steps: JournalStep[] = [];
  const seen = new Set<string>();
  const add = (target: string, staged: string, hash: string): void => {
    const rel = relTarget(registryDir, target);
    if (seen.has(rel)) throw new PackdexError('USAGE', `A registry change writes ${quote(rel)} twice.`, { value: rel });
    seen.add(rel);
    steps.push({ target: rel, staged: path.basename(staged), sha256: hash });
  };
  for (const file of planned.files ?? []) {
    const existing = await hashIfFile(file.path);
    const hash = file.sha256 ?? (await hashFile(file.source));
    if (existing === hash) continue;
    let staged = file.source;
    if (path.dirname(path.resolve(file.source)) !== txDir || !/^[0-9]+-/.test(path.basename(file.source))) {
      staged = path.join(txDir, `${steps.length}-${path.basename(file.path)}`);
      await copyFile(file.source, staged);
    }
    await fsyncPath(staged);
    add(file.path, staged, hash);
  }
  for (const change of planned.changes) {
    if (isNoop(change)) continue;
    const staged = path.join(txDir, `${steps.length}-${path.basename(change.path)}`);
    await writeSynced(staged, change.after);
    add(change.path, staged, sha256(change.after));
  }
  const removals: JournalStep[] = [];
  for (const file of planned.removed ?? []) {
    const rel = relTarget(registryDir, file);
    if (!isDerivedPath(rel)) throw new PackdexError('USAGE', `A registry change may remove only derived files, not ${quote(rel)}.`, { value: rel });
    const st = await lstat(file).catch(() => undefined);
    if (st === undefined) continue;
    if (!st.isFile()) throw inTheWay(file, 'a folder stands where a file to remove belongs');
    if (seen.has(rel)) throw new PackdexError('USAGE', `A registry change writes and removes ${quote(rel)}.`, { value: rel });
    seen.add(rel);
    removals.push({ target: rel, remove: true });
  }
  // Every folder is made and every target checked now, so that once the journal exists only
  // renames remain: a file where a folder belongs fails here, with nothing changed.
  for (const step of steps) madeDirs.push(...(await prepareTarget(targetOf(registryDir, step.target)!)));
  return { format: 'packdex-journal', format_version: 1, steps: [...steps, ...removals] };
}

function inTheWay(file: string, what: string): PackdexError {
  return new PackdexError('NOT_A_DIRECTORY', `Cannot write ${quote(file)}: ${what}.`, {
    value: file,
    expected: 'the registry layout: folders where folders belong, files where files belong',
    fix: 'Move what is in the way (or restore the registry from its branch) and run again; nothing was changed.',
  });
}

/** Make a target's folders; returns the folders made, deepest first, so an abandoned change can remove them. */
async function prepareTarget(target: string): Promise<string[]> {
  const made: string[] = [];
  try {
    const first = await mkdir(path.dirname(target), { recursive: true });
    if (first !== undefined) for (let dir = path.dirname(target); dir.length >= first.length; dir = path.dirname(dir)) made.push(dir);
  } catch (cause) {
    if (errnoOf(cause) === 'EEXIST' || errnoOf(cause) === 'ENOTDIR') throw inTheWay(target, 'a file stands where one of its folders belongs');
    throw cause;
  }
  const st = await lstat(target).catch(() => undefined);
  if (st?.isDirectory() === true) throw inTheWay(target, 'a folder stands where the file belongs');
  return made;
}

/**
 * Run one change of a registry folder as a transaction. `plan` reads the registry and returns what
 * to write; it runs under the exclusive lock after leftovers are recovered, so what it reads is what
 * it changes. A failure (or a kill) before the journal is written leaves the registry as it was.
 */
export async function changeRegistry<T>(
  registryDir: string,
  options: ChangeRegistryOptions,
  plan: (ctx: TransactionContext) => Promise<PlannedRegistryChange<T>>,
): Promise<RegistryChangeResult<T>> {
  if (options.dryRun === true) {
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'packdex-dry-run-'));
    try {
      let n = 0;
      const planned = await plan({ stagingPath: (name) => path.join(scratch, `${n++}-${flatName(name)}`), tempDir: scratch });
      return { value: planned.value, written: [] };
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
  const atStep = options.atStep ?? (() => undefined);
  const made = await openFolder(registryDir, options.create === true);
  const txDir = path.join(registryDir, TX_DIR);
  let lock;
  try {
    lock = await acquireRegistryLock(registryDir, options);
  } catch (error) {
    if (made) await rmdir(registryDir).catch(() => undefined);
    throw error;
  }
  let committed = false;
  // A journal that cannot be completed is left as it is, for the next command and for a person.
  let recovered = false;
  const madeDirs: string[] = [];
  try {
    const report = { ...(await recoverRegistry(registryDir, atStep)), brokenLocks: lock.broken };
    recovered = true;
    if (report.brokenLocks.length > 0 || report.finished.length > 0 || report.removed.length > 0) options.onRecover?.(report);
    atStep('locked');
    let n = 0;
    // Files the plan builds (an archive) are staged where a dead process's leftovers are swept.
    // A scoped package's file name holds a '/': staged files sit flat in the staging folder.
    const ctx: TransactionContext = { stagingPath: (name) => path.join(txDir, `${n++}-s-${flatName(name)}`), tempDir: txDir };
    await mkdir(txDir, { recursive: true }).catch((cause: unknown) => {
      throw ioError('create the staging folder', txDir, cause);
    });
    const planned = await plan(ctx);
    atStep('planned');
    let journal: Journal;
    try {
      journal = await stageAndJournal(registryDir, planned, madeDirs);
    } catch (cause) {
      throw ioError('stage the change in', txDir, cause);
    }
    if (journal.steps.length === 0) return { value: planned.value, written: [] };
    atStep('staged');
    const journalFile = path.join(txDir, JOURNAL);
    try {
      const tmp = path.join(txDir, `${JOURNAL}.${randomBytes(4).toString('hex')}.tmp`);
      await writeSynced(tmp, `${JSON.stringify(journal, null, 2)}\n`);
      await rename(tmp, journalFile);
      await fsyncPath(txDir);
    } catch (cause) {
      throw ioError('write the change journal', journalFile, cause);
    }
    committed = true;
    atStep('journaled');
    let written: string[];
    try {
      written = await applyJournal(registryDir, journal, atStep, (k) => `applied-${k}`);
    } catch (cause) {
      // Past the journal the change is decided: the next command finishes it.
      throw ioError('apply the journaled change to', registryDir, cause);
    }
    atStep('synced');
    await unlink(journalFile);
    await fsyncPath(txDir);
    atStep('unjournaled');
    return { value: planned.value, written };
  } finally {
    // A decided change whose apply failed keeps its journal for the next command; anything else is swept.
    if (recovered && (!committed || !(await lstat(path.join(txDir, JOURNAL)).catch(() => undefined)))) {
      await rm(txDir, { recursive: true, force: true }).catch(() => undefined);
    }
    if (!committed) for (const dir of madeDirs) await rmdir(dir).catch(() => undefined);
    await lock.release();
    if (made && !committed) await rmdir(registryDir).catch(() => undefined);
  }
}
