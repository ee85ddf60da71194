/** The field's text with `token` in place of its selection, and where the cursor goes after it. */
export function insertAtCursor(element: HTMLInputElement | HTMLTextAreaElement, token: string) {
  const value = element.value;
  const start = element.selectionStart ?? value.length;
  const end = element.selectionEnd ?? start;
  return { value: value.slice(0, start) + token + value.slice(end), cursor: start + token.length };
}
