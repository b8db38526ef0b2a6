/** What the Prometheus registry records through the narrow `Metrics` interface adapters call. */
import { describe, expect, it } from 'vitest';
import { errorAnswer } from '../../src/answers.js';
import { PostError, type FactPoster } from '../../src/daily/contract.js';
import { countingPosts, invocationLabel } from '../../src/metrics.js';
import { createPrometheusMetrics } from '../../src/ops/prometheus.js';
import { realService } from '../helpers.js';

function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : Number.NaN;
}

describe('requests', () => {
  it('counts requests by platform and command and times the answers', async () => {
    const p = createPrometheusMetrics();
    const answer = realService().search('jury size');
    p.metrics.request('slack', 'search').answered(answer);
    p.metrics.request('slack', 'search').answered(answer);
    p.metrics.request('discord', 'section').failed();
    const text = await p.text();
    expect(sample(text, 'hr_requests_total{platform="slack",command="search"}')).toBe(2);
    expect(sample(text, 'hr_answer_duration_seconds_count{platform="slack",command="search"}')).toBe(2);
    expect(sample(text, 'hr_requests_total{platform="discord",command="section"}')).toBe(1);
    expect(sample(text, 'hr_errors_total{platform="discord",command="section"}')).toBe(1);
  });

  it('counts rate-limited requests and answers the report does not cover', async () => {
    const p = createPrometheusMetrics();
    const search = realService().search('jury size');
    if (search.kind !== 'search') throw new Error('expected a search answer');
    const offTopic = realService().search('chocolate cake recipe');
    if (offTopic.kind !== 'search' || offTopic.covered || offTopic.hits.length === 0) throw new Error('expected closest passages for an off-topic question');
    p.metrics.request('discord', 'search').answered(offTopic);
    p.metrics.request('discord', 'search').answered(realService().search('best pizza in naples'));
    // A greeting is pointed to help; it is not a question the report failed to answer.
    const hello = realService().search('hello');
    p.metrics.request('discord', 'search').answered(hello);
    p.metrics.request('discord', 'search').answered(errorAnswer('rate-limited', 'slow down'));
    p.metrics.request('discord', 'search').answered(search);
    const text = await p.text();
    expect(sample(text, 'hr_not_covered_answers_total{platform="discord"}')).toBe(2);
    expect(sample(text, 'hr_rate_limited_requests_total{platform="discord"}')).toBe(1);
    expect(sample(text, 'hr_not_covered_answers_total{platform="slack"}')).toBe(0);
  });

  it('labels free text by what it parses to, so no query ever becomes a label', () => {
    expect(invocationLabel('how long can police hold a detainee')).toBe('search');
    expect(invocationLabel('section 2a page 2')).toBe('section');
    expect(invocationLabel('/hr daily on 08:30 Europe/Paris')).toBe('daily');
    expect(invocationLabel('')).toBe('help');
  });
});

describe('daily posts and reconnects', () => {
  it('counts each daily post by outcome and passes errors through unchanged', async () => {
    const p = createPrometheusMetrics();
    const failures = [undefined, new PostError('429', true), new PostError('gone', false), new Error('socket hang up')];
    const poster: FactPoster = {
      platform: 'slack',
      async post() {
        const failure = failures.shift();
        if (failure) throw failure;
      },
    };
    const counted = countingPosts(poster, p.metrics);
    const fact = realService().fact();
    if (fact.kind !== 'fact') throw new Error('expected a fact');
    await counted.post('C1', fact);
    for (let i = 0; i < 3; i++) await expect(counted.post('C1', fact)).rejects.toThrow();
    p.metrics.gatewayReconnect('discord');
    const text = await p.text();
    for (const outcome of ['posted', 'retrying', 'failed', 'uncertain']) {
      expect(sample(text, `hr_daily_posts_total{platform="slack",outcome="${outcome}"}`), outcome).toBe(1);
    }
    expect(sample(text, 'hr_gateway_reconnects_total{platform="discord"}')).toBe(1);
  });

  it('names every metric hr_, with the default process metrics among them', async () => {
    const text = await createPrometheusMetrics().text();
    const names = text.split('\n').filter((l) => l.startsWith('# TYPE ')).map((l) => l.split(' ')[2]!);
    expect(names).toContain('hr_process_cpu_seconds_total');
    for (const name of names) expect(name).toMatch(/^hr_[a-z0-9_]+$/);
  });
});
