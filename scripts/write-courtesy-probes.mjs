// Writes bench/questions/courtesy-probes-1.jsonl (quality round 122, docs/search-quality.md): every question of the
// repository's own set (bench/questions/in-scope.jsonl and off-topic.jsonl) again, put as people put a question to a
// chat bot or write to a helpline — a greeting before it, thanks or a sign-off after it, or both — with frames chosen
// by a seeded generator, so the set is the same on every run. The gold and kind stay the question's own: a greeting
// or a signature changes neither what is asked nor whether the report answers it.
//   node scripts/write-courtesy-probes.mjs
/* global console */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'bench', 'questions');
const OPENINGS = [
  'Hi,', 'Hello!', 'hey there,', 'Good morning!', 'Dear team,', 'Dear Sir or Madam,', 'Hi all, I hope you are well.',
  'Hello, I hope this message finds you well.', 'Hi! Quick question:', 'hi', 'Hello there. Sorry to bother you.',
  'Good afternoon, I hope you are doing well.', 'Dear HR bot team, I hope all is well.', 'hey,', 'Greetings!',
];
const CLOSINGS = [
  'Thanks!', 'thank you', 'Thanks in advance.', 'Thank you for your help, Aigerim', 'Best regards, Tom Baker',
  'Kind regards, Dana', 'cheers', 'Many thanks.', 'Thanks a lot!', 'Thank you so much for any information.',
  'thx', 'Regards, Murat', 'Sincerely, Anna Petrova', 'Thanks for your time!', 'Much appreciated.',
];

// mulberry32: a small seeded generator, so the file is reproducible.
function generator(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(122);
const pick = (list) => list[Math.floor(random() * list.length)];

const rows = [];
for (const file of ['in-scope.jsonl', 'off-topic.jsonl']) {
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l.trim())) {
    const q = JSON.parse(line);
    const form = Math.floor(random() * 3); // 0: opening only, 1: closing only, 2: both
    const question = q.query.trim();
    const ends = /[?.!]$/.test(question) ? question : `${question}?`;
    const query = form === 0 ? `${pick(OPENINGS)} ${question}` : form === 1 ? `${ends} ${pick(CLOSINGS)}` : `${pick(OPENINGS)} ${ends} ${pick(CLOSINGS)}`;
    rows.push(JSON.stringify({ ...q, id: `ct1-${q.id}`, query }));
  }
}
writeFileSync(join(dir, 'courtesy-probes-1.jsonl'), rows.join('\n') + '\n');
console.log(`${rows.length} questions written`);
