/**
 * Reads the project's Dockerfile into stages and instructions, so tests can check its shape and
 * perform its steps without a Docker engine. Only the instructions the Dockerfile uses are known.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';

export type Instruction =
  | { op: 'RUN'; command: string }
  | { op: 'COPY'; from?: string; sources: string[]; dest: string }
  | { op: 'ENV'; vars: Record<string, string> }
  | { op: 'CMD'; argv: string[] }
  | { op: 'HEALTHCHECK'; argv: string[] }
  | { [Op in 'WORKDIR' | 'USER' | 'EXPOSE' | 'VOLUME']: { op: Op; value: string } }['WORKDIR' | 'USER' | 'EXPOSE' | 'VOLUME'];

export interface Stage {
  image: string;
  name?: string;
  instructions: Instruction[];
}

export const DOCKERFILE = join(packageRoot(), 'Dockerfile');

export function readDockerfile(file = DOCKERFILE): Stage[] {
  // Join continuation lines, drop comments and the parser directive.
  const lines = readFileSync(file, 'utf8').replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [op = '', ...rest] = line.split(/\s+/);
    const args = line.slice(op.length).trim();
    if (op === 'FROM') {
      const [image = '', as, name] = rest;
      stages.push({ image, ...(as?.toUpperCase() === 'AS' && name ? { name } : {}), instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`Dockerfile: ${op} before FROM`);
    stage.instructions.push(parseInstruction(op, args, rest));
  }
  return stages;
}

function parseInstruction(op: string, args: string, words: string[]): Instruction {
  switch (op) {
    case 'RUN':
      return { op, command: args };
    case 'COPY': {
      const flags = words.filter((w) => w.startsWith('--'));
      const paths = words.filter((w) => !w.startsWith('--'));
      const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
      return { op, ...(from ? { from } : {}), sources: paths.slice(0, -1), dest: paths.at(-1)! };
    }
    case 'ENV':
      return { op, vars: Object.fromEntries(words.map((w) => w.split('=') as [string, string])) };
    case 'CMD':
      return { op, argv: JSON.parse(args) as string[] };
    case 'HEALTHCHECK':
      return { op, argv: JSON.parse(args.slice(args.indexOf('CMD') + 3)) as string[] };
    case 'WORKDIR':
    case 'USER':
    case 'EXPOSE':
      return { op, value: args };
    case 'VOLUME':
      return { op, value: (JSON.parse(args) as string[]).join(' ') };
    default:
      throw new Error(`Dockerfile: ${op} is not understood by tests/production/dockerfile.ts`);
  }
}

export function only<T extends Instruction['op']>(stage: Stage, op: T): Array<Extract<Instruction, { op: T }>> {
  return stage.instructions.filter((i): i is Extract<Instruction, { op: T }> => i.op === op);
}
