import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addConnectSource,
  contentSecurityPolicy,
  cspFromHtml,
  headersFile,
  inlineCode,
  playersIn,
  readConfig,
  withCspMeta,
} from './csp.ts';

const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.split(' ')
    .slice(1);

describe('contentSecurityPolicy', () => {
  it('allows scripts, styles and connections to this site only by default', () => {
    const policy = contentSecurityPolicy([]);
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
    expect(directive(policy, 'style-src')).toEqual(["'self'"]);
    expect(directive(policy, 'connect-src')).toEqual(["'self'"]);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe/);
  });

  it('adds the configured origins to connect-src', () => {
    const policy = contentSecurityPolicy(['https://docs.google.com', 'https://*.example.com']);
    expect(directive(policy, 'connect-src')).toEqual([
      "'self'",
      'https://docs.google.com',
      'https://*.example.com',
    ]);
  });
});

describe('headersFile', () => {
  it('adds what a meta cannot carry, for every path', () => {
    const lines = headersFile(contentSecurityPolicy([])).split('\n');
    expect(lines[0]).toBe('/*');
    expect(lines[1]).toMatch(
      /^ {2}Content-Security-Policy: default-src 'self';.*; frame-ancestors \*$/,
    );
    expect(lines).toContain('  X-Content-Type-Options: nosniff');
    expect(lines).toContain('  Referrer-Policy: strict-origin-when-cross-origin');
  });
});

describe('the policy meta', () => {
  const page = '<html><head>\n<meta charset="UTF-8" />\n<title>x</title></head></html>';

  it('goes right after the charset and reads back', () => {
    const html = withCspMeta(page, "default-src 'self'");
    expect(html).toMatch(
      /<meta charset="UTF-8" \/>\n\s*<meta http-equiv="Content-Security-Policy" content="default-src 'self'" \/>\n<title>/,
    );
    expect(cspFromHtml(html)).toBe("default-src 'self'");
  });

  it('replaces the one already there', () => {
    const html = withCspMeta(withCspMeta(page, 'a'), 'b');
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(cspFromHtml(html)).toBe('b');
  });

  it('is absent from a page without one', () => {
    expect(cspFromHtml(page)).toBeNull();
  });
});

describe('addConnectSource', () => {
  it.each([
    [
      "default-src 'self'; connect-src 'self'",
      "default-src 'self'; connect-src 'self' https://a.example",
    ],
    [
      "connect-src 'self' https://a.example; img-src 'self'",
      "connect-src 'self' https://a.example; img-src 'self'",
    ],
    ["connect-src 'none'", 'connect-src https://a.example'],
    ["default-src 'self'", "default-src 'self'; connect-src 'self' https://a.example"],
  ])('%s', (policy, expected) => {
    expect(addConnectSource(policy, 'https://a.example')).toBe(expected);
  });
});

describe('inlineCode', () => {
  it.each([
    '<script>',
    '<script type="module">',
    '<style>',
    '<div style="color:red">',
    '<body onload="go()">',
    '<DIV STYLE="color:red">',
    '<img src=x onerror=go()>',
    '<p title="a > b" onclick="go()">',
    '<input disabled style="color:red">',
  ])('finds %s', (tag) => {
    expect(inlineCode(`<p>Before</p>${tag}inside</x><p>after</p>`)).toEqual([tag]);
  });

  it.each([
    '<meta name="description" content="Why style = substance in politics" />',
    '<meta property="og:title" content="onload = a word, not a handler" />',
    '<p title=\'style="color:red"\'>',
    '<p data-style="x" data-onclick="y">Text with style="x" and onclick=go() in it</p>',
    '<a href="/?q=%20style%3Dx" aria-label="say style= out loud">',
  ])('leaves harmless text alone: %s', (html) => {
    expect(inlineCode(html)).toEqual([]);
  });

  it('lets external scripts and styles through', () => {
    expect(
      inlineCode(
        '<script type="module" crossorigin src="./assets/index.js"></script><link rel="stylesheet" href="x.css"><meta name="viewport" content="width=device-width">',
      ),
    ).toEqual([]);
  });
});

describe('readConfig', () => {
  const file = (text: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'csp-config-'));
    const name = path.join(dir, 'config.json');
    writeFileSync(name, text);
    return name;
  };

  it('reads the canonical origins', () => {
    expect(
      readConfig(file('{ "allowedDataOrigins": ["https://Docs.Google.com/"] }')).allowedDataOrigins,
    ).toEqual(['https://docs.google.com']);
  });

  it('allows none when there is no file', () => {
    expect(
      readConfig(path.join(tmpdir(), 'no-such-dir', 'config.json')).allowedDataOrigins,
    ).toEqual([]);
  });

  it('stops the build on a broken config, saying what is wrong', () => {
    expect(() => readConfig(file('{ "allowedDataOrigins": ["*"] }'))).toThrow(
      /entry 1 of “allowedDataOrigins” "\*": it must start with https/,
    );
    expect(() => readConfig(file('{'))).toThrow(/is not valid JSON/);
  });
});

describe('the policy for media', () => {
  it('frames only the players the data uses, and lets allowed sites show pictures and sound', () => {
    expect(contentSecurityPolicy([])).not.toMatch(/frame-src|media-src/);
    const policy = contentSecurityPolicy([], {
      origins: ['https://images.example.org'],
      players: ['youtube'],
    });
    expect(policy).toContain("img-src 'self' data: blob: https://images.example.org");
    expect(policy).toContain("media-src 'self' https://images.example.org");
    expect(policy).toContain('frame-src https://www.youtube-nocookie.com');
    expect(policy).not.toContain('vimeo');
  });

  it('finds the players in a store’s text', () => {
    expect(playersIn('{"url":"https://youtu.be/aqz-KE-bpKQ"}')).toEqual(['youtube']);
    expect(playersIn('x,https://vimeo.com/1084537')).toEqual(['vimeo']);
    expect(playersIn('{"title":"No video here"}')).toEqual([]);
  });
});
