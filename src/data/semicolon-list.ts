/**
 * The items of a text that lists them with ";" between (a spreadsheet's cell, an Arrow store's
 * text column of topics or people), each trimmed, the empty ones left out: "Moon; ; Crew" is two.
 */
export function semicolonList(text: string | undefined): string[] {
  return (text ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);
}
