import type { ErrorCode } from '../../errors';

/** One reason a registry change is refused, located for an annotation. */
export interface VerifyFinding {
  code: ErrorCode;
  /** Path relative to the registry root. */
  file: string;
  /** 1-based line in `file`, when the finding concerns a line. */
  line?: number;
  message: string;
  /** The offending value (a URL, a login, a path), when there is one. */
  value?: string;
  /** What to do about it. */
  fix?: string;
}

/**
 * The 1-based line of the first occurrence of `needle` in `text`, searching from the first
 * occurrence of `after` when given (a version's own block of a document); undefined when absent.
 */
export function lineOf(text: string, needle: string, after?: string): number | undefined {
  const from = after === undefined ? 0 : Math.max(0, text.indexOf(after));
  const at = text.indexOf(needle, from);
  return at === -1 ? undefined : text.slice(0, at).split('\n').length;
}
