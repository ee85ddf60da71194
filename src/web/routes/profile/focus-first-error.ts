/** After a refused save, take the keyboard to the first field that needs attention. */
export function focusFirstError(container: HTMLElement | null) {
  setTimeout(() => {
    const field = container?.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus();
  }, 0);
}
