/**
 * Every regular expression src/ uses, found two ways: the literals and `RegExp` calls in the source (TypeScript's parser), and
 * the patterns `new RegExp(...)` builds at run time (from word lists, report text, other patterns), captured by loading every
 * module, building the index of two reports and asking the service the repository's questions with the
 * `RegExp` constructor observed. Used by `regex-backtracking.test.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { packageRoot } from '../src/paths.js';

export interface Pattern {
  source: string;
  flags: string;
  /** Where it is written or built: `src/search/comparison.ts:26`. */
  sites: Set<string>;
}

/** A `RegExp` call in the source: built at run time, so only running it shows its pattern. */
export interface ConstructorSite {
  site: string;
  /** The call's first argument as written, to name it when it was never reached. */
  argument: string;
}

const ROOT = packageRoot();
const SRC = join(ROOT, 'src');

export function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const siteOf = (file: string, line: number) => `${relative(ROOT, file)}:${line}`;

/** The regex literals in src/ and the places that call `RegExp`. */
export function writtenPatterns(): { literals: Pattern[]; constructors: ConstructorSite[] } {
  const literals: Pattern[] = [];
  const constructors: ConstructorSite[] = [];
  for (const file of sourceFiles()) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const lineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = (node as ts.RegularExpressionLiteral).text;
        const end = text.lastIndexOf('/');
        literals.push({ source: text.slice(1, end), flags: text.slice(end + 1), sites: new Set([siteOf(file, lineOf(node))]) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') {
        constructors.push({ site: siteOf(file, lineOf(node)), argument: node.arguments?.[0]?.getText() ?? '' });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, constructors };
}

/** Entry points: importing them starts a process's work (a bot, a build, a registration, a worker). */
const ENTRY_POINTS = new Set(['src/main.ts', 'src/adapters/cli/bin.ts', 'src/adapters/discord/register.ts', 'src/search/build-script.ts', 'src/search/index-worker.ts']);

/**
 * The patterns built by `RegExp` calls in src/ while every module loads, two reports are indexed and `questions` are asked,
 * keyed by where the call is (the first src/ frame of its stack, which vitest maps back to the .ts line).
 */
export async function builtPatterns(questions: readonly string[]): Promise<Map<string, Pattern>> {
  const built = new Map<string, Pattern>();
  const Native = RegExp;
  const record = (args: unknown[]) => {
    // The frame that called the constructor (after this function and the proxy's trap): a pattern a library builds for
    // src/ (zod's) is the library's, not ours.
    const caller = new Error().stack?.split('\n')[3]?.trim() ?? '';
    const site = /\(?((?:file:\/\/)?\/[^()]*?):(\d+):\d+\)?$/.exec(caller);
    if (!site || !site[1]!.replace('file://', '').startsWith(SRC + '/')) return;
    const re = Reflect.construct(Native, args) as RegExp;
    const key = `${re.flags}/${re.source}`;
    const at = siteOf(site[1]!.replace('file://', ''), Number(site[2]));
    const pattern = built.get(key) ?? { source: re.source, flags: re.flags, sites: new Set<string>() };
    pattern.sites.add(at);
    built.set(key, pattern);
  };
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget) as object;
    },
    apply(target, self, args) {
      record(args);
      return Reflect.apply(target, self, args) as unknown;
    },
  });
  try {
    for (const file of sourceFiles()) if (!ENTRY_POINTS.has(relative(ROOT, file))) await import(pathToFileURL(file).href);
    const { readReportSources } = await import('../src/report/sources.js');
    const { buildIndex } = await import('../src/search/index-build.js');
    const { createQueryService } = await import('../src/search/service.js');
    const { defaultIndexDir } = await import('../src/paths.js');
    const index = buildIndex([...readReportSources(defaultIndexDir()), ...readReportSources(join(ROOT, 'tests', 'fixtures', 'atlantis'))]);
    const service = createQueryService(index);
    for (const q of questions) {
      service.search(q, { limit: 3 });
      service.section(q);
      service.suggest(q);
    }
    service.sections();
    service.fact();
  } finally {
    globalThis.RegExp = Native;
  }
  return built;
}

/** Every question of the repository's own sets (bench/questions/): varied wording reaches the patterns built per word. */
export function repositoryQuestions(every = 1): string[] {
  const dir = join(ROOT, 'bench', 'questions');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { query: string }).query))
    .filter((_, i) => i % every === 0);
}
