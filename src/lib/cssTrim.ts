/**
 * Trims Designsystemet's CSS to what this site uses, so every page's render-blocking CSS
 * fits the first round trip (docs/ytelse.md):
 * - the generated theme keeps only the custom properties that some CSS the site loads
 *   refers to, only light (the default) and dark (when the system asks for it), and only
 *   the colours, sizes and typographies the markup names;
 * - a component file keeps only the rules whose classes and data attributes the markup has.
 *
 * A small parser of its own (no dependency): blocks, declarations and statements, enough
 * for Designsystemet's files. Pure: what the site uses is given as a `CssUsage`.
 */

export interface Declaration {
  type: 'decl';
  prop: string;
  value: string;
}
export interface Block {
  type: 'block';
  /** A selector list, or an at-rule with its parameters (`@media (…)`). */
  prelude: string;
  children: CssNode[];
}
/** An at-rule without a block: `@charset "UTF-8"`, `@layer a, b`. */
export interface Statement {
  type: 'statement';
  text: string;
}
export type CssNode = Declaration | Block | Statement;

/** Reads CSS into blocks, declarations and statements. Comments are left out. */
export function parseCss(css: string): CssNode[] {
  let i = 0;
  const readUntilEnd = (): CssNode[] => {
    const nodes: CssNode[] = [];
    let buffer = '';
    let parens = 0;
    const flush = () => {
      const text = buffer.trim();
      buffer = '';
      if (!text) return;
      if (text.startsWith('@')) {
        nodes.push({ type: 'statement', text });
        return;
      }
      const colon = text.indexOf(':');
      if (colon > 0) nodes.push({ type: 'decl', prop: text.slice(0, colon).trim(), value: text.slice(colon + 1).trim() });
    };
    while (i < css.length) {
      const char = css[i]!;
      if (char === '/' && css[i + 1] === '*') {
        const end = css.indexOf('*/', i + 2);
        i = end === -1 ? css.length : end + 2;
        continue;
      }
      if (char === '"' || char === "'") {
        let end = i + 1;
        while (end < css.length && css[end] !== char) end += css[end] === '\\' ? 2 : 1;
        buffer += css.slice(i, end + 1);
        i = end + 1;
        continue;
      }
      i += 1;
      if (char === '(') parens += 1;
      else if (char === ')') parens = Math.max(0, parens - 1);
      else if (parens === 0 && char === '{') {
        const prelude = buffer.trim();
        buffer = '';
        nodes.push({ type: 'block', prelude, children: readUntilEnd() });
        continue;
      } else if (parens === 0 && char === ';') {
        flush();
        continue;
      } else if (parens === 0 && char === '}') {
        flush();
        return nodes;
      }
      buffer += char;
    }
    flush();
    return nodes;
  };
  return readUntilEnd();
}

/** Writes the nodes back as compact CSS. */
export function printCss(nodes: readonly CssNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'decl') return `${node.prop}:${node.value};`;
      if (node.type === 'statement') return `${node.text};`;
      return `${node.prelude}{${printCss(node.children)}}`;
    })
    .join('');
}

/** What the site's markup and stylesheets use. */
export interface CssUsage {
  /** Designsystemet classes the markup has: `ds-card`, `ds-link` … */
  classes: ReadonlySet<string>;
  /**
   * The values each data attribute takes in the markup (`data-size` → `sm`, `lg` …).
   * `'any'` when some value is computed, so no rule for that attribute may be dropped.
   * An attribute that is missing is never used.
   */
  attributes: ReadonlyMap<string, ReadonlySet<string> | 'any'>;
  /** Custom properties that CSS outside the theme refers to (`--ds-color-text-default`). */
  properties: ReadonlySet<string>;
}

/** Splits a selector list at its top-level commas. */
export function splitSelectors(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < list.length; index += 1) {
    const char = list[index];
    if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth -= 1;
    else if (char === ',' && depth === 0) {
      parts.push(list.slice(start, index).trim());
      start = index + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter(Boolean);
}

/** The selector without anything inside parentheses: `:not(.a)` or `:is(…)` says nothing on what must be there. */
const outsideParentheses = (selector: string): string => {
  let out = '';
  let depth = 0;
  for (const char of selector) {
    if (char === '(') depth += 1;
    if (depth === 0) out += char;
    if (char === ')') depth -= 1;
  }
  return out;
};

/** The attributes whose values decide which rules can match: data attributes, and an element's type and role. */
const ATTRIBUTE = /\[\s*(data-[\w-]+|type|role)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+))\s*\]/g;
const DS_CLASS = /\.(ds-[\w-]+)/g;

/** Can this one selector match anything in the site's markup? */
export function selectorCanMatch(selector: string, usage: Pick<CssUsage, 'classes' | 'attributes'>): boolean {
  const required = outsideParentheses(selector);
  for (const [, name] of required.matchAll(DS_CLASS)) if (!usage.classes.has(name!)) return false;
  for (const match of required.matchAll(ATTRIBUTE)) {
    const values = usage.attributes.get(match[1]!);
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    if (values === 'any') continue;
    if (!values || !values.has(value)) return false;
  }
  return true;
}

const isRule = (node: Block) => !node.prelude.startsWith('@');

/** Drops selectors that can never match; a rule left with none is dropped, and so is an empty block. */
function pruneRules(nodes: CssNode[], usage: Pick<CssUsage, 'classes' | 'attributes'>): CssNode[] {
  const out: CssNode[] = [];
  for (const node of nodes) {
    if (node.type !== 'block') {
      out.push(node);
      continue;
    }
    let prelude = node.prelude;
    if (isRule(node)) {
      const kept = splitSelectors(node.prelude).filter((selector) => selectorCanMatch(selector, usage));
      if (kept.length === 0) continue;
      prelude = kept.join(',');
    }
    const children = pruneRules(node.children, usage);
    if (children.length === 0) continue;
    out.push({ type: 'block', prelude, children });
  }
  return out;
}

/** A Designsystemet component file with only the rules the markup can match. */
export function purgeComponentCss(css: string, usage: Pick<CssUsage, 'classes' | 'attributes'>): string {
  return printCss(pruneRules(parseCss(css), usage));
}

const VAR_REFERENCE = /var\(\s*(--[\w-]+)/g;

/** The custom properties a piece of CSS refers to with `var()`. */
export function referencedProperties(css: string): Set<string> {
  return new Set([...css.matchAll(VAR_REFERENCE)].map((match) => match[1]!));
}

const walkDeclarations = (nodes: readonly CssNode[], visit: (decl: Declaration) => void) => {
  for (const node of nodes) {
    if (node.type === 'decl') visit(node);
    else if (node.type === 'block') walkDeclarations(node.children, visit);
  }
};

/** Keeps only declarations that are not custom properties or that something still refers to. */
function dropUnusedProperties(nodes: CssNode[], live: ReadonlySet<string>): CssNode[] {
  const out: CssNode[] = [];
  for (const node of nodes) {
    if (node.type === 'decl') {
      if (!node.prop.startsWith('--') || live.has(node.prop)) out.push(node);
    } else if (node.type === 'block') {
      const children = dropUnusedProperties(node.children, live);
      if (children.some((child) => child.type !== 'statement')) out.push({ ...node, children });
    } else out.push(node);
  }
  return out;
}

/**
 * The generated theme trimmed to the site: rules for colour schemes, colours, sizes and
 * typographies the markup never names are dropped; the light scheme is the theme's
 * default (`:root`), so its copy for `prefers-color-scheme: light` goes too, while dark
 * stays for `prefers-color-scheme: dark`; then every custom property that nothing refers
 * to, directly or through another kept property, is left out.
 */
export function trimTheme(css: string, usage: CssUsage): string {
  const withoutLightCopy = parseCss(css).flatMap(function dropLightCopy(node): CssNode[] {
    if (node.type !== 'block') return [node];
    if (/^@media\s*\(\s*prefers-color-scheme\s*:\s*light\s*\)/.test(node.prelude)) return [];
    return [{ ...node, children: node.children.flatMap(dropLightCopy) }];
  });
  const pruned = pruneRules(withoutLightCopy, usage);
  const definitions = new Map<string, Set<string>>();
  walkDeclarations(pruned, (decl) => {
    if (!decl.prop.startsWith('--')) return;
    const refs = definitions.get(decl.prop) ?? new Set<string>();
    for (const ref of referencedProperties(decl.value)) refs.add(ref);
    definitions.set(decl.prop, refs);
  });
  const live = new Set<string>();
  const queue = [...usage.properties];
  while (queue.length > 0) {
    const prop = queue.pop()!;
    if (live.has(prop)) continue;
    live.add(prop);
    queue.push(...(definitions.get(prop) ?? []));
  }
  // Properties that the theme's own non-custom declarations use (`color-scheme` needs none, but be safe).
  walkDeclarations(pruned, (decl) => {
    if (!decl.prop.startsWith('--')) for (const ref of referencedProperties(decl.value)) live.add(ref);
  });
  return printCss(dropUnusedProperties(pruned, live));
}

const DATA_ATTRIBUTE = /(?<![\w.-])(data-[\w-]+|type|role)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/g;
/** `'data-x': …` in an object of props, or `setAttribute('role', …)`: the value is computed. */
const COMPUTED_ATTRIBUTE = /['"](data-[\w-]+|type|role)['"]\s*[:,]/g;
const STRING_LITERAL = /'([^']*)'|"([^"]*)"|`([^`$]*)`/g;

/**
 * What the markup uses, read from the source text of components, pages and content:
 * Designsystemet classes, and the values of data attributes. A value written as an
 * expression counts every string literal in it; an expression without one makes the
 * attribute `'any'`.
 */
export function markupUsage(sources: readonly string[]): Pick<CssUsage, 'classes' | 'attributes'> {
  const classes = new Set<string>();
  const attributes = new Map<string, Set<string> | 'any'>();
  const add = (name: string, value: string | 'any') => {
    const current = attributes.get(name);
    if (current === 'any') return;
    if (value === 'any') attributes.set(name, 'any');
    else attributes.set(name, (current ?? new Set<string>()).add(value));
  };
  for (const source of sources) {
    for (const [name] of source.matchAll(/\bds-[\w-]+/g)) classes.add(name);
    for (const match of source.matchAll(DATA_ATTRIBUTE)) {
      const name = match[1]!;
      const expression = match[4];
      if (expression === undefined) {
        add(name, match[2] ?? match[3] ?? '');
        continue;
      }
      const literals = [...expression.matchAll(STRING_LITERAL)].map((literal) => literal[1] ?? literal[2] ?? literal[3] ?? '');
      if (literals.length === 0) add(name, 'any');
      for (const literal of literals) add(name, literal);
    }
    for (const match of source.matchAll(COMPUTED_ATTRIBUTE)) add(match[1]!, 'any');
  }
  return { classes, attributes };
}

/**
 * A custom property where CSS names it: declared (`{--x:` / `;--x:`) or used (`var(--x`),
 * never a piece of a class name such as `.pg-staff-table--stack`.
 */
const PROPERTY_NAME = /(?<=[{;(,\s])--[a-zA-Z_][\w-]*/g;

/**
 * A number as letters: 0 → `a`, 25 → `z`, 26 → `ba` … A name of letters only, since the HTML
 * validator's CSS checker does not take a custom property whose name starts with a digit.
 */
const letters = (n: number): string => (n < 26 ? '' : letters(Math.floor(n / 26))) + String.fromCharCode(97 + (n % 26));

/** Designsystemet's own custom properties (`--ds-…`, `--dsc-…`): the site's own (`--pg-…`) keep their names. */
const DESIGNSYSTEM_PROPERTY = /^--dsc?-/;

/**
 * Short names for Designsystemet's custom properties in `sources`, the most used first (`--a`, `--b` …
 * `--ba` …), so the stylesheets every page loads are smaller; Designsystemet's names are long
 * (`--ds-color-accent-surface-default`) and there are hundreds. The same sources always
 * give the same names. Properties in `keep` keep their names: those that markup, islands
 * or the unprocessed print stylesheet name, which the renaming cannot reach.
 */
export function shortPropertyNames(sources: readonly string[], keep: ReadonlySet<string>): Map<string, string> {
  const counts = new Map<string, number>();
  for (const css of sources) for (const [name] of css.matchAll(PROPERTY_NAME)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [...counts.keys()].filter((name) => DESIGNSYSTEM_PROPERTY.test(name) && !keep.has(name)).sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1));
  const map = new Map<string, string>();
  let next = 0;
  for (const name of names) {
    let short: string;
    do short = `--${letters(next++)}`;
    while (keep.has(short) || counts.has(short));
    map.set(name, short);
  }
  return map;
}

/** CSS with its custom properties renamed by `map`; names not in the map stay as they are. */
export function renameProperties(css: string, map: ReadonlyMap<string, string>): string {
  return css.replace(PROPERTY_NAME, (name) => map.get(name) ?? name);
}

/** Every custom property a text names, in any position (markup, scripts, style attributes). */
export function namedProperties(text: string): Set<string> {
  return new Set([...text.matchAll(/(?<![\w-])--\w[\w-]*/g)].map((match) => match[0]));
}
