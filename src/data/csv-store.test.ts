import type { ProblemReason } from './problem.ts';
import { describe, expect, it } from 'vitest';
import { problemsOf } from './parse-result.ts';
import { readCsvStore, slugOf } from './csv-store.ts';
import { parseCsvText } from './parse-csv.ts';

const ready = (text: string, name = 'events.csv') => {
  const result = parseCsvText(text, name);
  if (result.kind !== 'ok') throw new Error(JSON.stringify(result.reason));
  return result;
};

describe('a CSV store', () => {
  it('needs only a title, a start and a topic per row: ids, precisions and topics follow', () => {
    const { dataset, problems } = ready(
      [
        'Title,Start,End,Topics',
        'Summit in Helsinki,2018-07-16,,NATO; Diplomacy',
        'Sanctions bill,2017-08,,Sanctions',
        'Troops leave,2019,,nato',
        'A long campaign,2016-03,2016-11,Elections',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(dataset.title).toBe('events');
    expect(dataset.topics.map((t) => [t.id, t.label])).toEqual([
      ['nato', 'NATO'],
      ['diplomacy', 'Diplomacy'],
      ['sanctions', 'Sanctions'],
      ['elections', 'Elections'],
    ]);
    const byId = new Map(dataset.events.map((e) => [e.id, e]));
    expect(byId.get('summit-in-helsinki')?.date).toMatchObject({ precision: 'day' });
    expect(byId.get('summit-in-helsinki')?.topics).toEqual(['nato', 'diplomacy']);
    expect(byId.get('sanctions-bill')?.date).toMatchObject({ precision: 'month' });
    expect(byId.get('troops-leave')?.date).toMatchObject({ precision: 'year' });
    expect(byId.get('a-long-campaign')?.date).toMatchObject({ precision: 'span', kind: 'span' });
  });

  it('names each bad row by its spreadsheet row number and column, and shows the others', () => {
    const result = parseCsvText(
      [
        'id,title,start,topics',
        'ok,Fine,2018-07-16,nato',
        'bad-date,Wrong,1/20/2017,nato',
        '',
        'no-title,,2018-01-01,nato',
        '"quoted, with comma",Spread over,2018-01-01,nato',
      ].join('\n'),
      'events.csv',
    );
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result.reason));
    expect(result.dataset.events.map((e) => e.id)).toEqual(['ok']);
    expect(result.skipped).toBe(3);
    expect(problemsOf(result)).toEqual([
      {
        record: { kind: 'row', number: 3, id: 'bad-date' },
        field: 'start',
        reason: { code: 'not-a-partial-date', text: '1/20/2017' },
      },
      {
        record: { kind: 'row', number: 5, id: 'no-title' },
        field: 'title',
        reason: { code: 'empty' },
      },
      {
        record: { kind: 'row', number: 6, id: 'quoted, with comma' },
        field: 'id',
        reason: { code: 'not-a-slug' },
      },
    ]);
  });

  it('counts rows as a spreadsheet does, with line breaks inside quoted cells', () => {
    const result = parseCsvText(
      'title,start,topics,quotes\n"Two\nlines",2018-01-01,nato,"one\ntwo"\nBad,someday,nato,\n',
      'events.csv',
    );
    expect(problemsOf(result)[0]?.record).toEqual({ kind: 'row', number: 3, id: 'bad' });
  });

  it('reads declared topics by id or title, and names a topic that is not declared', () => {
    const result = parseCsvText(
      [
        'type,id,title,start,topics,color',
        'topic,nato,NATO,,,#086860',
        'topic,,Praise for Putin,,,',
        'event,a,A,2018-01-01,Praise for Putin; NATO,',
        'event,b,B,2018-01-02,Nato,',
        'event,c,C,2018-01-03,Syria,',
      ].join('\n'),
      'events.csv',
    );
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result.reason));
    expect(result.dataset.topics.map((t) => [t.id, t.label, t.color.length])).toEqual([
      ['nato', 'NATO', 7],
      ['praise-for-putin', 'Praise for Putin', 7],
    ]);
    expect(result.dataset.events.map((e) => [e.id, e.topics])).toEqual([
      ['a', ['praise-for-putin', 'nato']],
      ['b', ['nato']],
    ]);
    expect(problemsOf(result)).toEqual([
      {
        record: { kind: 'row', number: 6, id: 'c' },
        field: 'topics',
        reason: { code: 'undeclared-topics', topics: ['syria'] },
      },
    ]);
  });

  it('takes its title and source from a timeline row', () => {
    const { dataset } = ready(
      [
        'type,title,summary,start,topics,source_publisher,source_title,source_url,source_published',
        'timeline,My timeline,What it is,,,Paper,The story,https://example.com/s,2020-02',
        ',One,,2020-01-01,news,,,,',
      ].join('\n'),
    );
    expect(dataset).toMatchObject({
      title: 'My timeline',
      description: 'What it is',
      source: {
        publisher: 'Paper',
        title: 'The story',
        url: 'https://example.com/s',
        published: '2020-02',
      },
    });
  });

  it('reads the dates of change: added, updated and change_note, and the timeline row’s updated', () => {
    const result = parseCsvText(
      [
        'type,id,title,start,topics,added,updated,change_note',
        'timeline,,My timeline,,,,2020-07-30,',
        'event,a,One,2018-07-16,news,2019-11-17,2020-07-30 00:00:00,Updated with the interview',
        'event,b,Two,2018-08,news,2020-07,,',
        'event,c,Three,2018-09,news,30/07/2020,,',
      ].join('\n'),
      'changes.csv',
    );
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result.reason));
    const { dataset, problems } = result;
    expect(dataset.updated).toBe('2020-07-30');
    expect(dataset.events.map((e) => [e.id, e.added, e.updated, e.changeNote])).toEqual([
      ['a', '2019-11-17', '2020-07-30', 'Updated with the interview'],
      ['b', '2020-07', undefined, undefined],
      ['c', undefined, undefined, undefined],
    ]);
    // The bad cell is named by its row and column, and its event still shows.
    expect(problems).toEqual([
      {
        record: { kind: 'row', number: 5, id: 'c' },
        field: 'added',
        reason: { code: 'left-out', because: { code: 'not-a-change-date', text: '30/07/2020' } },
      },
    ]);
  });

  it('takes where the timeline opens from the timeline row’s start, and names one it does not know', () => {
    const opensAt = (start: string) =>
      parseCsvText(
        ['type,title,start,topics', `timeline,My timeline,${start},`, ',One,2020-01-01,news'].join(
          '\n',
        ),
        'story.csv',
      );
    expect(opensAt('Latest')).toMatchObject({ kind: 'ok', dataset: { start: 'latest' } });
    const dated = opensAt('2020-01-01');
    expect(dated.kind === 'ok' && dated.dataset.start).toBeUndefined();
    expect(problemsOf(dated)).toEqual([
      {
        record: { kind: 'row', number: 2 },
        field: 'start',
        reason: { code: 'unknown-start' },
      },
    ]);
  });

  it('names a bad change note by its column, change_note', () => {
    const result = parseCsvText(
      'id,title,start,topics,change_note,updated,added\na,One,2018,news,Note,2019,2020\n',
      'changes.csv',
    );
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result.reason));
    expect(problemsOf(result)).toEqual([
      {
        record: { kind: 'row', number: 2, id: 'a' },
        field: 'updated',
        reason: { code: 'updated-before-added', updated: '2019', added: '2020' },
      },
    ]);
    expect(result.dataset.events[0]).toMatchObject({ added: '2020', changeNote: 'Note' });
  });

  it('pairs quotes with speakers and sources with links line by line', () => {
    const { dataset } = ready(
      'title,start,topics,quotes,quote_speakers,sources,source_urls\n' +
        'A,2020-01-01,news,"First\nSecond","\nPutin","CNN\nBBC","https://cnn.com/a\n"\n',
    );
    expect(dataset.events[0]).toMatchObject({
      quotes: [{ text: 'First' }, { text: 'Second', speaker: 'Putin' }],
      sources: [{ name: 'CNN', url: 'https://cnn.com/a' }, { name: 'BBC' }],
    });
    expect(dataset.events[0]?.quotes[0]).not.toHaveProperty('speaker', expect.anything());
  });

  it('reads semicolon-separated files, loose column names and midnight times from spreadsheets', () => {
    const { dataset } = ready(
      'Title;Date label;Start;Topics\nA;Early 2020;2020-01-05 00:00:00;news\n',
    );
    expect(dataset.events[0]?.date).toMatchObject({ precision: 'day', label: 'Early 2020' });
  });

  it('reads years of BC, with their minus, as precise as they are written', () => {
    const { dataset, problems } = ready(
      [
        'title,start,end,topics',
        'Republic founded,-0508,,rome',
        'Caesar crosses the Rubicon,-0048-01,,rome',
        'Ides of March,-0043-03-15 00:00:00,,rome',
        "Second Triumvirate,'-0042,-0032,rome",
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(dataset.events.map((e) => [e.title, e.date.precision, e.date.label])).toEqual([
      ['Republic founded', 'year', '509 BC'],
      ['Caesar crosses the Rubicon', 'month', 'January 49 BC'],
      ['Ides of March', 'day', 'March 15, 44 BC'],
      ['Second Triumvirate', 'span', '43 BC – 33 BC'],
    ]);
  });

  it('gives two rows with the same title different ids', () => {
    const { dataset } = ready('title,start,topics\nSame,2020-01-01,a\nSame,2020-01-02,a\n');
    expect(dataset.events.map((e) => e.id)).toEqual(['same', 'same-2']);
  });

  it('lists a column it does not read, and says what it needs when a required column is missing', () => {
    const store = readCsvStore('title,start,topics,titel\nA,2020-01-01,a,x\n', 'e.csv');
    expect(store.kind === 'ok' && store.store.problems).toEqual([
      {
        record: { kind: 'column-names' },
        field: 'titel',
        reason: { code: 'unknown-column' },
      },
    ]);
    expect(readCsvStore('name,when\nA,2020\n', 'e.csv')).toEqual({
      kind: 'failed',
      reason: { code: 'csv-column-missing', name: 'e.csv', column: 'title' },
    });
  });

  it('names an unknown row type', () => {
    const result = parseCsvText('type,title,start,topics\nheadline,A,2020-01-01,a\n', 'e.csv');
    expect(problemsOf(result)).toContainEqual({
      record: { kind: 'row', number: 2 },
      field: 'type',
      reason: { code: 'unknown-row-type', type: 'headline' },
    });
  });
});

describe('groups and eras in a CSV store', () => {
  const sheet = [
    'type,id,title,start,end,topics,group,color',
    'group,senate,Senate,,,,,#1d4ed8',
    'group,,House of Representatives,,,,,',
    'era,first-term,First term,2017-01-20,2021-01-19,,,#b91c1c',
    'era,,The war years,1861,1865,,,',
    'event,a,A,2018-01-01,,nato,SENATE,',
    'event,b,B,2018-01-02,,nato,house of representatives,',
    'event,c,C,2018-01-03,,nato,,',
  ];

  it('reads group and era rows, and an event’s group by id or title in any case', () => {
    const { dataset, problems } = ready(sheet.join('\n'));
    expect(problems).toEqual([]);
    expect(dataset.groups).toEqual([
      { id: 'senate', label: 'Senate', color: '#1d4ed8' },
      { id: 'house-of-representatives', label: 'House of Representatives' },
    ]);
    expect(dataset.eras.map((era) => [era.id, era.title, era.written, era.color])).toEqual([
      ['first-term', 'First term', { start: '2017-01-20', end: '2021-01-19' }, '#b91c1c'],
      ['the-war-years', 'The war years', { start: '1861', end: '1865' }, undefined],
    ]);
    expect(dataset.events.map((e) => [e.id, e.group])).toEqual([
      ['a', 'senate'],
      ['b', 'house-of-representatives'],
      ['c', undefined],
    ]);
  });

  it('takes the groups from the group column, in order of first use, when no row declares one', () => {
    const { dataset, problems } = ready(
      'title,start,topics,group\nA,2020-01-01,a,Senate\nB,2020-01-02,a,House\nC,2020-01-03,a,senate\n',
    );
    expect(problems).toEqual([]);
    expect(dataset.groups).toEqual([
      { id: 'senate', label: 'Senate' },
      { id: 'house', label: 'House' },
    ]);
    expect(dataset.events.map((e) => e.group)).toEqual(['senate', 'house', 'senate']);
  });

  it.each<[string, string, string, string, ProblemReason]>([
    ['without an end', 'era,open,Open,2020,,,,', 'open', 'end', { code: 'missing' }],
    [
      'with an end before its start',
      'era,back,Back,2020,2019,,,',
      'back',
      'end',
      { code: 'ends-before-start', start: '2020', end: '2019' },
    ],
    ['without a title', 'era,,,2020,2021,,,', 'era-1', 'title', { code: 'missing' }],
    [
      'with a date it cannot read',
      'era,odd,Odd,1/20/2017,2021,,,',
      'odd',
      'start',
      { code: 'not-a-partial-date', text: '1/20/2017' },
    ],
  ])('names an era row %s, and shows the events', (_, row, id, field, reason) => {
    const result = ready([sheet[0], row, 'event,a,A,2018-01-01,,nato,,'].join('\n'));
    expect(result.dataset.eras).toEqual([]);
    expect(result.dataset.events.map((e) => e.id)).toEqual(['a']);
    const record = { kind: 'row', number: 2, id };
    expect(problemsOf(result)).toEqual([{ record, field, reason }]);
  });

  it('names a group row without a title, a bad colour and an event of an undeclared group', () => {
    const result = ready(
      [
        sheet[0],
        'group,lonely,,,,,,',
        'group,senate,Senate,,,,,blue',
        'era,war,War,1861,1865,,,red',
        'event,a,A,2018-01-01,,nato,Lords,',
      ].join('\n'),
    );
    expect(result.dataset.groups).toEqual([{ id: 'senate', label: 'Senate' }]);
    expect(result.dataset.eras.map((era) => [era.id, era.color])).toEqual([['war', undefined]]);
    expect(result.dataset.events[0]?.group).toBeUndefined();
    expect(problemsOf(result)).toEqual([
      {
        record: { kind: 'row', number: 3 },
        field: 'color',
        reason: { code: 'colour-left-out', color: 'blue' },
      },
      {
        record: { kind: 'row', number: 4 },
        field: 'color',
        reason: { code: 'colour-left-out', color: 'red' },
      },
      {
        record: { kind: 'row', number: 2, id: 'lonely' },
        field: 'title',
        reason: { code: 'missing' },
      },
      {
        record: { kind: 'row', number: 5, id: 'a' },
        field: 'group',
        reason: { code: 'undeclared-group', group: 'lords' },
      },
    ]);
  });
});

describe('links in a CSV store', () => {
  it('reads kind:id items separated by ";", each with its note line by line', () => {
    const { dataset, problems } = ready(
      [
        'id,title,start,topics,links,link_notes',
        'helsinki-2018,Summit in Helsinki,2018-07-16,nato,"led-to:denial; See also:g20-2017","He sided with Putin.\n"',
        'denial,A denial,2018-07-17,nato,response_to:helsinki-2018,',
        'g20-2017,G20,2017-07-07,nato,,',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    const linksOf = (id: string) => dataset.events.find((e) => e.id === id)?.links;
    expect(linksOf('helsinki-2018')).toEqual([
      { to: 'denial', kind: 'led-to', note: 'He sided with Putin.' },
      { to: 'g20-2017', kind: 'see-also' },
    ]);
    expect(linksOf('denial')).toEqual([{ to: 'helsinki-2018', kind: 'response-to' }]);
    expect(linksOf('g20-2017')).toEqual([]);
  });

  it('names by row and column an item that is not kind:id, a wrong kind and a missing id', () => {
    const result = parseCsvText(
      [
        'id,title,start,topics,links',
        'a,A,2018-07-16,nato,helsinki-2018;led-to:b',
        'b,B,2018-07-17,nato,caused:a',
        'c,C,2018-07-18,nato,see-also:helsinki-2018',
      ].join('\n'),
      'events.csv',
    );
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result.reason));
    expect(result.dataset.events.map((e) => [e.id, e.links.length])).toEqual([
      ['a', 1],
      ['b', 0],
      ['c', 0],
    ]);
    expect(problemsOf(result)).toEqual([
      {
        record: { kind: 'row', number: 2 },
        field: 'links',
        reason: { code: 'not-a-link-cell', text: 'helsinki-2018' },
      },
      {
        record: { kind: 'row', number: 3, id: 'b' },
        field: 'links',
        reason: { code: 'link-left-out', because: { code: 'not-a-link-kind' } },
      },
      {
        record: { kind: 'row', number: 4, id: 'c' },
        field: 'links',
        reason: { code: 'link-to-missing-event', to: 'helsinki-2018' },
      },
    ]);
  });
});

describe('slugOf', () => {
  it('makes ASCII slugs, cut at a hyphen', () => {
    expect(slugOf('Trump & Putin’s “summit” in Helsinki')).toBe('trump-putin-s-summit-in-helsinki');
    expect(slugOf('Élysée café')).toBe('elysee-cafe');
    expect(slugOf('one two three four', 9)).toBe('one-two');
    expect(slugOf('عقوبات')).toBe('');
  });
});

describe('the title of a CSV without a timeline row', () => {
  it('is the file name without its ending, decoded from a link', () => {
    const csv = 'title,start,topics\nA,2020,a\n';
    const titleOf = (name: string, path?: string) => {
      const result = parseCsvText(csv, name, path);
      return result.kind === 'ok' ? result.dataset.title : JSON.stringify(result.reason);
    };
    expect(titleOf('arms control.csv')).toBe('arms control');
    expect(titleOf('https://example.com/data/our%20events.csv', '/data/our%20events.csv')).toBe(
      'our events',
    );
    expect(titleOf('100% done.csv')).toBe('100% done');
  });
});

describe('a CSV that names no topic', () => {
  it('puts every event under one topic, "Events"', () => {
    const result = parseCsvText('title,start\nA,2020-01-01\nB,2021\n', 'e.csv');
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result.reason));
    expect(result.dataset.topics.map((t) => [t.id, t.label])).toEqual([['events', 'Events']]);
    expect(result.dataset.events.map((e) => e.topics)).toEqual([['events'], ['events']]);
  });

  it('but asks for a topic in a row that lacks one when others have theirs', () => {
    const result = parseCsvText('title,start,topics\nA,2020-01-01,nato\nB,2021,\n', 'e.csv');
    expect(problemsOf(result)).toEqual([
      {
        record: { kind: 'row', number: 3, id: 'b' },
        field: 'topics',
        reason: { code: 'no-topics-named' },
      },
    ]);
  });
});
