/**
 * DOM reader: does the page still offer more comments ("Load more", "Show replies", …)?
 * The popup says so, so a reader knows the analysis covers only what is loaded.
 */

/** Words sites put on controls that fetch more comments, in the languages we support. */
const LOAD_MORE_TEXT =
  /\b(load|show|view|see|read)\s+(\d+\s+)?(more|all|previous|older|earlier|new)?\s*(comments?|repl(y|ies)|responses?)\b|\bmore (comments|replies)\b|weitere (kommentare|antworten)|mehr kommentare|alle kommentare|plus de (commentaires|réponses)|voir les réponses|más comentarios|ver respuestas|(ещё|еще|показать) (комментари|ответ)/i;
/** Controls only: a sentence in a comment that happens to say "more comments" is not one. */
const CONTROL_SELECTOR = 'button, a[href], [role="button"]';
const MAX_CONTROL_TEXT = 60;
const MAX_CONTROLS_CHECKED = 400;

export function hasLoadMoreControl(root: ParentNode): boolean {
  const controls = root.querySelectorAll(CONTROL_SELECTOR);
  const limit = Math.min(controls.length, MAX_CONTROLS_CHECKED);
  // Load-more controls sit at the end of comment lists: look from the end of the page.
  for (let i = controls.length - 1; i >= controls.length - limit; i--) {
    const control = controls[i]!;
    const text = (control.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length === 0 || text.length > MAX_CONTROL_TEXT) continue;
    if ((control as HTMLButtonElement).disabled || control.closest('[hidden], [aria-hidden="true"]')) continue;
    if (LOAD_MORE_TEXT.test(text)) return true;
  }
  return false;
}
