/**
 * Shows the links to cite as links to where the reader is. The pages name the configured site
 * (SITE at build time); where the same files are served from another address (a copy, a preview,
 * a host the build was not told of), links copied from the page must still lead back to it.
 */
export function localizeSiteLinks(root: HTMLElement): void {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  if (!canonical) return;
  const configured = new URL(canonical.href).origin;
  if (configured === location.origin) return;
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) link.href = link.href.replace(configured, location.origin);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue?.includes(configured)) node.nodeValue = node.nodeValue.replaceAll(configured, location.origin);
  }
}
