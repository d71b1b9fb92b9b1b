/**
 * Paragraph permalinks: the number in the margin links to the paragraph; with this script,
 * activating it also copies the paragraph's full URL and says so in a polite live region.
 */

/** A visually small status line that screen readers announce. */
function status(): HTMLElement {
  let element = document.getElementById('copy-status');
  if (element) return element;
  element = document.createElement('p');
  element.id = 'copy-status';
  element.className = 'copy-status';
  element.setAttribute('role', 'status');
  document.body.append(element);
  return element;
}

/** Shows a message for a few seconds. */
function announce(message: string): void {
  const element = status();
  element.textContent = message;
  element.dataset.visible = '';
  window.setTimeout(() => {
    if (element.textContent === message) delete element.dataset.visible;
  }, 2500);
}

/** Wires the paragraph numbers of the page. */
export function enhanceParagraphLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.pnum')) {
    link.title = `Copy the link to this paragraph`;
    link.addEventListener('click', async (event) => {
      event.preventDefault();
      const url = new URL(link.href);
      history.replaceState(null, '', url.hash);
      link.closest('.para')?.scrollIntoView({ block: 'nearest' });
      const n = url.hash.replace('#p-', '');
      try {
        await navigator.clipboard.writeText(url.href);
        announce(`Link to ¶ ${n} copied`);
      } catch {
        announce(`Link to ¶ ${n} is in the address bar`);
      }
    });
  }
}
