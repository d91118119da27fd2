import { describe, expect, it } from 'vitest';
import { DerivedTopics } from './derived-topics.ts';

describe('DerivedTopics', () => {
  it('names a topic by its first spelling, and any case of it by the same id', () => {
    const topics = new DerivedTopics();
    expect(topics.idOf('Arms control')).toBe('arms-control');
    expect(topics.idOf('ARMS CONTROL')).toBe('arms-control');
    expect(topics.list().map(({ id, label }) => [id, label])).toEqual([
      ['arms-control', 'Arms control'],
    ]);
  });

  it('tells apart words whose ids would be alike, and makes one up where no letter makes one', () => {
    const topics = new DerivedTopics();
    expect(['C++', 'C', '日本', 'c'].map((word) => topics.idOf(word))).toEqual([
      'c',
      'c-2',
      'topic-3',
      'c-2',
    ]);
    expect(topics.size).toBe(3);
    expect(new Set(topics.list().map((topic) => topic.color)).size).toBe(3);
  });
});
