/**
 * Readability of Norwegian text with LIX (läsbarhetsindex), the index used across
 * Scandinavia: the average number of words per sentence plus the share of long
 * words (more than six letters) in per cent. Under 30 is easy, 30–40 is plain
 * everyday text, over 40 starts to be heavy.
 *
 * Pure: no Astro, no file system. `mdxToPlainText` turns a content file's body into
 * the words a reader sees, so the index is computed on what people read.
 */

/** What LIX is made of, so a failing check can say why a text scores high. */
export interface LixResult {
  /** The index, rounded to one decimal. 0 for a text without words. */
  lix: number;
  words: number;
  sentences: number;
  /** Words with more than six letters. */
  longWords: number;
}

/** A word is «long» when it has more than this many letters. */
export const LONG_WORD_LETTERS = 6;

const LETTER = /\p{L}/gu;
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Sentence ends: `.`, `!`, `?` or `:` followed by white space or the end of the text,
 * possibly after a closing quote or bracket. A full stop inside a word or number
 * («helsenorge.no», «08.00») does not end a sentence.
 */
const SENTENCE_END = /[.!?:]+["'»”)\]]*(?=\s|$)/gu;

/** The words of a text: runs separated by white space that hold a letter or a digit. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/u).filter((token) => HAS_WORD_CHARACTER.test(token));
}

/** The number of letters in a word; digits and punctuation do not count. */
export function letterCount(word: string): number {
  return word.match(LETTER)?.length ?? 0;
}

/**
 * LIX of plain text. Each line break ends a block; a block that does not end with
 * punctuation (a heading, a list item) counts as one sentence, as a reader takes it.
 */
export function lix(text: string): LixResult {
  let words = 0;
  let longWords = 0;
  let sentences = 0;
  for (const block of text.split(/\n+/u)) {
    const blockWords = wordsOf(block);
    if (blockWords.length === 0) continue;
    words += blockWords.length;
    longWords += blockWords.filter((word) => letterCount(word) > LONG_WORD_LETTERS).length;
    const ends = block.match(SENTENCE_END)?.length ?? 0;
    const endsWithPunctuation = /[.!?:]+["'»”)\]]*\s*$/u.test(block);
    sentences += ends + (endsWithPunctuation ? 0 : 1);
  }
  if (words === 0) return { lix: 0, words: 0, sentences: 0, longWords: 0 };
  const value = words / sentences + (longWords * 100) / words;
  return { lix: Math.round(value * 10) / 10, words, sentences, longWords };
}

/** Options for `mdxToPlainText`. */
export interface PlainTextOptions {
  /**
   * Words that a self-closing component stands for, by its name, so the text reads
   * as it does on the page. Example: `{ Kontor: 'tjenestekontoret' }`. A component
   * not named here is dropped.
   */
  components?: Readonly<Record<string, string>>;
}

/**
 * The words a reader sees in an MDX file: without frontmatter, `import`/`export`
 * lines, JSX and HTML tags, `{…}` expressions, Markdown syntax and link targets.
 * Blocks (paragraphs, headings, list items, table cells) end up on lines of their own.
 */
export function mdxToPlainText(mdx: string, options: PlainTextOptions = {}): string {
  const components = options.components ?? {};
  let text = mdx.replace(/\r\n?/gu, '\n');
  // Frontmatter at the very start.
  text = text.replace(/^---\n[\s\S]*?\n---\n?/u, '');
  // Code fences are not prose.
  text = text.replace(/^```[\s\S]*?^```\s*$/gmu, '');
  // ESM lines.
  text = text.replace(/^(?:import|export)\s[^\n]*$/gmu, '');
  // Comments: HTML and MDX.
  text = text.replace(/<!--[\s\S]*?-->/gu, '').replace(/\{\/\*[\s\S]*?\*\/\}/gu, '');
  // Self-closing components that stand for a word, then every other tag.
  text = text.replace(/<([A-Z][\w.]*)\b[^>]*\/>/gu, (_match, name: string) => components[name] ?? '');
  text = text.replace(/<\/?[A-Za-z][\w.:-]*\b[^>]*>/gu, '');
  // Expressions.
  text = text.replace(/\{[^{}\n]*\}/gu, '');
  // Images, then links (keep the link text, drop the target), reference definitions.
  text = text.replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1');
  text = text.replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1');
  text = text.replace(/\[([^\]]*)\]\[[^\]]*\]/gu, '$1');
  text = text.replace(/^\s*\[[^\]]+\]:\s+\S+.*$/gmu, '');
  // Autolinks <https://…> were removed as tags only if they look like tags; drop what is left.
  text = text.replace(/<https?:[^>\s]+>/gu, '');
  // A paragraph written over several lines is one block.
  text = joinSoftBreaks(text);
  // Block syntax: headings, quotes, list markers, horizontal rules, table rows.
  text = text.replace(/^\s{0,3}#{1,6}\s+/gmu, '');
  text = text.replace(/^\s*>\s?/gmu, '');
  text = text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/gmu, '');
  text = text.replace(/^\s*(?:[-*_]\s*){3,}$/gmu, '');
  text = text.replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/gmu, '');
  text = text.replace(/\s*\|\s*/gu, '\n');
  // Inline syntax: code, emphasis, strike-through, hard breaks.
  text = text.replace(/`([^`]*)`/gu, '$1');
  text = text.replace(/(\*\*|__)(.+?)\1/gu, '$2');
  text = text.replace(/(?<![\p{L}\p{N}])([*_])(.+?)\1(?![\p{L}\p{N}])/gu, '$2');
  text = text.replace(/~~(.+?)~~/gu, '$1');
  text = text.replace(/\\$/gmu, '');
  // Tidy: one block per line.
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/gu, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** A line that starts a block of its own in Markdown, rather than continuing a paragraph. */
const BLOCK_START = /^\s*(?:#{1,6}\s|>|[-*+]\s|\d+[.)]\s|\||(?:[-*_]\s*){3,}$)/u;

/** Joins the lines of each paragraph, so a line break inside a paragraph is not read as a block end. */
function joinSoftBreaks(text: string): string {
  const out: string[] = [];
  let previousBlank = true;
  for (const line of text.split('\n')) {
    const blank = line.trim().length === 0;
    if (blank) out.push('');
    else if (previousBlank || BLOCK_START.test(line) || out.length === 0) out.push(line);
    else out[out.length - 1] = `${out[out.length - 1]} ${line.trim()}`;
    previousBlank = blank;
  }
  return out.join('\n');
}
