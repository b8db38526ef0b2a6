import { describe, expect, it } from 'vitest';
import { questionTopic } from '../../src/search/question-topic.js';

const topicOf = (q: string) => {
  const words = q.split(' ');
  const { topic, frameSubject } = questionTopic(words);
  return { topic: topic.map((i) => words[i]).join(' '), frame: frameSubject >= 0 ? words[frameSubject] : undefined };
};

describe('the question topic: which typed words a question asks about, by English word order', () => {
  it('reads the noun phrase a counting or share question counts', () => {
    expect(topicOf('how many jewish people are there').topic).toBe('jewish people');
    expect(topicOf('how many of the worst jails did they close').topic).toBe('');
    expect(topicOf('what share of trans people got beaten up').topic).toBe('trans people');
    expect(topicOf('how much money did the government spend').topic).toBe('money');
  });

  it('reads the subject after an opening auxiliary or a question word and its auxiliary', () => {
    expect(topicOf('can lecturers at universities teach what they want').topic).toBe('lecturers');
    expect(topicOf('do the police step in when a man hits his wife').topic).toBe('police step');
    expect(topicOf('where does the money for the crisis centres come from').topic).toBe('money');
    expect(topicOf('are lesbian couples punished by law').topic).toBe('lesbian couples punished');
  });

  it('reads what happens to someone, what is legal for someone, and what there is', () => {
    expect(topicOf('what happens to journalists who criticise the president').topic).toBe('journalists');
    expect(topicOf('is it legal for prisoners to fast').topic).toBe('prisoners');
    expect(topicOf('is there any law against sexual harassment').topic).toBe('law');
  });

  it('takes a general word for a person in subject place as the frame, not the topic', () => {
    expect(topicOf('do people trust the courts')).toEqual({ topic: '', frame: 'people' });
    expect(topicOf('what happens to a guy who grabs a girl')).toEqual({ topic: '', frame: 'guy' });
    expect(topicOf('can someone with unpaid bills leave')).toEqual({ topic: '', frame: 'someone' });
    expect(topicOf('can a man convicted of abuse work with children')).toEqual({ topic: '', frame: 'man' });
  });

  it('keeps a person word that a modifier or an "of" makes a group, and a bare "men" or "women"', () => {
    expect(topicOf('how many jewish people are there').frame).toBeUndefined();
    expect(topicOf('can women get a divorce').frame).toBeUndefined();
    expect(topicOf('are people of other faiths persecuted').frame).toBeUndefined();
    expect(topicOf('can people be kept locked up for two months').frame).toBeUndefined();
  });

  it('names nothing for a keyword query or a statement', () => {
    expect(questionTopic(['pretrial', 'detention', 'limit'])).toEqual({ topic: [], frameSubject: -1, framed: false });
    expect(questionTopic(['torture'])).toEqual({ topic: [], frameSubject: -1, framed: false });
  });
});
