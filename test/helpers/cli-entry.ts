// The CLI from source, as its own process: for tests whose environment must be set before Node
// starts (NODE_EXTRA_CA_CERTS for a throwaway CA is read only at startup).
import { runCli } from '../../src/cli/main';

runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
  now: () => new Date(),
  isTTY: false,
}).then((code) => {
  process.exitCode = code;
});
