// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pagePolicy, policyAllows, policyAllowsConnect } from './csp-connect.ts';
import { addConnectSource, contentSecurityPolicy } from '../../build/csp.ts';

const PAGE = 'https://news.example';

describe('policyAllowsConnect', () => {
  const built = contentSecurityPolicy([
    'https://docs.google.com',
    'https://*.googleusercontent.com',
  ]);

  it.each<[string, boolean]>([
    ['https://news.example/data/x.json', true],
    ['https://docs.google.com/spreadsheets/d/x/pub?output=csv', true],
    ['https://doc-0o-bk-sheets.googleusercontent.com/pub', true],
    // The wildcard is for subdomains only.
    ['https://googleusercontent.com/pub', false],
    ['https://data.example/x.json', false],
    ['http://docs.google.com/x', false],
    ['https://docs.google.com:8443/x', false],
    ['https://news.example.evil.example/x', false],
  ])('the built policy and %s: %s', (address, allowed) => {
    expect(policyAllowsConnect(built, new URL(address), PAGE)).toBe(allowed);
  });

  it('lets through what npm run allow-origin adds', () => {
    const url = new URL('https://data.example/x.json');
    expect(policyAllowsConnect(built, url, PAGE)).toBe(false);
    expect(policyAllowsConnect(addConnectSource(built, 'https://data.example'), url, PAGE)).toBe(
      true,
    );
  });

  it.each<[string, string, boolean]>([
    // No connect-src: default-src governs; neither: nothing is refused.
    ["default-src 'self'", 'https://data.example/x', false],
    ["default-src 'self'; connect-src https:", 'https://data.example/x', true],
    ["script-src 'self'", 'https://data.example/x', true],
    ["connect-src 'none'", 'https://news.example/x', false],
    ['connect-src *', 'https://data.example/x', true],
    // Only the first directive of a name counts.
    ["connect-src 'self'; connect-src *", 'https://data.example/x', false],
    // A source without a scheme takes the page's; one without a port, the scheme's default.
    ['connect-src data.example', 'https://data.example/x', true],
    ['connect-src data.example', 'https://data.example:8443/x', false],
    ['connect-src https://data.example:*', 'https://data.example:8443/x', true],
    ['connect-src https://data.example:8443', 'https://data.example:8443/x', true],
    // http lets https through, as browsers do.
    ['connect-src http://data.example', 'https://data.example/x', true],
    ['connect-src http://localhost:5173', 'http://localhost:5173/x', true],
    ['connect-src http://[::1]:8080', 'http://[::1]:8080/x', true],
    // Case does not matter; a path is not judged here.
    ['CONNECT-SRC HTTPS://DATA.EXAMPLE', 'https://data.example/x', true],
    ['connect-src https://data.example/only/', 'https://data.example/x', true],
    ["connect-src 'unsafe-inline' 'nonce-abc'", 'https://data.example/x', false],
  ])('%s and %s: %s', (policy, address, allowed) => {
    expect(policyAllowsConnect(policy, new URL(address), PAGE)).toBe(allowed);
  });
});

describe('pagePolicy', () => {
  it('reads the policy from the page’s <meta>, or says there is none', () => {
    const doc = document.implementation.createHTMLDocument('');
    expect(pagePolicy(doc)).toBeNull();
    const meta = doc.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "connect-src 'self'";
    doc.head.append(meta);
    expect(pagePolicy(doc)).toBe("connect-src 'self'");
  });
});

describe('policyAllows', () => {
  it('reads img-src and media-src as it reads connect-src, falling back to default-src', () => {
    const policy = "default-src 'self'; img-src 'self' data: https://images.example.org";
    const page = 'https://news.example';
    const allows = (directive: 'img-src' | 'media-src', url: string) =>
      policyAllows(policy, directive, new URL(url), page);
    expect(allows('img-src', 'https://images.example.org/a.png')).toBe(true);
    expect(allows('img-src', 'https://elsewhere.example.net/a.png')).toBe(false);
    expect(allows('img-src', 'https://news.example/a.png')).toBe(true);
    expect(allows('media-src', 'https://images.example.org/a.mp4')).toBe(false);
    expect(allows('media-src', 'https://news.example/a.mp4')).toBe(true);
  });
});
