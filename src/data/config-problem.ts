/**
 * What is wrong with config.json, the site's list of other sites it takes data and media from, as
 * data: src/ui/config-problem-text.ts words each for the reader, or for whoever runs the build.
 */

export const CONFIG_SETTINGS = ['allowedDataOrigins', 'allowedMediaOrigins'] as const;
export type ConfigSetting = (typeof CONFIG_SETTINGS)[number];

/** Why an entry does not read as a site (an origin) that may be allowed. */
export const ORIGIN_PROBLEMS = [
  'origin-not-text',
  'origin-bad-characters',
  'origin-no-scheme',
  'origin-not-web-scheme',
  'origin-not-site-only',
  'origin-wildcard-not-first',
  'origin-invalid',
  'origin-no-host',
  'origin-wildcard-too-short',
  'origin-plain-http',
] as const;
export type OriginProblem = { code: (typeof ORIGIN_PROBLEMS)[number] };

export type ConfigProblem =
  /** The file could not be fetched, or is not JSON: `detail` is the browser's or server's own. */
  | { code: 'config-unreachable' | 'config-not-json'; detail: string }
  | { code: 'config-not-an-object' }
  | { code: 'config-unknown-setting'; setting: string }
  | { code: 'config-not-a-list'; setting: ConfigSetting }
  /** An entry of a list, left out; `value` is as JSON, '' when there is none to show. */
  | {
      code: 'config-bad-entry';
      setting: ConfigSetting;
      index: number;
      value: string;
      because: OriginProblem;
    };
