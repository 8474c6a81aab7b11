import type { ErrorObject } from 'ajv';
import * as generated from './schema-validators';

export type SchemaName = 'index-entry' | 'index' | 'pack' | 'registry' | 'package' | 'config' | 'lockfile' | 'receipt' | 'dbpm-receipt' | 'dbpm' | 'aam' | 'outline';

/** One schema violation, located by a JSON pointer into the checked document. */
export interface SchemaIssue {
  /** JSON pointer of the offending value (`""` for the root). */
  path: string;
  /** The JSON Schema keyword that failed, e.g. `required`, `pattern`, `additionalProperties`. */
  keyword: string;
  /** A sentence naming what is wrong and what was expected. */
  message: string;
}

interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * The schemas, compiled ahead of time by scripts/gen-validators.mjs (ajv's standalone code):
 * validating costs nothing at start-up, and the bundles carry no schema compiler.
 */
const VALIDATORS: Record<SchemaName, ValidateFunction> = {
  'index-entry': generated.validate_index_entry,
  index: generated.validate_index,
  pack: generated.validate_pack,
  registry: generated.validate_registry,
  package: generated.validate_package,
  config: generated.validate_config,
  lockfile: generated.validate_lockfile,
  receipt: generated.validate_receipt,
  'dbpm-receipt': generated.validate_dbpm_receipt,
  dbpm: generated.validate_dbpm,
  aam: generated.validate_aam,
  outline: generated.validate_outline,
};

function validators(): Record<SchemaName, ValidateFunction> {
  return VALIDATORS;
}

function describeError(error: ErrorObject): SchemaIssue {
  const params = error.params as Record<string, unknown>;
  let path = error.instancePath;
  let message: string;
  switch (error.keyword) {
    case 'additionalProperties':
      path = `${path}/${String(params.additionalProperty)}`;
      message = `unknown key '${String(params.additionalProperty)}'`;
      break;
    case 'required':
      path = `${path}/${String(params.missingProperty)}`;
      message = `required key '${String(params.missingProperty)}' is missing`;
      break;
    case 'dependentRequired':
      path = `${path}/${String(params.missingProperty)}`;
      message = `'${String(params.missingProperty)}' is required together with '${String(params.property)}'`;
      break;
    case 'pattern':
      message = `must match ${String(params.pattern)}`;
      break;
    case 'const':
      message = `must be ${JSON.stringify(params.allowedValue)}`;
      break;
    case 'enum':
      message = `must be one of ${JSON.stringify(params.allowedValues)}`;
      break;
    default:
      message = error.message ?? error.keyword;
  }
  return { path, keyword: error.keyword, message };
}

/** Validate `data` against one of packdex's schemas; an empty list means valid. */
export function validateSchema(name: SchemaName, data: unknown): SchemaIssue[] {
  const validate = validators()[name];
  if (validate(data)) return [];
  const issues = (validate.errors ?? [])
    // `if`/`oneOf` wrappers repeat what their branches already said.
    .filter((e) => e.keyword !== 'if' && e.keyword !== 'oneOf')
    .map(describeError);
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
