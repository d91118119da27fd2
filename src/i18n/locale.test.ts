import { describe, expect, it } from 'vitest';
import { pickLocale } from './locale.ts';

describe('pickLocale', () => {
  it.each<[string, string[], string]>([
    ['', ['en-US'], 'en'],
    ['', ['es-ES', 'en'], 'es'],
    ['', ['es-MX'], 'es'],
    ['', ['fr-FR', 'es'], 'es'],
    ['', ['fr-FR', 'de'], 'en'],
    ['', [], 'en'],
    ['?lang=es', ['en-US'], 'es'],
    ['?lang=ES', ['en-US'], 'es'],
    ['?lang=en', ['es-ES'], 'en'],
    ['?lang=fr', ['es-ES'], 'es'],
    ['?event=x&lang=es', [], 'es'],
  ])('%j with %j → %s', (search, languages, expected) => {
    expect(pickLocale(search, languages)).toBe(expected);
  });
});
