import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/locale.ts';
import { ORIGIN_PROBLEMS, type ConfigProblem } from '../data/config-problem.ts';
import { configProblemText, originProblemText } from './config-problem-text.ts';

afterEach(() => setLocale('en'));

describe('configProblemText', () => {
  // The sentences as the notices and the build have always said them, and in Spanish.
  it.each<[ConfigProblem, string, string]>([
    [
      { code: 'config-unreachable', detail: 'HTTP 500' },
      'config.json could not be loaded (HTTP 500), so only this site’s data can be shown.',
      'No se pudo cargar config.json (HTTP 500), así que solo se pueden mostrar los datos de este sitio.',
    ],
    [
      { code: 'config-not-json', detail: 'Unexpected token' },
      'config.json is not valid JSON (Unexpected token), so only this site’s data can be shown.',
      'config.json no es JSON válido (Unexpected token), así que solo se pueden mostrar los datos de este sitio.',
    ],
    [
      { code: 'config-not-an-object' },
      'config.json must hold an object, such as { "allowedDataOrigins": [] }.',
      'config.json debe contener un objeto, como { "allowedDataOrigins": [] }.',
    ],
    [
      { code: 'config-unknown-setting', setting: 'allowedOrigins' },
      'config.json: “allowedOrigins” is not a setting this app knows (it reads “allowedDataOrigins” and “allowedMediaOrigins”).',
      'config.json: «allowedOrigins» no es un ajuste que esta aplicación conozca (lee «allowedDataOrigins» y «allowedMediaOrigins»).',
    ],
    [
      { code: 'config-not-a-list', setting: 'allowedMediaOrigins' },
      'config.json: “allowedMediaOrigins” must be a list, such as ["https://images.example.com"].',
      'config.json: «allowedMediaOrigins» debe ser una lista, como ["https://images.example.com"].',
    ],
    [
      {
        code: 'config-bad-entry',
        setting: 'allowedDataOrigins',
        index: 1,
        value: '"http://data.example"',
        because: { code: 'origin-plain-http' },
      },
      'config.json: entry 2 of “allowedDataOrigins” "http://data.example": it must use https (plain http is allowed only for localhost).',
      'config.json: la entrada 2 de «allowedDataOrigins» "http://data.example": debe usar https (http sin cifrar solo se permite para localhost).',
    ],
    [
      {
        code: 'config-bad-entry',
        setting: 'allowedDataOrigins',
        index: 0,
        value: '',
        because: { code: 'origin-no-scheme' },
      },
      'config.json: entry 1 of “allowedDataOrigins”: it must start with https://, as in https://example.com.',
      'config.json: la entrada 1 de «allowedDataOrigins»: debe empezar por https://, como en https://example.com.',
    ],
  ])('words %j in English and Spanish', (problem, english, spanish) => {
    expect(configProblemText(problem)).toBe(english);
    setLocale('es');
    expect(configProblemText(problem)).toBe(spanish);
  });

  it('words every reason an entry is not a site, differently in each language', () => {
    for (const code of ORIGIN_PROBLEMS) {
      setLocale('en');
      const english = originProblemText({ code });
      setLocale('es');
      const spanish = originProblemText({ code });
      expect(english).toMatch(/^(it|an?) /);
      expect(spanish).not.toBe(english);
      expect(spanish).not.toMatch(/\b(it|must|the)\b/);
    }
  });
});
