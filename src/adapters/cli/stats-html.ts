/**
 * `hr stats --html FILE`: the figures as one self-contained page (inline CSS and SVG, no script, no
 * external asset) a maintainer opens in a browser. Every piece of text is escaped: comments are what
 * users typed, and even citations and channel ids are treated as untrusted. Words, not emoji, label
 * the votes: a server's browser may have no emoji font.
 */
import type { FeedbackStats } from '../../feedback/stats.js';

const COLORS = { discord: '#5865f2', slack: '#2eb67d', up: '#2f855a', down: '#c53030', bar: '#2b6cb0' } as const;

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const esc = escapeHtml;

export function renderStatsHtml(stats: FeedbackStats): string {
  const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>hr-bot usage ${esc(stats.since)} to ${esc(stats.until)}</title>
<style>
  body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a202c; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
  h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #e2e8f0; padding-bottom: .2rem; }
  .sub { color: #4a5568; margin-top: 0; }
  .cards { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; }
  .card { border: 1px solid #e2e8f0; border-radius: .5rem; padding: .6rem .9rem; min-width: 9rem; }
  .card b { display: block; font-size: 1.4rem; }
  .card span { color: #4a5568; font-size: .85rem; }
  table { border-collapse: collapse; width: 100%; font-size: .9rem; }
  th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #edf2f7; vertical-align: top; }
  th { color: #4a5568; font-weight: 600; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
  .legend span { display: inline-block; margin-right: 1rem; font-size: .85rem; }
  .legend i { display: inline-block; width: .8rem; height: .8rem; margin-right: .3rem; vertical-align: -.1rem; border-radius: 2px; }
  .comment { white-space: pre-wrap; overflow-wrap: anywhere; }
  .muted { color: #718096; }
  svg { display: block; max-width: 100%; height: auto; }
</style>
</head>
<body>
<h1>hr-bot usage</h1>
<p class="sub">${esc(stats.since)} to ${esc(stats.until)} (UTC). No user ids are stored; queries only when the operator set LOG_QUERIES=true.</p>
<div class="cards">
  ${card(String(stats.answers.total), 'answers shown')}
  ${card(String(stats.searches.total), 'searches')}
  ${card(pct(stats.searches.notCoveredRate), '“not covered” searches')}
  ${card(`${stats.votes.up} / ${stats.votes.down}`, 'helpful / not helpful votes')}
  ${card(pct(stats.votes.upRate), 'of votes say helpful')}
</div>

<h2>Answers per day</h2>
<div class="legend"><span><i style="background:${COLORS.discord}"></i>Discord (${stats.answers.byPlatform.discord})</span><span><i style="background:${COLORS.slack}"></i>Slack (${stats.answers.byPlatform.slack})</span></div>
${stackedBars('answers-per-day', 'Answers per day', stats.answers.byDay.map((d) => ({ day: d.day, parts: [{ value: d.discord, color: COLORS.discord }, { value: d.slack, color: COLORS.slack }] })))}

<h2>Votes per day</h2>
<div class="legend"><span><i style="background:${COLORS.up}"></i>Helpful (${stats.votes.up})</span><span><i style="background:${COLORS.down}"></i>Not helpful (${stats.votes.down})</span></div>
${stackedBars('votes-per-day', 'Votes per day', stats.votes.byDay.map((d) => ({ day: d.day, parts: [{ value: d.up, color: COLORS.up }, { value: d.down, color: COLORS.down }] })))}

<h2>Sections most read</h2>
${stats.sectionsRead.length ? horizontalBars('top-sections', 'Sections most read', stats.sectionsRead.map((s) => ({ label: s.label, value: s.reads }))) : '<p class="muted">No answers in this period.</p>'}

<h2>Passages most voted down</h2>
${table(['Passage', 'Report', 'Not helpful', 'Helpful'], stats.downvotedPassages.map((p) => [esc(p.citation), esc(p.reportId), num(p.down), num(p.up)]), 'No 👎 in this period.')}

<h2>What people were looking for (the “not helpful” form)</h2>
${table(['Day', 'Comment', 'Answer showed'], stats.comments.map((c) => [esc(c.day), `<span class="comment">${esc(c.text)}</span>`, esc(c.citations.join(' · '))]), 'No comments in this period.')}
${stats.queries ? `
<h2>Queries kept (LOG_QUERIES=true)</h2>
${table(['Query', 'Asked', 'Not covered'], stats.queries.map((q) => [`<span class="comment">${esc(q.query)}</span>`, num(q.count), num(q.notCovered)]), '')}` : ''}

<h2>Daily facts</h2>
${table(['Channel', 'Status', 'Time', 'Posts in period'], stats.daily.channels.map((c) => [esc(`${c.platform}:${c.channelId}`), esc(c.status), esc(`${c.time} ${c.timeZone}`), esc(postSummary(c.posts))]), 'No channel has daily facts.')}
</body>
</html>
`;
}

function card(value: string, label: string): string {
  return `<div class="card"><b>${esc(value)}</b><span>${esc(label)}</span></div>`;
}

function num(n: number): string {
  return String(n);
}

function postSummary(posts: Partial<Record<string, number>>): string {
  const parts = Object.entries(posts).map(([state, n]) => `${n} ${state}`);
  return parts.length ? parts.join(', ') : 'none';
}

function table(headers: string[], rows: string[][], empty: string): string {
  if (!rows.length) return empty ? `<p class="muted">${esc(empty)}</p>` : '';
  const head = headers.map((h, i) => `<th${i >= 2 && rows[0]?.[i]?.match(/^\d+$/) ? ' class="n"' : ''}>${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((cell) => `<td${/^\d+$/.test(cell) ? ' class="n"' : ''}>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

interface StackedDay {
  day: string;
  parts: Array<{ value: number; color: string }>;
}

/** One bar per day, its parts stacked; day labels along the bottom (thinned when there are many). */
function stackedBars(id: string, title: string, days: StackedDay[]): string {
  const width = 900;
  const height = 200;
  const pad = { left: 36, right: 8, top: 10, bottom: 34 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const max = Math.max(1, ...days.map((d) => d.parts.reduce((n, p) => n + p.value, 0)));
  const slot = plotW / Math.max(1, days.length);
  const barW = Math.max(1, slot * 0.75);
  const labelEvery = Math.max(1, Math.ceil(days.length / 12));
  const bars = days.map((d, i) => {
    let y = pad.top + plotH;
    const x = pad.left + i * slot + (slot - barW) / 2;
    const rects = d.parts.filter((p) => p.value > 0).map((p) => {
      const h = (p.value / max) * plotH;
      y -= h;
      return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${p.color}"><title>${esc(d.day)}: ${p.value}</title></rect>`;
    });
    const label = i % labelEvery === 0 ? `<text x="${(x + barW / 2).toFixed(1)}" y="${height - pad.bottom + 14}" text-anchor="middle" font-size="11" fill="#4a5568">${esc(d.day.slice(5))}</text>` : '';
    return rects.join('') + label;
  });
  const axis = `<line x1="${pad.left}" y1="${pad.top + plotH}" x2="${width - pad.right}" y2="${pad.top + plotH}" stroke="#a0aec0"/>`
    + `<text x="${pad.left - 6}" y="${pad.top + 10}" text-anchor="end" font-size="11" fill="#4a5568">${max}</text>`
    + `<text x="${pad.left - 6}" y="${pad.top + plotH}" text-anchor="end" font-size="11" fill="#4a5568">0</text>`;
  return `<svg id="${id}" class="chart" role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${axis}${bars.join('')}</svg>`;
}

/** Labelled horizontal bars, longest first. */
function horizontalBars(id: string, title: string, rows: Array<{ label: string; value: number }>): string {
  const width = 900;
  const rowH = 26;
  const labelW = 520;
  const height = rows.length * rowH + 8;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const bars = rows.map((r, i) => {
    const y = 4 + i * rowH;
    const w = ((width - labelW - 60) * r.value) / max;
    const label = r.label.length > 80 ? `${r.label.slice(0, 79)}…` : r.label;
    return `<text x="${labelW - 8}" y="${y + 17}" text-anchor="end" font-size="12" fill="#1a202c">${esc(label)}<title>${esc(r.label)}</title></text>`
      + `<rect x="${labelW}" y="${y + 4}" width="${Math.max(1, w).toFixed(1)}" height="${rowH - 8}" fill="${COLORS.bar}"/>`
      + `<text x="${(labelW + w + 6).toFixed(1)}" y="${y + 17}" font-size="12" fill="#4a5568">${r.value}</text>`;
  });
  return `<svg id="${id}" class="chart" role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${bars.join('')}</svg>`;
}
