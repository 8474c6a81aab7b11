import { execFileSync } from 'node:child_process';

/** Run git in `cwd` as a fixed author; its trimmed stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=author', '-c', 'user.email=author@example.com', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8').trim();
}

/** Make `dir` a repository whose one commit (on main) holds its files, tagged `tag`; the commit's SHA. */
export function commitAndTag(dir: string, message: string, tag: string): string {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', message);
  git(dir, 'tag', tag);
  return git(dir, 'rev-parse', 'HEAD');
}
