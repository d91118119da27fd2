/**
 * What is wrong with config.json, in the reader's language (or, for the build and its scripts,
 * in English): the data says it as codes with their parts (src/data/config-problem.ts).
 */
import { assertNever } from '../lib/assert-never.ts';
import { isolate, shorten } from '../lib/display-text.ts';
import { t } from '../i18n/messages.ts';
import type { ConfigProblem, OriginProblem } from '../data/config-problem.ts';

export function configProblemText(problem: ConfigProblem): string {
  const m = t();
  switch (problem.code) {
    case 'config-unreachable':
      return m.configUnreachable(isolate(shorten(problem.detail, 80)));
    case 'config-not-json':
      return m.configNotJson(isolate(shorten(problem.detail, 80)));
    case 'config-not-an-object':
      return m.configNotAnObject;
    case 'config-unknown-setting':
      return m.configUnknownSetting(isolate(shorten(problem.setting, 60)));
    case 'config-not-a-list':
      return m.configNotAList(
        problem.setting,
        problem.setting === 'allowedDataOrigins'
          ? 'https://example.com'
          : 'https://images.example.com',
      );
    case 'config-bad-entry':
      return m.configBadEntry(
        problem.index + 1,
        problem.setting,
        isolate(shorten(problem.value, 80)),
        originProblemText(problem.because),
      );
    default:
      return assertNever(problem);
  }
}

/** Why an entry is not a site that may be allowed: "it must start with https://". */
export function originProblemText(problem: OriginProblem): string {
  const m = t();
  switch (problem.code) {
    case 'origin-not-text':
      return m.originNotText;
    case 'origin-bad-characters':
      return m.originBadCharacters;
    case 'origin-no-scheme':
      return m.originNoScheme;
    case 'origin-not-web-scheme':
      return m.originNotWebScheme;
    case 'origin-not-site-only':
      return m.originNotSiteOnly;
    case 'origin-wildcard-not-first':
      return m.originWildcardNotFirst;
    case 'origin-invalid':
      return m.originInvalid;
    case 'origin-no-host':
      return m.originNoHost;
    case 'origin-wildcard-too-short':
      return m.originWildcardTooShort;
    case 'origin-plain-http':
      return m.originPlainHttp;
    default:
      return assertNever(problem.code);
  }
}
