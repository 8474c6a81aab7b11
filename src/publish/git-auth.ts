/**
 * Credentials for git over HTTPS the way actions/checkout passes them: an Authorization header
 * scoped to the server's URL. They travel in GIT_CONFIG_* environment variables, so the token is
 * never in argv (visible in `ps`), in a URL, or in any .git/config on disk.
 */
export function gitAuthEnv(serverUrl: string, token: string | undefined): NodeJS.ProcessEnv {
  if (token === undefined || token === '') return {};
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
  const scope = `${new URL(serverUrl).origin}/`;
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${scope}.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
  };
}
