import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAnswer as renderConsole } from '../../src/adapters/cli/render.js';
import { renderAnswer as renderDiscord } from '../../src/adapters/discord/render.js';
import { renderAnswer as renderSlack } from '../../src/adapters/slack/render.js';
import type { SearchAnswer } from '../../src/answers.js';
import { packageRoot } from '../../src/paths.js';
import { loadQuestions } from '../../bench/quality.js';
import { realService } from '../helpers.js';
import { visibleText } from '../adapters/discord/harness.js';
import { blockText } from '../adapters/slack/harness.js';

// Quality round 106 (docs/search-quality.md): chit-chat that names one of the report's topics was answered as a search — a question
// about who makes or runs the bot, what it does with the asker's words, the bot's feelings, praise of it, a steer of the
// talk, a judgement of its last answer, thanks or a sign-off with what it was for.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('chit-chat said to the bot gets the pointer to help though it names a topic (round 106)', () => {
  it.each([
    // Who makes, runs or pays for the bot: "you" the made thing, never anyone's "you".
    'are you run by the government?',
    'who made you, the police?',
    'are you funded by the Kazakh government',
    'who programmed you and do they work for the state department?',
    // What the bot is doing now, or does with the asker's words.
    'are you spying on me for the police',
    'are you biased against the government?',
    'do you report my questions to the police?',
    // Its feelings, praise of it, steering the talk.
    'do you enjoy reading about human rights?',
    'what a clever little program you are, knowing all about the courts',
    'can we just chat about something other than human rights?',
    // A judgement of its last answer, stated.
    'that answer on prison conditions was not helpful at all',
    'your answers about journalists are very one-sided',
    // Thanks and leave-taking with what they were for.
    "that's all for today, thanks for the chat about the courts",
    'thank you kindly, that was most helpful about the prisons',
    "bye for now, I'll ask you more about the prisons tomorrow",
  ])('“%s”', (chat) => {
    expect(search(chat)).toMatchObject({ kind: 'search', smallTalk: true, covered: false, hits: [] });
  });
});

describe('a real question beside the same words is still answered (round 106)', () => {
  it.each([
    // After thanks, a greeting, a reaction or a sign-off.
    ['thank you kindly — and how many women died as a result of domestic violence?', '36 women died'],
    ['thanks, and do police intervene in family disputes?', 'Police intervened in family disputes'],
    ["that's not what I asked: how long is the sentence for rape?", 'three to 15 years'],
    ['goodbye soon, but first: how many jurors sit on a jury trial?', '10 jurors'],
    ['thanks so much! and was anyone jailed for calling a strike?', 'labor strike'],
    ['great answer on prison conditions, thanks — are men and women held separately?', 'men and women were held separately'],
    // An impersonal "you", and "who made" of something else.
    ['are you allowed to be gay there?', 'same-sex'],
    ['who made the complaints of torture to the ombudsman?', 'ombudsman'],
    ['can you be arrested for protesting', 'arrest'],
  ])('answers “%s”', (question, words) => {
    const answer = search(question);
    expect(answer.smallTalk).toBe(false);
    expect(answer.covered).toBe(true);
    expect(answer.hits.slice(0, 3).map((h) => h.text).join(' ')).toContain(words);
  });
});

describe('what the console, Discord and Slack show for such chit-chat (round 106)', () => {
  const chat = 'are you run by the government?';
  it('shows the one-line pointer to help, not a refusal nor passages', () => {
    const answer = search(chat);
    const console = renderConsole(answer, { width: 80, color: false });
    expect(console).toMatch(/^Hi! I answer questions about .*type help/);
    const discord = visibleText(renderDiscord(answer, { visibility: 'public', buttonId: () => 'id' }));
    const slackMessage = renderSlack(answer, { audience: 'ephemeral' });
    const slack = `${blockText(slackMessage)}\n${slackMessage.text}`;
    for (const shown of [console, discord, slack]) {
      expect(shown).toContain('Hi! I answer questions about');
      expect(shown).not.toMatch(/doesn't seem to cover/);
    }
    expect(discord).toContain('/hr help');
    expect(slack).toContain('/hr help');
  });
});

describe('the probe file (round 106)', () => {
  it('gives no off-topic chit-chat line a covered answer and refuses no more in-scope twins than main did', () => {
    const questions = loadQuestions(join(packageRoot(), 'bench', 'questions', 'chit-probes-1.jsonl'));
    const answered = questions.filter((q) => q.kind === 'offtopic' && search(q.query).covered).map((q) => q.id);
    const refused = questions.filter((q) => q.kind !== 'offtopic' && !search(q.query).covered).map((q) => q.id);
    expect(answered.length).toBeLessThanOrEqual(2);
    expect(refused.length).toBeLessThanOrEqual(6);
  });
});
