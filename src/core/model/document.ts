import type { Root } from 'mdast';
import type { Lang } from '../types';
import { findFrontMatter, type FrontMatter } from './frontmatter';
import { LineIndex } from './lines';
import { maskHead, parseMarkdown } from './markdown';
import { collectProse, type ProseBlock } from './prose';
import { buildAliasLookup, buildSections, type Section, type SectionAliases, type SectionKind } from './sections';
import { extractTimeline, type Timeline } from './timeline';
import { extractActionItems, type ActionItem } from './actionItems';
import { extractFiveWhys, type FiveWhys } from './fiveWhys';
import { extractSuppressions, type Suppressions } from './suppressions';

/**
 * What a lint session lends the next version of its document (src/core/incremental.ts): the same
 * line index and front matter as built from scratch, from the previous version's.
 */
export interface DocumentReuse {
  lines(text: string): LineIndex;
  frontMatter(text: string, from: number): FrontMatter | undefined;
  /** The tree of `text` with its first `maskEnd` characters blanked but line breaks (what the `markdown` parse of that text gives). */
  markdown?(text: string, maskEnd: number): Root;
}

/** Options for parsing a document. */
export interface ParseOptions {
  /** Extra heading aliases (from configuration). */
  sectionAliases?: SectionAliases;
}

/**
 * A postmortem parsed once: Markdown tree, front matter, sections, prose, and (computed on first
 * use) timeline, action items, 5-whys trees and suppression comments. Every feature of the
 * product reads this model instead of re-parsing.
 */
export class PostmortemDocument {
  /** The text exactly as given (BOM and line endings kept). */
  readonly text: string;
  /** True when the text starts with a byte order mark. */
  readonly hasBom: boolean;
  readonly lines: LineIndex;
  readonly frontMatter: FrontMatter | undefined;
  /** mdast of the body; offsets are into `text` (front matter and BOM are blanked, not removed). */
  readonly root: Root;
  readonly sections: Section[];
  private cache = new Map<string, unknown>();

  /**
   * `markdown` parses the body (front matter and BOM blanked); by default {@link parseMarkdown}.
   * A lint session passes one that reuses the chunks of its previous parse (same tree), and
   * `reuse` (same line index and front matter).
   */
  constructor(text: string, readonly options: ParseOptions = {}, markdown: (masked: string) => Root = parseMarkdown, reuse?: DocumentReuse) {
    this.text = text;
    this.hasBom = text.charCodeAt(0) === 0xfeff;
    this.lines = reuse ? reuse.lines(text) : new LineIndex(text);
    const bodyFrom = this.hasBom ? 1 : 0;
    this.frontMatter = reuse ? reuse.frontMatter(text, bodyFrom) : findFrontMatter(text, bodyFrom);
    // Blank out the BOM and front matter (keeping line breaks) so offsets stay those of `text`.
    const maskEnd = this.frontMatter ? this.frontMatter.end : bodyFrom;
    // A session's parse blanks them itself (no copy of the whole text per keystroke).
    this.root = reuse?.markdown ? reuse.markdown(text, maskEnd) : markdown(maskEnd > 0 ? maskHead(text, maskEnd) : text);
    this.sections = buildSections(this.root, text.length, buildAliasLookup(options.sectionAliases));
  }

  private memo<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as T;
  }

  /** Sections of the given kind, in document order. */
  sectionsOf(kind: SectionKind): Section[] {
    return this.sections.filter((s) => s.kind === kind);
  }

  /** The front matter data (empty when absent or invalid). */
  get meta(): Record<string, unknown> {
    return this.frontMatter?.data ?? {};
  }

  /** Prose blocks (paragraphs, headings, table cells), in order. */
  get prose(): ProseBlock[] {
    return this.memo('prose', () => collectProse(this.root, this.text));
  }

  /** The document's main language: front matter `lang`/`language`, else by Hangul share of the prose. */
  get language(): Lang {
    return this.memo('language', () => {
      const declared = String(this.meta.lang ?? this.meta.language ?? '').toLowerCase();
      if (declared.startsWith('ko')) return 'ko';
      if (declared.startsWith('en')) return 'en';
      let hangul = 0;
      let latin = 0;
      const sample = this.text.slice(0, 20000);
      for (let i = 0; i < sample.length; i++) {
        const c = sample.charCodeAt(i);
        if (c >= 0xac00 && c <= 0xd7a3) hangul++;
        else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
      }
      // A Hangul syllable carries about three Latin letters' worth of text.
      return hangul * 3 >= latin && hangul > 0 ? 'ko' : 'en';
    });
  }

  /** Timeline entries with parsed instants. */
  get timeline(): Timeline {
    return this.memo('timeline', () => extractTimeline(this));
  }

  /** Action items of the action-items sections. */
  get actionItems(): ActionItem[] {
    return this.memo('actionItems', () => extractActionItems(this));
  }

  /** 5-whys trees of the five-whys sections. */
  get fiveWhys(): FiveWhys[] {
    return this.memo('fiveWhys', () => extractFiveWhys(this));
  }

  /** Suppression comments. */
  get suppressions(): Suppressions {
    return this.memo('suppressions', () => extractSuppressions(this));
  }

  /** Top-level mdast nodes inside a section's content range. */
  nodesIn(section: Section): Root['children'] {
    const children = this.root.children;
    const starts = this.topStarts();
    if (!starts) {
      return children.filter((n) => {
        const s = n.position?.start.offset ?? -1;
        return s >= section.contentStart && s < section.end;
      });
    }
    // The starts are in order: the first node at or after the content start, then while inside.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < section.contentStart) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < starts.length && starts[end] < section.end) end++;
    return children.slice(lo, end);
  }

  /**
   * The start offsets of the top-level nodes (a node without a position: -1), once per document;
   * undefined when they are not in order (then {@link nodesIn} filters them all, as it always did).
   */
  private topStarts(): number[] | undefined {
    return this.memo('topStarts', () => {
      const starts = this.root.children.map((n) => n.position?.start.offset ?? -1);
      for (let i = 1; i < starts.length; i++) if (starts[i] < starts[i - 1]) return undefined;
      return starts;
    });
  }
}

/** Parses a postmortem. Never throws on any string. */
export function parseDocument(text: string, options?: ParseOptions): PostmortemDocument {
  return new PostmortemDocument(text, options);
}
