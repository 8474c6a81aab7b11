import type { ChecksumAlgorithm } from '../../checksum/parse-checksum';
import type { TreeEntry } from './registry-tree';

/**
 * One side of a registry change (the base or the head), as the verify rules read it: what a path
 * holds, and its bytes. The folder verify reads a checkout (listRegistryTree, then the files);
 * the git verify reads commits (`git diff --raw`, `git cat-file`). The rules are written once,
 * against this, so both modes judge a change by the same code.
 */
export interface RegistrySide {
  /** What the side holds at `rel` (never following a link), or undefined when it holds nothing there. */
  entry(rel: string): Promise<TreeEntry | undefined>;
  /** A regular file's text (callers check its size first: a document is never read past the limit). */
  readText(rel: string): Promise<string>;
  /** A regular file's digest (lowercase hex), streamed. */
  hash(rel: string, algorithm?: ChecksumAlgorithm): Promise<string>;
  /** Run `use` on a file on disk holding `rel`'s bytes (the checkout's own file, or a temporary copy of the blob). */
  withFile<T>(rel: string, use: (file: string) => Promise<T>): Promise<T>;
}

/** A path the change may have touched, with what each side holds there. */
export interface ChangedPath {
  rel: string;
  base?: TreeEntry;
  head?: TreeEntry;
}

export interface RegistryChange {
  head: RegistrySide;
  /** Undefined for a new registry. */
  base?: RegistrySide;
  /**
   * The paths to judge, sorted: in the folder mode every path of either tree (whether it changed
   * is found out by `same`, after the sizes are judged); in the git mode exactly the paths the
   * diff names. A path not listed holds the same thing on both sides.
   */
  paths: readonly ChangedPath[];
  /** Whether both sides hold the same regular file (the same bytes) at `rel`. */
  same(rel: string): Promise<boolean>;
  /**
   * Whether `paths` lists every path of both trees. When it does not (the git mode), a rule that
   * needs the documents of packages the change does not touch reads them by name, and asks for
   * `baseDocumentPaths` only when nothing less will do.
   */
  complete: boolean;
  /** Look up what both sides hold at `rels` at once, so that the `entry` calls that follow need no round trip each. */
  prefetch?(rels: readonly string[]): Promise<void>;
  /** Every package-document path of the base: the global view, for the rare rule that needs it. */
  baseDocumentPaths(): Promise<string[]>;
}
