/** The two lines a newsroom pastes into an article: an element naming the view, and the script. */
export function embedSnippet(appUrl: string, search = ''): string {
  const base = appUrl.endsWith('/') ? appUrl : `${appUrl}/`;
  const src = `${base}${search ? `${search}&` : '?'}embed=1`;
  return `<div class="newsline-embed" data-src="${escapeAttribute(src)}"></div>\n<script async src="${escapeAttribute(`${base}embed.js`)}"></script>`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
