/**
 * The search page: loads Pagefind only when the person starts to search (focuses the
 * field, or arrives with `?q=`), searches as they type after a short pause, and
 * announces the number of results. A query is searched the way `planQuery` and
 * `searchRanked` (src/lib/search.ts) say: without stop words, whole words first. Results show title, kind and lead from Pagefind's
 * metadata; only the first few are fetched, the rest on «Vis flere treff».
 * Every word it writes comes from the page (`data-strings`), which has it from the dictionary.
 */
import { plural, type PluralForms } from '../i18n/plural';
import { format, PAGEFIND_OPTIONS, pagefindFilters, planQuery, SEARCH_FILTERS, searchRanked, type SearchFilter } from '../lib/search';

interface ResultData {
  url: string;
  meta: { title?: string; lead?: string; kind?: string };
}
interface Result {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  preload: (term: string, options?: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<{ results: Result[] } | null>;
}

/** Results fetched at a time: each is a small fragment file, so fewer means a lighter first search. */
const PAGE_SIZE = 6;
/** The pause after the last keystroke before searching. */
const TYPING_PAUSE_MS = 100;

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[type=search]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  const filterBox = document.querySelector<HTMLElement>('[data-search-filters]');
  if (!form || !input || !status || !list || !more || !filterBox) return;
  const base = list.dataset.base ?? '/';
  const { count: countForms, ...strings } = JSON.parse(list.dataset.strings ?? '{}') as Record<string, string> & { count: PluralForms };
  const say = (key: string, values: Record<string, string | number> = {}) => format(strings[key] ?? '', values);

  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;
  let pending: Result[] = [];

  const load = () => {
    pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (module) => {
      await module.options({ ...PAGEFIND_OPTIONS, baseUrl: base });
      return module;
    });
    return pagefind;
  };

  const chosenFilters = () =>
    pagefindFilters(
      Object.fromEntries(
        SEARCH_FILTERS.map((name: SearchFilter) => [
          name,
          [...filterBox.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => box.value),
        ]),
      ),
    );

  const render = (item: ResultData): HTMLLIElement => {
    const li = document.createElement('li');
    li.className = 'pg-result';
    const heading = document.createElement('h2');
    heading.className = 'ds-heading';
    heading.dataset.size = 'xs';
    const link = document.createElement('a');
    link.className = 'ds-link';
    link.href = item.url;
    link.textContent = item.meta.title ?? item.url;
    heading.append(link);
    li.append(heading);
    const kind = item.meta.kind && strings[`kind.${item.meta.kind}`];
    if (kind) {
      const tag = document.createElement('span');
      tag.className = 'pg-result__kind';
      tag.textContent = kind;
      li.append(tag);
    }
    if (item.meta.lead) {
      const lead = document.createElement('p');
      lead.className = 'ds-paragraph';
      lead.dataset.size = 'sm';
      lead.textContent = item.meta.lead;
      li.append(lead);
    }
    return li;
  };

  /** Fetches the next results and shows them, in place of the old ones or after them; returns the first new item. */
  const showNext = async (ticket: number, replace: boolean): Promise<HTMLLIElement | undefined> => {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (ticket !== latest) return undefined;
    const items = data.map(render);
    if (replace) list.replaceChildren(...items);
    else list.append(...items);
    more.hidden = pending.length === 0;
    return items[0];
  };

  const search = async (query: string) => {
    const ticket = ++latest;
    const term = query.trim();
    const filters = chosenFilters();
    const filtered = Object.keys(filters).length > 0;
    if (!term && !filtered) {
      pending = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    try {
      const pagefind = await load();
      const results = term
        ? await searchRanked(planQuery(term), async (query) => (await pagefind.search(query, { filters }))?.results ?? [])
        : ((await pagefind.search(null, { filters }))?.results ?? []);
      if (ticket !== latest) return;
      pending = results;
      const count = pending.length;
      await showNext(ticket, true);
      if (ticket !== latest) return;
      status.textContent =
        count === 0
          ? say(term ? 'none' : 'noneFiltered', { query: term })
          : !term
            ? say('countFiltered', { count })
            : plural(countForms, count, { query: term });
    } catch {
      if (ticket === latest) status.textContent = say('failed');
    }
  };

  const remember = (query: string) => {
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value;
    if (query.trim()) void load().then((module) => module.preload(query.trim())).catch(() => undefined);
    timer = setTimeout(() => {
      remember(query);
      void search(query);
    }, TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    remember(input.value);
    void search(input.value);
  });
  filterBox.addEventListener('change', () => {
    clearTimeout(timer);
    void search(input.value);
  });
  more.addEventListener('click', () => {
    void showNext(latest, false).then((first) => first?.querySelector('a')?.focus());
  });

  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void search(initial);
  }
}
