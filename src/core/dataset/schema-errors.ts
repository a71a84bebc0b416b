// Turns JSON Schema validation errors into short messages, each with the path of the offending value.
import { Validator, type OutputUnit } from '@cfworker/json-schema';

export interface SchemaError {
  /** Path segments inside the validated value, e.g. ['subject', 'name']. */
  path: (string | number)[];
  message: string;
  /** Unknown properties do not stop a fact from loading. */
  unknownProperty: boolean;
}

/** Keywords that only wrap the errors of their subschemas. */
const WRAPPERS = new Set(['properties', 'items', '$ref', 'allOf', 'if', 'then', 'false', 'prefixItems', 'contains']);

function pathOf(instanceLocation: string): (string | number)[] {
  return instanceLocation
    .replace(/^#\/?/, '')
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

type SchemaNode = Record<string, unknown>;

/** The schema object a keyword location (`#/$ref/properties/date/$ref/pattern`) ends in, following each `$ref` to its
 * definition in the same schema. */
function schemaAt(root: SchemaNode, keywordLocation: string): SchemaNode | undefined {
  let node: unknown = root;
  for (const segment of pathOf(keywordLocation)) {
    if (typeof node !== 'object' || node === null) return undefined;
    const here = node as SchemaNode;
    if (segment === '$ref' && typeof here.$ref === 'string' && here.$ref.startsWith('#/')) {
      node = here.$ref.slice(2).split('/').reduce<unknown>((at, name) => (typeof at === 'object' && at !== null ? (at as SchemaNode)[name] : undefined), root);
    } else node = here[segment];
  }
  return typeof node === 'object' && node !== null ? (node as SchemaNode) : undefined;
}

/** The form a pattern stands for: its schema's description, else the pattern itself. */
function formOf(error: OutputUnit, root: SchemaNode | undefined): string {
  const schema = root ? schemaAt(root, error.keywordLocation.replace(/\/pattern$/, '')) : undefined;
  if (typeof schema?.description === 'string') return `: ${schema.description.replace(/\.$/, '')}`;
  return typeof schema?.pattern === 'string' ? ` (${schema.pattern})` : '';
}

function describe(error: OutputUnit, root: SchemaNode | undefined): string {
  const quoted = /"([^"]+)"/.exec(error.error)?.[1];
  switch (error.keyword) {
    case 'required':
      return `missing required property "${quoted ?? '?'}"`;
    case 'additionalProperties':
      return `unknown property "${quoted ?? '?'}" (ignored)`;
    case 'type': {
      const [actual, expected] = [...error.error.matchAll(/"([^"]+)"/g)].map((match) => match[1]);
      return `wrong type: expected ${expected ?? '?'}, found ${actual ?? '?'}`;
    }
    case 'pattern':
      return `value does not have the expected form${formOf(error, root)}`;
    case 'enum': {
      // The validator lists them: `Instance does not match any of ["in-force","rescinded"].`
      const allowed = /any of (\[.*\])\.?$/.exec(error.error)?.[1];
      let values: unknown;
      try {
        values = allowed ? JSON.parse(allowed) : undefined;
      } catch {
        values = undefined;
      }
      return `value is not one of the allowed values${Array.isArray(values) ? `: ${values.join(', ')}` : ''}`;
    }
    default:
      return error.error.replace(/^Instance /, 'value ').replace(/^Array /, 'list ').replace(/\.$/, '');
  }
}

/** `root`: the schema the errors came from, so a pattern's error can say the form it wants. */
function schemaErrors(errors: readonly OutputUnit[], root: object): SchemaError[] {
  const seen = new Set<string>();
  const result: SchemaError[] = [];
  for (const error of errors) {
    if (WRAPPERS.has(error.keyword)) continue;
    const path = pathOf(error.instanceLocation);
    // YAML reads `date: 2022` as a number; say how to write it.
    const message = describe(error, root as SchemaNode) + (error.keyword === 'type' && path.at(-1) === 'date' ? ' (write dates in quotes, e.g. "2022")' : '');
    const key = `${path.join('/')}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ path, message, unknownProperty: error.keyword === 'additionalProperties' });
  }
  return result;
}

/** A validator for one schema that answers with short, located messages. Built on first use: building one reads the
 * whole schema, and a check with only the compiled bundled dataset validates nothing. */
export function schemaChecker(root: object): (value: unknown) => SchemaError[] {
  let validator: Validator | undefined;
  return (value) => schemaErrors((validator ??= new Validator(root, '2020-12', false)).validate(value).errors, root);
}
