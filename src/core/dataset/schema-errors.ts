// Turns JSON Schema validation errors into short messages, each with the path of the offending value.
import type { OutputUnit } from '@cfworker/json-schema';

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

function describe(error: OutputUnit): string {
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
      return 'value does not have the expected form';
    case 'enum':
      return 'value is not one of the allowed values';
    default:
      return error.error.replace(/^Instance /, 'value ').replace(/^Array /, 'list ').replace(/\.$/, '');
  }
}

export function schemaErrors(errors: readonly OutputUnit[]): SchemaError[] {
  const seen = new Set<string>();
  const result: SchemaError[] = [];
  for (const error of errors) {
    if (WRAPPERS.has(error.keyword)) continue;
    const path = pathOf(error.instanceLocation);
    // YAML reads `date: 2022` as a number; say how to write it.
    const message = describe(error) + (error.keyword === 'type' && path.at(-1) === 'date' ? ' (write dates in quotes, e.g. "2022")' : '');
    const key = `${path.join('/')}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ path, message, unknownProperty: error.keyword === 'additionalProperties' });
  }
  return result;
}
