// Lists the files of src/ over 250 lines and the functions over 60 lines (the house limits in
// the README's Development section), longest first, so a review can see what grew past them.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const FILE_LINES = 250;
const FUNCTION_LINES = 60;

const files = execFileSync('git', ['ls-files', 'src'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
const longFiles = [];
const longFunctions = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n').length - 1;
  if (lines > FILE_LINES) longFiles.push({ lines, where: file });
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lineOf = (pos) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const length = lineOf(node.end) - lineOf(node.getStart()) + 1;
      if (length > FUNCTION_LINES) longFunctions.push({ lines: length, where: `${file}:${lineOf(node.getStart())} ${nameOf(node)}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

function nameOf(node) {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText();
  return '(anonymous)';
}

const print = (title, rows) => {
  console.log(`${title}: ${rows.length}`);
  for (const row of rows.sort((a, b) => b.lines - a.lines)) console.log(`  ${String(row.lines).padStart(4)}  ${row.where}`);
};
print(`files over ${FILE_LINES} lines`, longFiles);
print(`functions over ${FUNCTION_LINES} lines`, longFunctions);
