/**
 * Legal references grouped by law, in the order first named:
 * `[{pbrl § 2-8}, {hol § 3-6}, {pbrl § 3-1}]` → «Pasient- og brukerrettighetsloven § 2-8, § 3-1».
 */
export interface LawInfo {
  name: string;
  url?: string | undefined;
}

export interface LegalGroup {
  law: string;
  name: string;
  url?: string | undefined;
  sections: string[];
}

export function groupLegalRefs(refs: readonly { law: string; section: string }[], laws: ReadonlyMap<string, LawInfo>): LegalGroup[] {
  const groups = new Map<string, LegalGroup>();
  for (const ref of refs) {
    const law = laws.get(ref.law);
    const group = groups.get(ref.law) ?? { law: ref.law, name: law?.name ?? ref.law, url: law?.url, sections: [] };
    if (!group.sections.includes(ref.section)) group.sections.push(ref.section);
    groups.set(ref.law, group);
  }
  return [...groups.values()];
}
