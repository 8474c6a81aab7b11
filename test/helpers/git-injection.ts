import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Values shaped to make git run a command or write a file if they ever reach it as an option or
 * a transport: the issue's `--upload-pack`, ssh's command through config, an output file, the
 * `ext::` transport. Each would create a file named PWNED in git's working folder.
 */
export const HOSTILE_REFS = ['--upload-pack=touch PWNED;git-upload-pack', '-c core.sshCommand=touch PWNED', '--output=PWNED', '-oProxyCommand=touch PWNED'];
export const HOSTILE_URLS = ['--upload-pack=touch PWNED;git-upload-pack', '-c core.sshCommand=touch PWNED', 'ext::sh -c touch% PWNED', 'ssh://-oProxyCommand=touch%20PWNED/x.git', 'fd::0'];

/**
 * Every PWNED file in these folders (give each run its own TMPDIR and list it here: git runs in
 * temporary clones) and a few levels below them, and in the test's own working folder.
 */
export function pwnedFiles(dirs: readonly string[]): string[] {
  const found: string[] = [];
  const look = (dir: string, depth: number): void => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.name === 'PWNED') found.push(p);
      else if (entry.isDirectory() && depth > 0 && entry.name !== 'node_modules' && entry.name !== '.git') look(p, depth - 1);
    }
  };
  for (const dir of new Set([...dirs, process.cwd()])) look(dir, dir === process.cwd() ? 0 : 5);
  return found;
}
