/**
 * Legal references grouped by law, in the order first named, each section with its
 * title and address from the law list:
 * `[{pbrl § 2-8}, {hol § 3-6}, {pbrl § 3-1}]` → «Pasient- og brukerrettighetsloven: § 2-8 …, § 3-1 …».
 * A part of a section (`ledd`, `bokstav`) is written out in words: «§ 1-3 første ledd bokstav b».
 */
export interface LawSectionInfo {
  section: string;
  title?: string | undefined;
  url?: string | undefined;
}

export interface LawInfo {
  name: string;
  url?: string | undefined;
  sections?: readonly LawSectionInfo[] | undefined;
}

/** A reference as pages and offers write it in `legalRefs` and `legalBasis`. */
export interface LegalRef {
  law: string;
  section: string;
  ledd?: number | undefined;
  bokstav?: string | undefined;
}

/** How a part of a section is said: `ledd(1)` → «første ledd», `bokstav('b')` → «bokstav b». */
export interface PartWords {
  ledd: (number: number) => string;
  bokstav: (letter: string) => string;
}

export interface LegalItem {
  /** The section and its part, as read: «§ 1-3 første ledd bokstav b». */
  label: string;
  title?: string | undefined;
  url?: string | undefined;
}

export interface LegalGroup {
  law: string;
  name: string;
  url?: string | undefined;
  sections: LegalItem[];
}

/** «§ 1-3 første ledd bokstav b» for `{ section: "§ 1-3", ledd: 1, bokstav: "b" }`. */
export function describeRef(ref: LegalRef, words: PartWords): string {
  return [ref.section, ref.ledd ? words.ledd(ref.ledd) : '', ref.bokstav ? words.bokstav(ref.bokstav) : ''].filter(Boolean).join(' ');
}

export function groupLegalRefs(refs: readonly LegalRef[], laws: ReadonlyMap<string, LawInfo>, words: PartWords): LegalGroup[] {
  const groups = new Map<string, LegalGroup>();
  for (const ref of refs) {
    const law = laws.get(ref.law);
    const group = groups.get(ref.law) ?? { law: ref.law, name: law?.name ?? ref.law, url: law?.url, sections: [] };
    const label = describeRef(ref, words);
    if (!group.sections.some((item) => item.label === label)) {
      const known = law?.sections?.find((entry) => entry.section === ref.section);
      group.sections.push({ label, title: known?.title, url: known?.url });
    }
    groups.set(ref.law, group);
  }
  return [...groups.values()];
}
