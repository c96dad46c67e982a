/**
 * The staff page's two small enhancements: filter the offer table by need and target
 * group, and build a bundle link from ticked offers and pages. Without this script the
 * table shows everything and the builder stays hidden.
 */
import { bundleFragment } from '../lib/print/bundle';
import { adoptControlsCss } from './staffControls';
import { matchesFilter } from '../lib/print/staffFilter';

const words = (value: string | undefined): string[] => (value ?? '').split(' ').filter(Boolean);

function runFilter(): void {
  const form = document.querySelector<HTMLFormElement>('[data-filter]');
  const table = document.querySelector<HTMLTableElement>('[data-filter-table]');
  const status = document.querySelector<HTMLElement>('[data-filter-status]');
  if (!form || !table || !status) return;
  const rows = [...table.tBodies[0]!.rows];
  const apply = () => {
    const data = new FormData(form);
    const filter = { need: String(data.get('behov') ?? ''), group: String(data.get('malgruppe') ?? '') };
    let shown = 0;
    for (const row of rows) {
      const match = matchesFilter({ needs: words(row.dataset.needs), targetGroups: words(row.dataset.groups) }, filter);
      row.hidden = !match;
      if (match) shown += 1;
    }
    status.textContent = (status.dataset.template ?? '').replace('{shown}', String(shown)).replace('{total}', String(rows.length));
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
}

function runBuilder(): void {
  const form = document.querySelector<HTMLFormElement>('[data-builder]');
  const status = form?.querySelector<HTMLElement>('[data-builder-status]');
  const result = form?.querySelector<HTMLElement>('[data-builder-result]');
  const field = result?.querySelector<HTMLInputElement>('input');
  const open = result?.querySelector<HTMLAnchorElement>('[data-builder-open]');
  if (!form || !status || !result || !field || !open) return;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const ids = new FormData(form).getAll('velg').map(String);
    if (ids.length === 0) {
      result.hidden = true;
      status.textContent = status.dataset.none ?? '';
      return;
    }
    const link = new URL(`${form.dataset.target ?? ''}#${bundleFragment(ids)}`, window.location.href).href;
    field.value = link;
    open.href = link;
    result.hidden = false;
    status.textContent = status.dataset.made ?? '';
    field.focus();
    field.select();
  });
  form.hidden = false;
}

export function runStaffPage(): void {
  adoptControlsCss();
  runFilter();
  runBuilder();
}
