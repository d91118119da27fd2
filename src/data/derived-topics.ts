import { slugOf } from '../lib/slug.ts';
import { TOPIC_COLORS } from './topic-colors.ts';

export interface DerivedTopic {
  id: string;
  label: string;
  color: string;
}

/**
 * The topics of a store that declares none (a spreadsheet's, an Arrow table's), named by the
 * words its rows give: the first spelling is the label, any case names the same topic, and each
 * gets an id the schema reads (`Arms control` → `arms-control`), told apart from the others
 * (`C++` and `C` are `c` and `c-2`) and made up for a word with no letter to make one of.
 */
export class DerivedTopics {
  private readonly byWord = new Map<string, DerivedTopic>();
  private readonly ids = new Set<string>();

  idOf(word: string): string {
    const lower = word.toLowerCase();
    let topic = this.byWord.get(lower);
    if (!topic) {
      const n = this.byWord.size;
      const base = slugOf(word) || `topic-${n + 1}`;
      let id = base;
      for (let k = 2; this.ids.has(id); k++) id = `${base}-${k}`;
      topic = { id, label: word, color: TOPIC_COLORS[n % TOPIC_COLORS.length] as string };
      this.byWord.set(lower, topic);
      this.ids.add(id);
    }
    return topic.id;
  }

  get size(): number {
    return this.byWord.size;
  }

  list(): DerivedTopic[] {
    return [...this.byWord.values()];
  }
}
