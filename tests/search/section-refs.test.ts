import { describe, expect, it } from 'vitest';
import { SectionRefs } from '../../src/search/section-refs.js';
import { realReportParsed } from '../helpers.js';

const refs = new SectionRefs(realReportParsed());
const resolvedId = (ref: string) => {
  const r = refs.resolve(ref);
  return r.ok ? r.section.id : undefined;
};

describe('resolving what people type for a section', () => {
  it.each([
    ['2a', '2.a'], ['2.a', '2.a'], ['2 A', '2.a'], ['1(c)', '1.c'], ['section 7c', '7.c'], ['§7.c', '7.c'], ['7', '7'],
    ['Section 4', '4'], ['exec summary', 'exec'], ['summary', 'exec'], ['Executive Summary', 'exec'],
  ])('reads %j as section %s', (ref, id) => {
    expect(resolvedId(ref)).toBe(id);
  });

  it.each([
    ['internet freedom', '2.a/internet-freedom'],
    ['prison conditions', '1.c/prison-and-detention-center-conditions'],
    ['women', '6/women'],
    ['Children', '6/children'],
    ['stateless persons', '2.d/stateless-persons'],
  ])('finds the sub-heading named %j', (ref, id) => {
    expect(resolvedId(ref)).toBe(id);
  });

  it('accepts the ids it hands out in buttons and suggestions', () => {
    expect(resolvedId('2.a/internet-freedom')).toBe('2.a/internet-freedom');
    expect(resolvedId('2a/internet-freedom')).toBe('2.a/internet-freedom');
  });

  it.each(['9', '2h', '1z', '2aa', '', '   ', 'zzzz qqqq'])('refuses %j and suggests sections that exist', (ref) => {
    const r = refs.resolve(ref);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.suggestions.length).toBeGreaterThan(0);
  });

  it('suggests the subsections of section 2 for an unknown 2h', () => {
    const r = refs.resolve('2h');
    expect(r.ok ? [] : r.suggestions.map((s) => s.id)).toEqual(['2', '2.a', '2.b', '2.c', '2.d']);
  });

  it('suggests the top level for a section number that does not exist', () => {
    const r = refs.resolve('9');
    expect(r.ok ? [] : r.suggestions.map((s) => s.ref)).toEqual(['exec', '1', '2', '3', '4', '5', '6', '7']);
  });
});

describe('autocomplete suggestions', () => {
  it('offers at most 25 sections, starting from the top, for an empty prefix', () => {
    const s = refs.suggest('');
    expect(s.length).toBe(25);
    expect(s[0]?.ref).toBe('exec');
  });

  it('completes a number to its subsections', () => {
    expect(refs.suggest('7').map((s) => s.ref)).toEqual(expect.arrayContaining(['7', '7a', '7b', '7c', '7d', '7e']));
  });

  it('completes an unfinished word of a heading', () => {
    expect(refs.suggest('internet fre').map((s) => s.id)).toContain('2.a/internet-freedom');
    expect(refs.suggest('tortu').map((s) => s.id)).toContain('1.c');
  });
});
