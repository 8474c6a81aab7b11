// Renders action.yml's inputs and outputs as the README's tables, between the markers
// <!-- action-docs:start --> and <!-- action-docs:end -->. `--check` fails when the README drifts.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8'));
const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ').trim();

const lines = ['| Input | Description | Default |', '| --- | --- | --- |'];
for (const [name, input] of Object.entries(action.inputs ?? {})) {
  lines.push(`| \`${name}\` | ${cell(input.description)} | ${input.default === undefined || input.default === '' ? '' : `\`${cell(input.default)}\``} |`);
}
lines.push('', '| Output | Description |', '| --- | --- |');
for (const [name, output] of Object.entries(action.outputs ?? {})) lines.push(`| \`${name}\` | ${cell(output.description)} |`);
const block = `<!-- action-docs:start -->\n${lines.join('\n')}\n<!-- action-docs:end -->`;

const readmePath = path.join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const updated = readme.replace(/<!-- action-docs:start -->[\s\S]*<!-- action-docs:end -->/, block);
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md\'s action tables differ from action.yml: run `npm run action-docs`.');
    process.exit(1);
  }
} else {
  writeFileSync(readmePath, updated);
}
