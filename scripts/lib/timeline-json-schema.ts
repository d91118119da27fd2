/**
 * public/data/timeline.schema.json, made from the store's one description (src/data/store-shape.ts)
 * by @valibot/to-json-schema. Where JSON Schema cannot say what a check of ours does, or the
 * converter cannot, the few steps below say it: each rule is named beside the check it stands for.
 * The file says what the loader accepts without a problem; unknown keys are allowed, as the loader
 * drops them.
 */
import { toJsonSchema, type ConversionConfig, type JsonSchema } from '@valibot/to-json-schema';
import { SLUG, hasSlugShape } from '../../src/lib/slug.ts';
import { isLoadableAddress, MediaJsonSchema } from '../../src/data/media.ts';
import {
  EventDateSchema,
  EventFileSchema,
  EventLinkSchema,
  partialIso,
  slug,
  StoreFileSchema,
} from '../../src/data/store-shape.ts';
import { hasVisibleText } from '../../src/data/visible-text.ts';

/** Where the file is, from the repository's root: a contract (stores name it as their $schema). */
export const JSON_SCHEMA_FILE = 'public/data/timeline.schema.json';

/** Parts that many fields share, under $defs, by the names the file has always given them. */
const DEFINITIONS = {
  slug,
  partialDate: partialIso,
  event: EventFileSchema,
  link: EventLinkSchema,
  date: EventDateSchema,
  media: MediaJsonSchema,
};

/**
 * Our `v.check`s as JSON Schema rules. Text "must not be empty" means it has a character that
 * shows: JSON Schema can only ask for one character of any kind.
 */
const CHECKS = new Map<unknown, JsonSchema>([
  [hasVisibleText, { minLength: 1 }],
  [hasSlugShape, { pattern: SLUG.source }],
  // http(s), or no scheme at all: an address relative to the store.
  [
    isLoadableAddress,
    { minLength: 1, pattern: '^(?![a-zA-Z][a-zA-Z0-9+.-]*:)|^[hH][tT][tT][pP][sS]?:' },
  ],
]);

const overrideAction: NonNullable<ConversionConfig['overrideAction']> = ({
  valibotAction,
  jsonSchema,
}) => {
  if (valibotAction.type === 'check' && 'requirement' in valibotAction) {
    const rule = CHECKS.get(valibotAction.requirement);
    if (!rule) throw new Error('A check in the store description has no JSON Schema rule here.');
    return { ...jsonSchema, ...rule };
  }
  // JSON Schema's patterns take no flags: a case-blind one spells out both cases.
  if (valibotAction.type === 'regex' && 'requirement' in valibotAction) {
    const regex = valibotAction.requirement as RegExp;
    if (regex.flags === 'i') return { ...jsonSchema, pattern: caseBlind(regex.source) };
  }
  return null;
};

/** `^https?:\/\/` as `^[hH][tT][tT][pP][sS]?://`: each letter as a class of its two cases. */
export function caseBlind(source: string): string {
  let pattern = '';
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (char === '\\') {
      const next = source[++i] ?? '';
      // "\/" is only needed inside a regular expression literal.
      pattern += next === '/' ? '/' : `\\${next}`;
    } else if (char === '[') {
      throw new Error(`A class in a case-blind pattern is not spelled out: ${source}`);
    } else {
      const lower = char.toLowerCase();
      const upper = char.toUpperCase();
      pattern += lower === upper ? char : `[${lower}${upper}]`;
    }
  }
  return pattern;
}

/**
 * What event-date.ts checks of a date beyond its fields: a day, a month or a year is written to
 * that precision and has no end; a season is a start and an end month; a span has an end.
 */
const DATE_RULES: JsonSchema[] = [
  pointRule('day', '^-?\\d{4}-\\d{2}-\\d{2}$'),
  pointRule('month', '^-?\\d{4}-\\d{2}$'),
  pointRule('year', '^-?\\d{4}$'),
  {
    if: { properties: { precision: { const: 'season' } } },
    then: {
      required: ['end'],
      properties: {
        start: { pattern: '^-?\\d{4}-\\d{2}$' },
        end: { pattern: '^-?\\d{4}-\\d{2}$' },
      },
    },
  },
  { if: { properties: { precision: { const: 'span' } } }, then: { required: ['end'] } },
];

function pointRule(precision: string, pattern: string): JsonSchema {
  return {
    if: { properties: { precision: { const: precision } } },
    then: { properties: { start: { pattern } }, not: { required: ['end'] } },
  };
}

/** The JSON Schema of a store file. */
export function timelineJsonSchema(): JsonSchema {
  const generated = toJsonSchema(StoreFileSchema, {
    target: 'draft-2020-12',
    definitions: DEFINITIONS,
    overrideAction,
  });
  const { $schema, $defs, ...store } = generated;
  const date = $defs?.date;
  if (typeof date !== 'object') throw new Error('The description has no date.');
  return {
    $schema,
    $id: 'timeline.schema.json',
    title: 'Timeline event store',
    description: 'A dataset for the news timeline. See docs/data-format.md.',
    ...store,
    $defs: { ...$defs, date: { ...date, allOf: DATE_RULES } },
  };
}

/** The file's text, as the script writes it. */
export function timelineJsonSchemaText(): string {
  return `${JSON.stringify(timelineJsonSchema(), null, 2)}\n`;
}
