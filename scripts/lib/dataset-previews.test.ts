import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributionOf, eventPreviewCard, homePreviewCard, spanOf } from './dataset-previews.ts';
import { parseJsonText } from '../../src/data/parse-json.ts';
import type { Dataset } from '../../src/data/schema.ts';

function bundled(): Dataset {
  const loaded = parseJsonText(readFileSync('public/data/trump-russia.json', 'utf8'), 'store');
  if (loaded.kind !== 'ok') throw new Error(JSON.stringify(loaded.reason));
  return loaded.dataset;
}

describe('the cards of the bundled dataset', () => {
  const dataset = bundled();

  it('gives an event its title, date label, first topic and the source', () => {
    const event = dataset.events.find((e) => e.id === 'russian-bounties');
    if (!event) throw new Error('no russian-bounties event');
    expect(eventPreviewCard(dataset, event)).toEqual({
      title: 'Trump has denied the veracity of US intelligence reports',
      dateLabel: 'July 2020',
      topic: { label: 'Intelligence', color: '#505008' },
      datasetTitle: '37 times President Trump was soft on Russia',
      attribution: 'Source: CNN, “37 times President Trump was soft on Russia”',
      // The bundled dataset is text: its cards keep the plain layout.
      picture: null,
    });
  });

  it('gives the home card the count, the years and the source with its dates', () => {
    const card = homePreviewCard(dataset);
    expect(card.eventCount).toBe(27);
    expect(card.span).toBe('2013–2020');
    expect(card.attribution).toBe(
      'Source: CNN, “37 times President Trump was soft on Russia”, first published November 17, 2019; updated July 2020',
    );
    expect(card.topics).toHaveLength(dataset.topics.length);
  });
});

describe('spanOf and attributionOf', () => {
  const dataset = bundled();

  it.each([
    ['no events', [], ''],
    ['one event', dataset.events.filter((e) => e.id === 'russian-bounties'), '2020'],
  ])('%s', (_, events, expected) => {
    expect(spanOf(events)).toBe(expected);
  });

  it('says nothing of a dataset without a source', () => {
    expect(attributionOf({ ...dataset, source: undefined })).toBe('');
  });
});
