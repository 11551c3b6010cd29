import * as z from 'zod';
import { configSchema } from './schema.js';

/** JSON Schema of `promptgate.yml` as users write it (the input side of the zod schema). */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://promptgate.dev/schema/promptgate.schema.json',
    title: 'promptgate.yml',
    description: 'Configuration of promptgate, CI for LLM prompts.',
  };
}
