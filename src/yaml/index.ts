// One YAML reader for config and prompt files: parse (js-yaml's event parser), locate lazily,
// and turn zod issues into file:line errors.
export { parseYaml, type UserErrorType, type YamlOptions, type YamlSource } from './read.js';
export { validateYaml, type ValidationTarget } from './issues.js';
