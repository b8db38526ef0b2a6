import { describe, expect, it } from 'vitest';
import { actsAsSubject } from '../../src/search/acting.js';
import { termOf } from '../../src/search/analysis.js';

/** The question's typed terms, as the scorer holds them. */
const asked = (...words: string[]) => new Map(words.map((w) => [termOf(w)!, { typed: true }]));

describe('a sentence where what the question asks about acts', () => {
  it('has it as the subject of a verb, its name as the question writes it or with an acronym passed over', () => {
    expect(actsAsSubject('The tripartite commission is responsible for developing and signing annual agreements.', termOf('commission')!, asked('tripartite', 'commission'))).toBe(true);
    expect(actsAsSubject('The commission reviews and investigates complaints, issues recommendations.', termOf('commission')!, asked('presidential', 'commission', 'human', 'rights'))).toBe(true);
    expect(actsAsSubject('The Committee for National Security (KNB) plays a role in border security.', termOf('KNB')!, asked('KNB'))).toBe(true);
    expect(actsAsSubject('The Ministry of Labor and Social Protection is responsible for handling issues related to migrant labor.', termOf('ministry')!, asked('ministry', 'labor', 'social', 'protection'))).toBe(true);
  });

  it('is not a sentence that only mentions it, describes it, names it in a list or uses it as a modifier', () => {
    expect(actsAsSubject('Disagreements between unions and their employers may be presented to a tripartite commission composed of representatives.', termOf('commission')!, asked('tripartite', 'commission'))).toBe(false);
    expect(actsAsSubject('Government Human Rights Bodies: The Presidential Commission on Human Rights is a consultative and advisory body.', termOf('commission')!, asked('presidential', 'commission', 'human', 'rights'))).toBe(false);
    expect(actsAsSubject('The KNB, Syrbar (the foreign intelligence service), and the Agency all report directly to the president.', termOf('KNB')!, asked('KNB'))).toBe(false);
    expect(actsAsSubject('Some observers commented that NPM staff lacked sufficient knowledge.', termOf('NPM')!, asked('NPM'))).toBe(false);
    expect(actsAsSubject('In August Almaty attorney Johar Utebekov reported he found a wiretapping device.', termOf('attorney')!, asked('attorney', 'wiretapping', 'device'))).toBe(false);
    expect(actsAsSubject('For example, the production council at one enterprise had 68 volunteer labor inspectors.', termOf('council')!, asked('production', 'council'))).toBe(false);
  });
});
