/**
 * The bundle link: staff tick offers and pages, and the choice travels in the link's
 * fragment, `/brosjyrer/samle/#velg=avlastning,parorendeskole,sorg`. The fragment holds
 * only page IDs, never anything about a person, and never reaches a server.
 *
 * Format (documented for staff who build links by hand): one parameter `velg`, the IDs
 * of offers and guide pages separated by commas, in the order they are printed.
 * Reading is strict: anything that is not a known ID is dropped without a trace.
 */
export const BUNDLE_PARAM = 'velg';
/** More than this is not a bundle for one person; the rest is ignored. */
export const MAX_BUNDLE_ITEMS = 40;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The fragment (without `#`) for a list of IDs: duplicates removed, order kept. */
export function bundleFragment(ids: readonly string[]): string {
  const unique = [...new Set(ids)].filter((id) => ID.test(id)).slice(0, MAX_BUNDLE_ITEMS);
  return `${BUNDLE_PARAM}=${unique.join(',')}`;
}

/**
 * The known IDs a fragment (`#velg=…` or `velg=…`) asks for, in its order, without
 * duplicates. Unknown, malformed or hostile IDs are left out; a broken fragment gives `[]`.
 */
export function parseBundleFragment(fragment: string, known: ReadonlySet<string>): string[] {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(fragment.replace(/^#/, ''));
  } catch {
    return [];
  }
  const ids = params
    .getAll(BUNDLE_PARAM)
    .flatMap((value) => value.split(','))
    .map((id) => id.trim())
    .filter((id) => id.length <= 80 && ID.test(id) && known.has(id));
  return [...new Set(ids)].slice(0, MAX_BUNDLE_ITEMS);
}
