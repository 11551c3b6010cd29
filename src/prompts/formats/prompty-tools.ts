import * as z from 'zod';
import type { ToolDefinition } from '../model.js';
import { readLinkedFile } from './linked-files.js';
import { functionTool, properties, PropertyList } from './prompty-properties.js';
import type { PromptSource } from './types.js';
import { parseYaml, validateYaml, type YamlSource } from '../../yaml/index.js';

/** A Prompty tool (spec §2.9): `function`, `mcp`, `openapi`, or any other kind (custom). */
const Tool = z.looseObject({
  name: z.string().min(1),
  kind: z.string().min(1),
  description: z.string().optional(),
  strict: z.boolean().optional(),
  bindings: z.record(z.string(), z.unknown()).optional(),
  // A list of properties, or `{properties: [...]}` as the spec's bindings example writes it.
  parameters: z.union([PropertyList, z.looseObject({ properties: PropertyList })]).optional(),
  specification: z.string().optional(),
});

export const ToolList = z.array(Tool);

const OPENAPI_HINT = 'Prompty projects each operation of an OpenAPI document as a function: https://github.com/microsoft/prompty/blob/main/spec/spec.md#713-tool-conversion';

/**
 * The functions a prompt offers the model, as Prompty projects its tools (spec §7.1.3):
 * a `function` tool is one function; an `openapi` tool is one function per operation of its
 * specification, read from the repository. An `mcp` tool needs its server contacted, and a
 * custom kind a handler registered in the host program; promptgate does neither for a file
 * from a pull request, so those are read but offered to the model as nothing.
 */
export async function promptyTools(tools: z.infer<typeof ToolList>, yaml: YamlSource, source: PromptSource): Promise<ToolDefinition[]> {
  const out: ToolDefinition[] = [];
  for (const [i, tool] of tools.entries()) {
    const kind = tool.kind.toLowerCase();
    if (kind === 'function') {
      const written = tool.parameters;
      const params = written && !Array.isArray(written) && 'properties' in written && Array.isArray(written.properties) ? written.properties : written;
      out.push(functionTool({ ...tool, parameters: properties(params as z.infer<typeof PropertyList> | undefined) }));
    } else if (kind === 'openapi' && tool.specification !== undefined) {
      out.push(...(await openApiFunctions(tool.specification, ['tools', i, 'specification'], yaml, source)));
    }
  }
  return out;
}

const Operation = z.looseObject({
  operationId: z.string().optional(),
  summary: z.string().optional(),
  description: z.string().optional(),
  parameters: z.array(z.looseObject({ name: z.string(), in: z.string().optional(), required: z.boolean().optional(), description: z.string().optional(), schema: z.unknown().optional() })).optional(),
  requestBody: z.looseObject({ content: z.record(z.string(), z.looseObject({ schema: z.unknown().optional() })).optional() }).optional(),
});

const OpenApiDocument = z.looseObject({ paths: z.record(z.string(), z.record(z.string(), z.unknown())).optional() });

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

async function openApiFunctions(link: string, path: PropertyKey[], yaml: YamlSource, source: PromptSource): Promise<ToolDefinition[]> {
  const { path: specPath, text } = await readLinkedFile(source, link, yaml.locate(path), 'the OpenAPI specification');
  const spec = parseYaml(text, { file: specPath, hint: OPENAPI_HINT });
  const document = validateYaml(OpenApiDocument, spec, OPENAPI_HINT);
  const functions: ToolDefinition[] = [];
  for (const [route, methods] of Object.entries(document.paths ?? {})) {
    for (const [method, written] of Object.entries(methods)) {
      if (!METHODS.has(method)) continue;
      const operation = validateYaml(Operation, spec, OPENAPI_HINT, { path: ['paths', route, method], value: written });
      functions.push(operationFunction(operation, method, route));
    }
  }
  return functions;
}

/** One operation as a function: its parameters and JSON request body as the arguments. */
function operationFunction(operation: z.infer<typeof Operation>, method: string, route: string): ToolDefinition {
  const props: Record<string, unknown> = {};
  const required: string[] = [];
  for (const param of operation.parameters ?? []) {
    props[param.name] = { ...(isRecord(param.schema) ? param.schema : {}), ...(param.description ? { description: param.description } : {}) };
    if (param.required) required.push(param.name);
  }
  const body = operation.requestBody?.content?.['application/json']?.schema;
  if (isRecord(body)) {
    props.body = body;
    required.push('body');
  }
  const name = operation.operationId ?? `${method}_${route}`.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64);
  const description = operation.summary ?? operation.description;
  return { name, ...(description ? { description } : {}), parameters: { type: 'object', properties: props, ...(required.length ? { required } : {}) } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
