import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { COMMANDS } from '../../src/cli/main';
import { cli } from '../helpers/cli';

const ROOT = path.join(import.meta.dirname, '..', '..');

/**
 * Words users must never meet: the design notes the code was written from are not shipped, so
 * a mention of them ("seed 000", "DESIGN.md") points at nothing. docs/ is the reference instead.
 */
const FORBIDDEN = /\bseeds?\b|DESIGN\.md/i;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && ext.test(d.name))
    .map((d) => path.relative(ROOT, path.join(d.parentPath, d.name)));
}

/** Lines of `text` that hold a forbidden word, as `where:line: text`. */
function offending(where: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => (FORBIDDEN.test(line) ? [`${where}:${i + 1}: ${line.trim()}`] : []));
}

/** Every string a source file holds (literals and template parts), which is what a user can see; comments are not. */
function stringsOf(file: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const out: { text: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      out.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('user-facing text speaks of docs/, never of seeds or DESIGN.md', () => {
  it('in the help of packdex and of every verb', async () => {
    const found: string[] = [];
    for (const args of [['--help'], ...COMMANDS.map((c) => [c.name, '--help'])]) {
      const run = await cli(args);
      assert.equal(run.code, 0, `${args.join(' ')}: ${run.stderr}`);
      found.push(...offending(`packdex ${args.join(' ')}`, run.stdout + run.stderr));
    }
    assert.ok(COMMANDS.length > 20);
    assert.deepEqual(found, []);
  });

  it('in every string of the sources (messages, fixes, help, page text)', () => {
    // page-assets.ts is generated from page/ (checked here as written) and the libraries it bundles
    // (marked, DOMPurify), whose own lists hold words such as SVG's "seed" attribute.
    const sources = [...files('src', /\.ts$/).filter((f) => f !== path.join('src', 'core', 'site', 'page-assets.ts')), ...files('page', /\.(ts|html|css)$/)];
    assert.ok(sources.length > 100);
    const found = sources.flatMap((file) =>
      file.endsWith('.ts') ? stringsOf(file).flatMap((s) => offending(`${file}:${s.line}`, s.text)) : offending(file, readFileSync(path.join(ROOT, file), 'utf8')),
    );
    assert.deepEqual(found, []);
  });

  it('in the README, action.yml, the schemas, the examples and docs/', () => {
    const texts = [
      'README.md',
      'action.yml',
      ...files('schemas', /\.json$/),
      ...files('examples', /./),
      // benchmarks.md's "fixed seed" is the random generator's, not a design note.
      ...files('docs', /\.md$/).filter((f) => !f.startsWith('docs/benchmarks.')),
    ];
    assert.ok(texts.includes('docs/checksum.md'));
    assert.deepEqual(texts.flatMap((f) => offending(f, readFileSync(path.join(ROOT, f), 'utf8'))), []);
  });

  it('and every docs/ link in help texts and errors names a page that exists', () => {
    const linked = new Set<string>();
    for (const file of files('src', /\.ts$/)) {
      for (const s of stringsOf(file)) for (const m of s.text.matchAll(/docs\/([a-z-]+\.md)/g)) linked.add(m[1]!);
    }
    const pages = new Set(readdirSync(path.join(ROOT, 'docs')));
    assert.ok(linked.size > 0);
    for (const page of linked) assert.ok(pages.has(page), `docs/${page} is linked but does not exist`);
  });
});
