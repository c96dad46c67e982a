/**
 * The bundle page: reads the IDs from the fragment, keeps only those in the list the
 * page was built with, fetches each sheet or page from this site and puts its main
 * content in, one after another. Nothing from the link is ever written as markup:
 * the link only chooses among known addresses, and what is shown is the site's own pages.
 */
import { plural, type PluralForms } from '../i18n/plural';
import { bundleFragment, parseBundleFragment } from '../lib/print/bundle';

interface Known {
  path: string;
  title: string;
}

const DROP = 'script, style, link, iframe, object, embed, form, noscript, .ds-breadcrumbs';

/** The main content of a fetched page, made fit to sit inside this one. */
function importContent(html: string, id: string): DocumentFragment {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const fragment = document.createDocumentFragment();
  const main = doc.querySelector('main');
  if (!main) return fragment;
  const parts = [...main.children, ...doc.querySelectorAll('body > .pg-container > .pg-qr')];
  for (const part of parts) fragment.append(document.importNode(part, true));
  for (const element of fragment.querySelectorAll(DROP)) element.remove();
  for (const element of fragment.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      if (attribute.name.startsWith('on') || attribute.name === 'style') element.removeAttribute(attribute.name);
    }
    // IDs and the references to them get the item's prefix, so two sheets never share an ID.
    if (element.id) element.id = `${id}--${element.id}`;
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) element.setAttribute('aria-labelledby', labelledBy.split(' ').map((ref) => `${id}--${ref}`).join(' '));
    const link = element.getAttribute('href');
    if (element.tagName === 'A' && link?.startsWith('#')) element.setAttribute('href', `#${id}--${link.slice(1)}`);
  }
  // One level down: the bundle's own title is the page's only h1.
  for (const heading of [...fragment.querySelectorAll('h5, h4, h3, h2, h1')]) {
    const level = Number(heading.tagName.slice(1));
    const lower = document.createElement(`h${Math.min(level + 1, 6)}`);
    for (const attribute of [...heading.attributes]) lower.setAttribute(attribute.name, attribute.value);
    lower.append(...heading.childNodes);
    heading.replaceWith(lower);
  }
  return fragment;
}

async function render(container: HTMLElement, known: Record<string, Known>): Promise<void> {
  const status = document.querySelector<HTMLElement>('[data-bundle-status]');
  const empty = document.querySelector<HTMLElement>('[data-bundle-empty]');
  const linkLine = document.querySelector<HTMLElement>('[data-bundle-link]');
  const ids = parseBundleFragment(window.location.hash, new Set(Object.keys(known)));
  // The address then says exactly what the page shows, so it can be sent on as it is.
  if (ids.length > 0 && window.location.hash !== `#${bundleFragment(ids)}`) {
    window.history.replaceState(null, '', `#${bundleFragment(ids)}`);
  }
  container.replaceChildren();
  if (empty) empty.hidden = ids.length > 0;
  if (linkLine) {
    linkLine.hidden = ids.length === 0;
    const anchor = linkLine.querySelector('a');
    if (anchor) {
      anchor.href = window.location.href;
      anchor.textContent = window.location.href;
    }
  }
  if (ids.length === 0) {
    if (status) status.textContent = '';
    return;
  }
  if (status) status.textContent = status.dataset.loading ?? '';
  const sections = await Promise.all(
    ids.map(async (id) => {
      const item = known[id]!;
      const section = document.createElement('section');
      section.className = 'pg-bundle__item';
      section.dataset.bundleItem = id;
      try {
        const response = await fetch(item.path, { credentials: 'same-origin' });
        if (!response.ok) throw new Error(String(response.status));
        section.append(importContent(await response.text(), id));
        const heading = section.querySelector('h2');
        if (heading?.id) section.setAttribute('aria-labelledby', heading.id);
      } catch {
        const paragraph = document.createElement('p');
        paragraph.className = 'ds-paragraph';
        const url = new URL(item.path, window.location.href).href;
        paragraph.textContent = (container.dataset.failed ?? '').replace('{title}', item.title).replace('{url}', url);
        section.append(paragraph);
      }
      return section;
    }),
  );
  container.append(...sections);
  if (status) status.textContent = plural(JSON.parse(status.dataset.ready ?? '{"one":"","other":""}') as PluralForms, sections.length);
  document.documentElement.dataset.bundleReady = 'true';
}

export function runBundlePage(): void {
  const container = document.querySelector<HTMLElement>('[data-bundle-items]');
  if (!container) return;
  let known: Record<string, Known> = {};
  try {
    known = JSON.parse(container.dataset.known ?? '{}') as Record<string, Known>;
  } catch {
    known = {};
  }
  void render(container, known);
  window.addEventListener('hashchange', () => {
    delete document.documentElement.dataset.bundleReady;
    void render(container, known);
  });
}
