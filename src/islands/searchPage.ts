/**
 * The search page: loads Pagefind only here, searches as the person types (after a
 * short pause), and announces the number of results. Reads `?q=` so links can pre-fill it.
 */
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
  options: (options: Record<string, unknown>) => Promise<void>;
}

const MAX_RESULTS = 20;

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[type=search]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;
  const base = list.dataset.base ?? '/';
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  const load = () => {
    const url = `${base}pagefind/pagefind.js`;
    pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (module) => {
      await module.options({ excerptLength: 20 });
      return module;
    });
    return pagefind;
  };

  const show = async (query: string) => {
    const ticket = ++latest;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const { results } = await (await load()).search(query);
    const data = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(
      ...data.map((item) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.className = 'ds-link';
        link.href = item.url;
        link.textContent = item.meta.title ?? item.url;
        const excerpt = document.createElement('p');
        excerpt.className = 'ds-paragraph';
        excerpt.dataset.size = 'sm';
        // Pagefind's excerpt is escaped text with <mark> around hits; keep only those marks.
        excerpt.innerHTML = item.excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
        li.append(link, excerpt);
        return li;
      }),
    );
    status.textContent =
      results.length === 0 ? `Ingen treff på «${query}».` : `${results.length} treff på «${query}».`;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void show(input.value), 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void show(input.value);
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void show(initial);
  }
}
