/**
 * Characters that draw nothing: Unicode White_Space, format characters (Cf: zero-width spaces and
 * joiners, bidi controls, the soft hyphen, U+FEFF) and Default_Ignorable_Code_Point (variation
 * selectors, the Hangul fillers). A title made only of these would show as an empty line.
 */
const VISIBLE = /[^\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

/** Whether the text shows anything at all; text is never trimmed or changed by this check. */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}
