import { describe, expect, it } from 'vitest';
import { scoreFact } from '../../src/report/fact-score.js';

const score = (text: string) => scoreFact(text).score;
const reasons = (text: string) => scoreFact(text).reasons;

describe('scoreFact', () => {
  it('ranks what the law says below what happened, whatever the wording of the rule', () => {
    const rules = [
      'By law a defendant must be represented by an attorney when the defendant is a minor or faces 10 or more years of imprisonment.',
      'Courts may hear an appeal of a prosecutor’s decision but may not issue an immediate injunction to cease an infringement.',
      'Under the administrative code, employment of a minor without an agreement is punishable by up to 425,000 tenge ($1,250).',
      'The punishment for rape, including spousal rape, ranges from three to 15 years’ imprisonment.',
      'Detainees have 15 days to submit complaints to the administration of the pretrial detention facility or to a local court.',
    ];
    const finding = 'In 2017 courts sentenced 12 defendants to prison terms, although their lawyers said they had not seen the evidence.';
    for (const rule of rules) {
      expect(reasons(rule), rule).toContain('legal rule');
      expect(score(rule), rule).toBeLessThan(score(finding));
    }
  });

  it('does not mark down a rule paired with what happened in practice, or a law that lacks something', () => {
    expect(reasons('The law prohibits discrimination against persons with HIV, but stigma continued to affect access to health care.')).not.toContain('legal rule');
    expect(reasons('The law does not provide for an independent judiciary.')).not.toContain('legal rule');
  });

  it('marks down an official figure given without the report’s caveat', () => {
    const bare = 'The prosecutor general reported that the number of individuals illegally detained decreased by 54.3 percent in 2017.';
    expect(reasons(bare)).toContain('official claim');
    expect(reasons('The prosecutor general reported 89 cases of torture, but NGOs said the real number was far higher.')).not.toContain('official claim');
  });

  it('marks down a non-event and a vague report', () => {
    expect(reasons('The UN refugee agency reported no new cases of refugees from the neighbouring country during 2017.')).toContain('non-event');
    expect(reasons('There were reports of such actions against activists in several regions during 2017.')).toContain('vague');
    expect(reasons('Opponents continued to report the government occasionally monitored their movements.')).toContain('vague');
    expect(reasons('Police beat 14 protesters in the capital in 2017 and detained 200 more.')).not.toContain('vague');
  });

  it('counts "nevertheless" as the contrast between a rule and what happened', () => {
    const text = 'The law prohibits torture; nevertheless, police and prison officials allegedly tortured and abused detainees.';
    expect(reasons(text)).toContain('contrast');
    expect(reasons(text)).not.toContain('legal rule');
  });

  it('rates a finding from an independent source above the same finding unattributed', () => {
    const plain = 'Prosecutors dominated trials, and defense attorneys played a minor role.';
    const sourced = 'According to observers, prosecutors dominated trials, and defense attorneys played a minor role.';
    expect(reasons(sourced)).toContain('independent source');
    expect(score(sourced)).toBeGreaterThan(score(plain));
    expect(reasons('According to the prosecutor general, bail was used extensively.')).not.toContain('independent source');
  });
});
