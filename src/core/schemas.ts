import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import indexEntrySchema from '../../schemas/index-entry.schema.json' with { type: 'json' };
import indexSchema from '../../schemas/index.schema.json' with { type: 'json' };
import packSchema from '../../schemas/pack.schema.json' with { type: 'json' };
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import lockfileSchema from '../../schemas/lockfile.schema.json' with { type: 'json' };
import packageSchema from '../../schemas/package.schema.json' with { type: 'json' };
import registrySchema from '../../schemas/registry.schema.json' with { type: 'json' };

export type SchemaName = 'index-entry' | 'index' | 'pack' | 'registry' | 'package' | 'config' | 'lockfile';

/** One schema violation, located by a JSON pointer into the checked document. */
export interface SchemaIssue {
  /** JSON pointer of the offending value (`""` for the root). */
  path: string;
  /** The JSON Schema keyword that failed, e.g. `required`, `pattern`, `additionalProperties`. */
  keyword: string;
  /** A sentence naming what is wrong and what was expected. */
  message: string;
}

let compiled: Record<SchemaName, ValidateFunction> | undefined;

function validators(): Record<SchemaName, ValidateFunction> {
  // Compiled lazily: the CLI's fast verbs (checksum, --help) should not pay for ajv.
  if (compiled === undefined) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, discriminator: true });
    ajv.addSchema(indexEntrySchema);
    compiled = {
      'index-entry': ajv.getSchema(indexEntrySchema.$id) as ValidateFunction,
      index: ajv.compile(indexSchema),
      pack: ajv.compile(packSchema),
      registry: ajv.compile(registrySchema),
      package: ajv.compile(packageSchema),
      config: ajv.compile(configSchema),
      lockfile: ajv.compile(lockfileSchema),
    };
  }
  return compiled;
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
