/** The dark-mode switch: follows the system until the reader chooses, then remembers the choice. */

const KEY = 'theme';

/** Whether the page is dark now, by choice or by the system's setting. */
function isDark(): boolean {
  const chosen = document.documentElement.dataset.theme;
  return chosen ? chosen === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Wires the switch in the header. */
export function enhanceThemeToggle(): void {
  const button = document.getElementById('theme-toggle');
  if (!button) return;
  button.hidden = false;
  const sync = () => button.setAttribute('aria-pressed', String(isDark()));
  sync();
  button.addEventListener('click', () => {
    const theme = isDark() ? 'light' : 'dark';
    document.documentElement.dataset.theme = theme;
    try {
      localStorage.setItem(KEY, theme);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    sync();
  });
}
