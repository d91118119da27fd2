import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from './schema.ts';
import { EventSchema } from './store-shape.ts';

/**
 * The committed JSON Schema (public/data/timeline.schema.json), which authors validate their
 * files against in an editor, checked against the stores we ship. No JSON Schema validator is
 * among our dependencies, so a small one reads the keywords the file uses: types, required and
 * unknown keys, lists, references, constants, patterns, lengths and the date's if/then rules.
 * `format` is left out: the app's own checks judge addresses.
 */

const DATA = resolve(__dirname, '../../public/data');
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = { [key: string]: Json };

const schema = JSON.parse(readFileSync(resolve(DATA, 'timeline.schema.json'), 'utf8')) as Node;

const isObject = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function resolveRef(ref: string): Node {
  const name = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
  const defs = schema.$defs;
  const target = name !== undefined && isObject(defs) ? defs[name] : undefined;
  if (!isObject(target)) throw new Error(`the schema has no ${ref}`);
  return target;
}

function typeOk(type: Json, value: unknown): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    default:
      throw new Error(`a type the check does not know: ${String(type)}`);
  }
}

const KNOWN = new Set([
  ...['$schema', '$id', '$defs', 'title', 'description', 'format'],
  ...['type', 'required', 'properties', 'additionalProperties', 'items', '$ref', 'const'],
  ...['enum', 'pattern', 'minLength', 'maxLength', 'minItems', 'allOf', 'if', 'then', 'not'],
  // An annotation: what the loader takes for a field left out.
  'default',
]);

/** Where `value` breaks `node`, as "path: what", one line each; none when it conforms. */
function validate(node: Node, value: unknown, path = '$'): string[] {
  for (const key of Object.keys(node)) {
    if (!KNOWN.has(key)) throw new Error(`a keyword the check does not read: ${key} at ${path}`);
  }
  const errors: string[] = [];
  if (typeof node.$ref === 'string') errors.push(...validate(resolveRef(node.$ref), value, path));
  if (node.type !== undefined && !typeOk(node.type, value)) {
    return [...errors, `${path}: is not of type ${String(node.type)}`];
  }
  if ('const' in node && value !== node.const) errors.push(`${path}: is not ${String(node.const)}`);
  if (Array.isArray(node.enum) && !node.enum.includes(value as Json)) {
    errors.push(`${path}: is not one of ${node.enum.join(', ')}`);
  }
  if (typeof value === 'string') {
    if (typeof node.pattern === 'string' && !new RegExp(node.pattern, 'u').test(value)) {
      errors.push(`${path}: does not match ${node.pattern}`);
    }
    const length = [...value].length;
    if (typeof node.minLength === 'number' && length < node.minLength) {
      errors.push(`${path}: is shorter than ${node.minLength}`);
    }
    if (typeof node.maxLength === 'number' && length > node.maxLength) {
      errors.push(`${path}: is longer than ${node.maxLength}`);
    }
  }
  if (Array.isArray(value)) {
    if (typeof node.minItems === 'number' && value.length < node.minItems) {
      errors.push(`${path}: has fewer than ${node.minItems} items`);
    }
    const items = node.items;
    if (isObject(items))
      value.forEach((item, i) => errors.push(...validate(items, item, `${path}[${i}]`)));
  }
  if (isObject(value)) {
    const properties = isObject(node.properties) ? node.properties : {};
    if (Array.isArray(node.required)) {
      for (const key of node.required) {
        if (typeof key === 'string' && !(key in value)) errors.push(`${path}: lacks ${key}`);
      }
    }
    for (const [key, item] of Object.entries(value)) {
      const property = properties[key];
      if (isObject(property)) errors.push(...validate(property, item, `${path}.${key}`));
      else if (node.additionalProperties === false) errors.push(`${path}: has unknown key ${key}`);
    }
  }
  if (Array.isArray(node.allOf)) {
    for (const part of node.allOf) if (isObject(part)) errors.push(...validate(part, value, path));
  }
  if (isObject(node.if) && isObject(node.then) && validate(node.if, value, path).length === 0) {
    errors.push(...validate(node.then, value, path));
  }
  if (isObject(node.not) && validate(node.not, value, path).length === 0) {
    errors.push(`${path}: matches what it must not (${JSON.stringify(node.not)})`);
  }
  return errors;
}

const read = (file: string) => JSON.parse(readFileSync(resolve(DATA, file), 'utf8')) as unknown;
const stores = readdirSync(DATA).filter(
  (file) => file.endsWith('.json') && file !== 'timeline.schema.json',
);

const withGroupsAndEras = {
  version: 1,
  title: 'Congress',
  topics: [{ id: 'votes', label: 'Votes', color: '#1d4ed8' }],
  groups: [
    { id: 'senate', label: 'Senate', color: '#047857' },
    { id: 'house', label: 'House' },
  ],
  eras: [
    { id: 'war', title: 'The war', start: '1861', end: '1865-04', color: '#b91c1c' },
    { id: 'after', title: 'Reconstruction', start: '1865-04-09', end: '1877' },
  ],
  events: [
    {
      id: 'a',
      title: 'A vote',
      summary: 'It passed.',
      summaryHtml: '<p>It <em>passed</em>.</p>',
      date: { precision: 'day', start: '1866-04-09' },
      topics: ['votes'],
      group: 'senate',
    },
  ],
};

describe('the JSON Schema', () => {
  it('finds the bundled stores, the demos among them', () => {
    expect(stores).toEqual(
      expect.arrayContaining(['trump-russia.json', 'media-demo.json', 'groups-demo.json']),
    );
  });

  it.each(stores)('accepts the bundled store %s', (file) => {
    expect(validate(schema, read(file))).toEqual([]);
  });

  it('accepts groups, eras, an event’s group and an HTML summary', () => {
    expect(validate(schema, withGroupsAndEras)).toEqual([]);
  });

  it.each([
    [
      'an era without an end',
      { eras: [{ id: 'x', title: 'X', start: '1861' }] },
      '$.eras[0]: lacks end',
    ],
    [
      'an era with a date of another form',
      { eras: [{ id: 'x', title: 'X', start: '1861', end: '4/9/1865' }] },
      '$.eras[0].end: does not match ^-?\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$',
    ],
    ['a group without a label', { groups: [{ id: 'senate' }] }, '$.groups[0]: lacks label'],
    [
      'a group of a colour by name',
      { groups: [{ id: 'senate', label: 'Senate', color: 'green' }] },
      '$.groups[0].color: does not match ^#[0-9a-fA-F]{6}$',
    ],
  ])('rejects %s', (_, change, error) => {
    expect(validate(schema, { ...withGroupsAndEras, ...change })).toEqual([error]);
  });

  it('accepts keys it does not know, as the loader does, which leaves them out', () => {
    const [event] = withGroupsAndEras.events;
    const store = {
      ...withGroupsAndEras,
      $schema: './timeline.schema.json',
      eras: [{ id: 'x', title: 'X', start: '1861', end: '1865', label: 'X' }],
      events: [{ ...event, note: 'A note of the editor’s' }],
    };
    expect(validate(schema, store)).toEqual([]);
    const loaded = parseDataset(store);
    if (loaded.kind !== 'ok') throw new Error('the store does not load');
    expect(loaded.problems).toEqual([]);
    expect(loaded.dataset.eras.map((era) => era.id)).toEqual(['x']);
  });

  it.each([
    ['ftp://example.com/minutes', 'is not a web address'],
    ['javascript:alert(1)', 'is a script'],
    ['example.com/minutes', 'has no scheme'],
  ])('rejects a source link %s, which %s, as the loader does', (url) => {
    const [event] = withGroupsAndEras.events;
    const store = { ...withGroupsAndEras, events: [{ ...event, sources: [{ name: 'S', url }] }] };
    expect(validate(schema, store)).toEqual([
      expect.stringMatching(/^\$\.events\[0\]\.sources\[0\]\.url: does not match /),
    ]);
    const loaded = parseDataset(store);
    if (loaded.kind !== 'ok') throw new Error('the store does not load');
    expect(loaded.problems.map((problem) => problem.field)).toEqual(['sources.0.url']);
  });

  it('accepts http and https links in any case, as the loader does', () => {
    const [event] = withGroupsAndEras.events;
    const sources = [
      { name: 'A', url: 'https://example.com/a' },
      { name: 'B', url: 'HTTP://example.com/b' },
    ];
    const store = { ...withGroupsAndEras, events: [{ ...event, sources }] };
    expect(validate(schema, store)).toEqual([]);
    const loaded = parseDataset(store);
    if (loaded.kind !== 'ok') throw new Error('the store does not load');
    expect(loaded.problems).toEqual([]);
  });

  it('rejects an event whose group is not an id', () => {
    const [event] = withGroupsAndEras.events;
    const store = { ...withGroupsAndEras, events: [{ ...event, group: 'The Senate' }] };
    expect(validate(schema, store)).toEqual([
      '$.events[0].group: does not match ^[a-z0-9]+(?:-[a-z0-9]+)*$',
    ]);
  });

  it('accepts links between events, and rejects a kind it does not know', () => {
    const [event] = withGroupsAndEras.events;
    const linked = (link: object) => ({
      ...withGroupsAndEras,
      events: [{ ...event, links: [link] }],
    });
    expect(validate(schema, linked({ to: 'a', kind: 'see-also', note: 'As said.' }))).toEqual([]);
    expect(validate(schema, linked({ to: 'a', kind: 'caused' }))).toEqual([
      '$.events[0].links[0].kind: is not one of led-to, response-to, see-also',
    ]);
    expect(validate(schema, linked({ kind: 'led-to' }))).toEqual([
      '$.events[0].links[0]: lacks to',
    ]);
  });

  it('describes every field of an event that the app reads', () => {
    const event = resolveRef('#/$defs/event');
    const properties = isObject(event.properties) ? Object.keys(event.properties) : [];
    expect(properties.sort()).toEqual(Object.keys(EventSchema.entries).sort());
  });
});

describe('the groups and eras demo', () => {
  it('loads without a problem, with its groups, its eras and an event outside any group', () => {
    const result = parseDataset(read('groups-demo.json'));
    if (result.kind !== 'ok') throw new Error('the demo does not load');
    expect(result.problems).toEqual([]);
    const { groups, eras, events } = result.dataset;
    expect(groups.map((group) => group.label)).toEqual(['Crewed missions', 'Uncrewed tests']);
    expect(eras.map((era) => [era.title, era.written.start, era.written.end])).toEqual([
      ['Kennedy administration', '1961-01-20', '1963-11-22'],
      ['Johnson administration', '1963-11-22', '1969-01-20'],
      ['Nixon administration', '1969-01-20', '1974-08-09'],
    ]);
    expect(events).toHaveLength(17);
    expect(events.filter((event) => event.group === undefined).map((event) => event.id)).toEqual([
      'kennedy-sets-the-goal',
    ]);
    // Each event cites its source; NASA's own pages where it links one.
    for (const event of events) {
      expect(event.sources.length).toBeGreaterThan(0);
      for (const source of event.sources)
        expect(source.url ?? '').toMatch(/^https:\/\/www\.nasa\.gov\//);
    }
  });
});
