/** Buttons that copy an element's text (`data-copy="#id"`) to the clipboard, shown only where the clipboard can be written. */

/** Copies an element: as plain text, and as HTML where the browser takes both (italics survive a paste into a word processor). */
async function copy(element: HTMLElement): Promise<void> {
  const text = element instanceof HTMLAnchorElement ? element.href : element.innerText.trim();
  if (typeof ClipboardItem !== 'undefined' && !(element instanceof HTMLAnchorElement) && element.tagName !== 'PRE') {
    const item = new ClipboardItem({
      'text/plain': new Blob([text], { type: 'text/plain' }),
      'text/html': new Blob([element.innerHTML.trim()], { type: 'text/html' }),
    });
    await navigator.clipboard.write([item]);
    return;
  }
  await navigator.clipboard.writeText(text);
}

/** Wires every copy button of the page and reveals it. */
export function runCopyButtons(): void {
  if (!navigator.clipboard) return;
  const status = document.getElementById('copy-status');
  // Emptied first, so that the same message said twice is announced twice.
  const say = (message: string) => {
    if (!status) return;
    status.textContent = '';
    setTimeout(() => (status.textContent = message), 50);
  };
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const target = document.querySelector<HTMLElement>(button.dataset.copy!);
    if (!target) continue;
    const label = button.textContent;
    button.addEventListener('click', async () => {
      try {
        await copy(target);
        button.textContent = 'Copied';
        say(button.dataset.copied ?? 'Copied');
      } catch {
        say('Could not copy: select the text and copy it instead.');
      }
      setTimeout(() => (button.textContent = label), 2000);
    });
    button.hidden = false;
  }
}
