/** Headlines, summaries and names of generated events, drawn from the lists in news-words.ts. */
import {
  ACTORS,
  ASSETS,
  CAPITALS,
  CITIES,
  FIRST_NAMES,
  ISSUES,
  LAST_NAMES,
  PLACEHOLDERS,
  QUALIFIERS,
  SOURCES,
  THINK_TANKS,
  VERBS,
} from './news-words.ts';
import type { Random } from './random.ts';

/** What the summary shares with its headline, so that the two tell the same story. */
export interface StoryContext {
  institution: string;
  subject: string;
  year: number;
}

/** Fills `{region}` and friends from PLACEHOLDERS. */
export function fill(random: Random, template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const words = PLACEHOLDERS[key];
    if (!words) throw new Error(`No words for the placeholder {${key}} in "${template}"`);
    return random.pick(words);
  });
}

export function personName(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

/** 1–3 distinct names; a repeated name would show twice in the details panel. */
export function makePeople(random: Random): string[] {
  const count = random.int(1, 3);
  const names = new Set<string>();
  while (names.size < count) names.add(personName(random));
  return [...names];
}

export const TITLE_MIN = 35;
export const TITLE_MAX = 90;

/**
 * "Senate panel delays vote on Baltic energy sanctions", kept to a headline's 35–90 chars. The
 * subject is shared with the summary so that the two tell the same story.
 */
export function makeTitle(random: Random, subject: string, topicLabel: string): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    let title = `${random.pick(ACTORS)} ${random.pick(VERBS)} ${subject}`;
    // Short headlines get the context a desk editor would add; long ones are drawn again.
    if (title.length < TITLE_MIN || random.chance(0.3)) {
      title += ` ${fill(random, random.pick(QUALIFIERS))}`;
    }
    if (title.length >= TITLE_MIN && title.length <= TITLE_MAX) return title;
  }
  // Unreachable with the lists above, but a generator must never emit an invalid record.
  return `Officials weigh new measures on ${topicLabel}`;
}

type Sentence = (random: Random, context: StoryContext) => string;

/** Sentence templates for summaries; each is well under 250 chars (see makeSummary). */
const SENTENCES: readonly Sentence[] = [
  (r, c) =>
    `${c.institution} officials said the decision on the ${c.subject} followed weeks of closed-door negotiations in ${r.pick(CITIES)}.`,
  (r) =>
    `Critics argued that the move would weaken allies and reward ${r.pick(CAPITALS)}, while supporters called it long overdue.`,
  (r) =>
    `The announcement came ${r.int(2, 19)} days after a tense meeting in ${r.pick(CITIES)} drew sharp criticism from lawmakers and former diplomats.`,
  (r) =>
    `Analysts at ${r.pick(THINK_TANKS)} said the shift reflected growing unease about ${r.pick(ISSUES)}.`,
  () =>
    'A spokesperson declined to say whether further measures were planned, citing ongoing consultations with allies.',
  () =>
    'Lawmakers from both parties demanded a briefing, and several said they would seek hearings before the end of the session.',
  (r, c) =>
    `The ${c.subject} had been debated since at least ${c.year - r.int(1, 6)}, when an earlier proposal stalled in committee.`,
  (r) =>
    `According to ${r.pick(SOURCES)}, the plan was drafted by a small group of advisers and shared with allies only hours before it was made public.`,
  (r) =>
    `Markets reacted cautiously, with ${r.pick(ASSETS)} falling ${r.int(1, 6)}.${r.int(0, 9)} percent in early trading.`,
  (r) =>
    `Officials in ${r.pick(CAPITALS)} rejected the account, calling it a distortion of what had been agreed.`,
  (r) =>
    `The episode added to a long list of disputes over ${r.pick(ISSUES)} that have strained relations between ${r.pick(CAPITALS)} and its neighbors.`,
  () =>
    'It was not immediately clear how the decision would be enforced or who would monitor compliance.',
  (r) =>
    `Diplomats said a follow-up meeting was expected within ${r.int(2, 8)} weeks, though no date had been set.`,
  (r) =>
    `Earlier drafts, seen by reporters, included tougher language that was removed at the request of ${r.pick(CAPITALS)}.`,
];

export const SUMMARY_MIN = 250;
export const SUMMARY_MAX = 600;

/**
 * A paragraph of 250–600 chars. Sentences are added until a random target length is reached; a
 * sentence that would pass 600 stops the paragraph, which can only happen past 250 because no
 * sentence is longer than 600 − 250 chars. `quoteSentence`, if any, is placed among the others.
 */
export function makeSummary(
  random: Random,
  context: StoryContext,
  quoteSentence: string | undefined,
): string {
  const target = random.int(SUMMARY_MIN, SUMMARY_MAX);
  const sentences: string[] = quoteSentence ? [quoteSentence] : [];
  let length = quoteSentence ? quoteSentence.length : 0;
  // Templates are drawn without replacement: a paragraph that says the same thing twice reads
  // as a bug in the data, not as news.
  const templates = random.shuffle([...SENTENCES]);
  while (length < target && templates.length) {
    const template = templates.pop();
    if (!template) break;
    const sentence = template(random, context);
    if (length + 1 + sentence.length > SUMMARY_MAX) break;
    sentences.push(sentence);
    length += (sentences.length > 1 ? 1 : 0) + sentence.length;
  }
  // The quote opens the paragraph as often as it sits in the middle, like a real lede.
  if (quoteSentence && sentences.length > 1) {
    sentences.splice(0, 1);
    sentences.splice(random.int(0, sentences.length), 0, quoteSentence);
  }
  return sentences.join(' ');
}
