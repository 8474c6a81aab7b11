/**
 * The compute outline's shape, shared by the discovery (which runs in the lazily loaded Python
 * reader, see python-libraries.ts) and by what reads or writes outlines in the main bundle.
 */

export type ComputeType = 'process' | 'step';

/** What the outline says of a value the source does not state as a literal. */
export const DYNAMIC = 'dynamic';

/** One Process or Step class, as the registry's compute outline describes it. */
export interface ComputeOutline {
  /** The module's full dotted path, nested packages kept (`pbg_cobra.processes.fba`). */
  module: string;
  name: string;
  compute_type: ComputeType;
  /** The first line of the class's docstring. */
  description?: string;
  /** The ports' schemas and the config schema, as JSON text; `dynamic` when the source does not state them as literals. */
  inputs: string;
  outputs: string;
  config_schema: string;
  /** Where the class is declared, for annotations. */
  file: string;
  line: number;
}
