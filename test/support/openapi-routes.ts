/**
 * The (method, path) operations of GitHub's published REST description
 * (`@octokit/openapi`, `generated/api.github.com.json`), so the fake GitHub can refuse any
 * endpoint GitHub does not document.
 *
 * The description is 13 MB; parsing it costs ~0.5 s. The derived route list (~1,200 small
 * entries) is kept in memory for the process and written once to
 * `node_modules/.cache/promptgate/`, keyed by the package version, so later test processes
 * skip the parse.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One documented operation. */
export interface DocumentedRoute {
  method: HttpMethod;
  /** The templated path exactly as documented, e.g. `/repos/{owner}/{repo}/pulls/{pull_number}`. */
  path: string;
  operationId: string;
  /** The operation's page on docs.github.com, as GitHub puts in `documentation_url`. */
  documentationUrl: string;
  /** Path parameters marked `x-multi-segment` (they may contain `/`, e.g. a contents path or a ref). */
  multiSegment: string[];
}

export interface RouteMatch {
  route: DocumentedRoute;
  /** Decoded path parameters. */
  params: Record<string, string>;
  /** Segments of the template with no parameter: the more, the more specific the match. */
  literalSegments: number;
}

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
// Resolved like an import (not from this file's location), so a bundled copy of this module finds it too.
const packageDir = dirname(createRequire(import.meta.url).resolve('@octokit/openapi/package.json'));
const descriptionFile = join(packageDir, 'generated', 'api.github.com.json');
const cacheDir = join(packageDir, '..', '..', '.cache', 'promptgate');

let cached: DocumentedRoute[] | undefined;

/** Every operation in GitHub's REST description, parsed once per process (and cached on disk). */
export function documentedRoutes(): DocumentedRoute[] {
  if (cached) return cached;
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const cacheFile = join(cacheDir, `openapi-routes-v1-${version}.json`);
  try {
    cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as DocumentedRoute[];
    if (Array.isArray(cached) && cached.length > 0) return cached;
  } catch {
    // No cache yet, or a damaged one: derive it again below.
  }
  cached = deriveRoutes(JSON.parse(readFileSync(descriptionFile, 'utf8')) as OpenApiDocument);
  // Written to a unique name and renamed, so test processes running in parallel never read half a file.
  mkdirSync(dirname(cacheFile), { recursive: true });
  const temp = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(cached));
  renameSync(temp, cacheFile);
  return cached;
}

interface OpenApiParameter {
  name?: string;
  in?: string;
  $ref?: string;
  'x-multi-segment'?: boolean;
}
interface OpenApiOperation {
  operationId?: string;
  parameters?: OpenApiParameter[];
  externalDocs?: { url?: string };
}
interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation | OpenApiParameter[]>>;
  components: { parameters: Record<string, OpenApiParameter> };
}

function deriveRoutes(doc: OpenApiDocument): DocumentedRoute[] {
  const resolve = (p: OpenApiParameter): OpenApiParameter =>
    p.$ref ? (doc.components.parameters[p.$ref.replace('#/components/parameters/', '')] ?? p) : p;
  const routes: DocumentedRoute[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const shared = Array.isArray(item['parameters']) ? item['parameters'] : [];
    for (const method of METHODS) {
      const op = item[method.toLowerCase()] as OpenApiOperation | undefined;
      if (!op) continue;
      const params = [...shared, ...(op.parameters ?? [])].map(resolve);
      routes.push({
        method,
        path,
        operationId: op.operationId ?? `${method} ${path}`,
        documentationUrl: op.externalDocs?.url ?? 'https://docs.github.com/rest',
        multiSegment: params.filter((p) => p.in === 'path' && p['x-multi-segment'] && p.name).map((p) => p.name!),
      });
    }
  }
  return routes;
}

interface CompiledRoute {
  route: DocumentedRoute;
  regex: RegExp;
  names: string[];
  literalSegments: number;
}

/** Matches request paths against templated paths, the way GitHub's router resolves them. */
export class RouteTable {
  private readonly byMethod = new Map<string, CompiledRoute[]>();
  private readonly byKey = new Map<string, DocumentedRoute>();

  constructor(routes: DocumentedRoute[] = documentedRoutes()) {
    for (const route of routes) {
      const list = this.byMethod.get(route.method) ?? [];
      list.push(compile(route));
      this.byMethod.set(route.method, list);
      this.byKey.set(`${route.method} ${route.path}`, route);
    }
  }

  /** The documented operation with exactly this method and templated path, if any. */
  find(method: string, template: string): DocumentedRoute | undefined {
    return this.byKey.get(`${method.toUpperCase()} ${template}`);
  }

  /**
   * Every documented operation a concrete request path matches, most specific first
   * (most literal segments, so `/commits/{ref}/check-runs` beats `/commits/{commit_sha}`
   * whose sha may span segments).
   */
  match(method: string, pathname: string): RouteMatch[] {
    const found: RouteMatch[] = [];
    for (const compiled of this.byMethod.get(method.toUpperCase()) ?? []) {
      const m = compiled.regex.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      compiled.names.forEach((name, i) => {
        params[name] = safeDecode(m[i + 1] ?? '');
      });
      found.push({ route: compiled.route, params, literalSegments: compiled.literalSegments });
    }
    return found.sort((a, b) => b.literalSegments - a.literalSegments);
  }
}

function compile(route: DocumentedRoute): CompiledRoute {
  const names: string[] = [];
  let literalSegments = 0;
  const segments = route.path.split('/').slice(1).map((segment) => {
    if (!segment.includes('{')) {
      literalSegments += 1;
      return escapeRegex(segment);
    }
    // A segment may hold several parameters around literals, e.g. `{base}...{head}`.
    return segment
      .split(/(\{[^}]+\})/)
      .filter((part) => part !== '')
      .map((part) => {
        const name = /^\{([^}]+)\}$/.exec(part)?.[1];
        if (!name) return escapeRegex(part);
        names.push(name);
        return route.multiSegment.includes(name) ? '(.+?)' : '([^/]+?)';
      })
      .join('');
  });
  return { route, regex: new RegExp(`^/${segments.join('/')}$`), names, literalSegments };
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
