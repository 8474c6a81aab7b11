import { createColors } from 'picocolors';
import type { CliIO } from './command';

export type Colours = ReturnType<typeof createColors>;

/**
 * Colour for one stream: FORCE_COLOR (not "0") turns it on, NO_COLOR (any non-empty value, per
 * no-color.org) turns it off, else only on a terminal, so pipes, files and CI logs get plain text.
 */
export function coloursFor(io: CliIO, stream: 'stdout' | 'stderr'): Colours {
  const force = io.env.FORCE_COLOR;
  let enabled: boolean;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') enabled = true;
  else if (force === '0' || force === 'false') enabled = false;
  else if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') enabled = false;
  else enabled = (stream === 'stdout' ? io.stdoutIsTTY : io.isTTY) === true;
  return createColors(enabled);
}
