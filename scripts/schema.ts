// Writes schema/promptgate.schema.json from the zod schema, for editor autocompletion.
import { writeFileSync } from 'node:fs';
import { configJsonSchema } from '../src/config/json-schema.js';

writeFileSync('schema/promptgate.schema.json', JSON.stringify(configJsonSchema(), null, 2) + '\n');
console.log('wrote schema/promptgate.schema.json');
