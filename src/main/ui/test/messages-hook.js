// Module resolve/load hook for the tests: 'bp-messages' → the properties bundle as a JS module.
import { readFileSync } from 'node:fs';
import { parseProperties } from '../src/common/properties.js';

const properties = new URL('../../resources/i18n/balance-point.properties', import.meta.url);

export async function resolve(specifier, context, next) {
  if (specifier === 'bp-messages') return { url: 'bp-messages:properties', shortCircuit: true };
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (url === 'bp-messages:properties') {
    const messages = parseProperties(readFileSync(properties, 'utf8'));
    return { format: 'module', source: `export default ${JSON.stringify(messages)};`, shortCircuit: true };
  }
  return next(url, context);
}
