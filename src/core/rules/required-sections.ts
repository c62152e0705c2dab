import type { Rule, TextEdit } from '../types';
import type { PostmortemDocument } from '../model/document';
import type { SectionKind } from '../model/sections';
import { ledeEnd, presentSectionKinds, requiredSectionsFor, sectionHeading, type Requirement } from '../requirements';
import { safeInsertion, type SafeInsertion } from '../edits/insert';

/**
 * Where a missing section goes: after the nearest present section that comes before it in the template's order, or
 * before the nearest that comes after it. Never above the document's title (a first heading of level 1): a heading put
 * there would become the title, and the prose under the old title would no longer be the lede that makes the summary
 * ("# 영향" above "# 결제 장애 (근본 원인)" brought "Missing section: 개요"; fuzz doc 81841). It goes after that prose.
 */
function insertionPoint(doc: PostmortemDocument, order: readonly Requirement[], index: number): number {
  const present = (req: Requirement) => doc.sections.find((s) => s.kind && req.includes(s.kind));
  for (let i = index - 1; i >= 0; i--) {
    const s = present(order[i]);
    if (s) return s.end;
  }
  const title = doc.sections[0]?.depth === 1 ? doc.sections[0] : undefined;
  for (let i = index + 1; i < order.length; i++) {
    const s = present(order[i]);
    if (s) return s === title ? ledeEnd(doc) : s.start;
  }
  return doc.text.length;
}

/** The heading level sibling sections use (the most common among recognised ones; 2 by default). */
function siblingDepth(doc: PostmortemDocument): number {
  const counts = new Map<number, number>();
  for (const s of doc.sections) if (s.kind) counts.set(s.depth, (counts.get(s.depth) ?? 0) + 1);
  let best = 2;
  let max = 0;
  for (const [d, c] of counts) if (c > max || (c === max && d < best)) [best, max] = [d, c];
  return best;
}

/**
 * The edit that inserts headings at a safe place, with blank lines around each in the document's
 * line ending (after the closing line of a block left open, when there is one). Each heading gets
 * a TODO comment under it: an empty heading does not count as the section.
 */
function headingsEdit(doc: PostmortemDocument, place: SafeInsertion, headings: string[]): TextEdit {
  const { at, close } = place;
  const eol = doc.lines.eol;
  const before = doc.text.slice(Math.max(0, at - 2), at);
  const textStart = doc.hasBom ? 1 : 0;
  const bodyStart = doc.frontMatter?.end ?? textStart;
  const midLine = at > textStart && !before.endsWith('\n') && !before.endsWith('\r');
  let lead = '';
  if (close) lead = `${midLine ? eol : ''}${close}${eol}${eol}`;
  // Mid-line, or right after a front matter whose closing "---" ends the text without a line
  // break (a heading glued to it would reopen the front matter).
  else if (midLine) lead = eol + eol;
  else if (at > bodyStart && !/(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)$/.test(doc.text.slice(Math.max(0, at - 6), at))) lead = eol;
  const trail = at < doc.text.length ? eol : '';
  return { start: at, end: at, newText: `${lead}${headings.map((h) => `${h}${eol}${eol}<!-- TODO -->`).join(eol + eol)}${eol}${trail}` };
}

/** `required-sections`: A section the postmortem template requires is missing. */
export const requiredSections: Rule = {
  meta: {
    id: 'required-sections',
    description: "A section the postmortem template requires is missing.",
    tags: ["structure"],
    defaultSeverity: 'warning',
    fixable: true,
    rationale: "A postmortem is useful when readers find the same things in the same place: what happened, who was affected, when, why, and what will change. By default the rule requires a summary, impact, timeline, root causes (or a 5-whys analysis) and action items; the front matter `template` picks the set of a built-in template, and `sections.required` in `.postmortemrc.yaml` changes it. Sections are recognised by meaning, not by exact titles (\"Why it broke\", \"Who was affected\", 파급 효과, 세 줄 요약, 원인 파악), whatever their numbering, emoji or trailing remark; a row of an overview table (`| 영향 | … |`, `| Root cause | … |`), a bold label (`**Impact:** …`) or a bare label line over a list (`Action Items` / `- …`) counts too, and so does a section whose sub-headings all name horizons (`Immediate`, `Long-term`, `긴급`, `단기`, `장기`) as the action items. Prose before the first section, or an opening section named `Description`, `Background`, `Problem` or `Issue` (`설명`, `배경`, `문제`, `이슈`) with prose under it, is the summary. A document missing several sections gets one finding listing them all; the fix adds every missing heading, in the document's language, where the template puts it.",
    examples: [
    { bad: "# Postmortem\n## Summary\n…", good: "# Postmortem\n## Summary\n…\n## Impact\n…\n## Timeline\n…" },
    ],
  },
  check(ctx) {
    const { doc } = ctx;
    const template = typeof doc.meta.template === 'string' ? doc.meta.template : undefined;
    const order = requiredSectionsFor(template, ctx.config.requiredSections);
    const present = presentSectionKinds(doc);
    const missing = order.map((req, index) => ({ req, index })).filter(({ req }) => !req.some((k) => present.has(k)));
    if (missing.length === 0) return;
    const title = doc.sections.find((s) => s.depth === 1) ?? doc.sections[0];
    const anchor = title ? { start: title.start, end: title.contentStart } : { start: doc.frontMatter?.end ?? 0, end: doc.frontMatter?.end ?? 0 };
    const depth = siblingDepth(doc);
    const or = ctx.t({ en: ' or ', ko: ' 또는 ' });
    const names = missing.map(({ req }) => req.map((k) => `"${sectionHeading(k, doc.language, template)}"`).join(or));
    // One edit per insertion point, the headings in template order, so every heading lands and none splits another.
    const byPoint = new Map<number, { place: SafeInsertion; headings: string[] }>();
    let placeable = true;
    for (const { req, index } of missing) {
      const place = safeInsertion(doc, insertionPoint(doc, order, index));
      if (!place) {
        placeable = false;
        break;
      }
      const group = byPoint.get(place.at) ?? { place, headings: [] };
      group.headings.push(sectionHeading(req[0] as SectionKind, doc.language, template));
      byPoint.set(place.at, group);
    }
    // Never shallower than the heading that follows: a new "# Timeline" above "## Root cause" would
    // make the root cause a part of the timeline.
    const levelAt = (at: number) => Math.max(depth, doc.sections.find((s) => s.start >= at)?.depth ?? 0);
    const edits = [...byPoint.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([at, g]) => headingsEdit(doc, g.place, g.headings.map((h) => `${'#'.repeat(levelAt(at))} ${h}`)));
    const headings = missing.map(({ req }) => `"${sectionHeading(req[0] as SectionKind, doc.language, template)}"`).join(', ');
    const by = template ? ctx.t({ en: ` (required by the ${template} template)`, ko: ` (${template} 템플릿 기준)` }) : '';
    ctx.report({
      start: anchor.start,
      end: anchor.end,
      message: missing.length === 1
        ? ctx.t({ en: `Missing section: ${names[0]}${by}`, ko: `필수 섹션이 없습니다: ${names[0]}${by}` })
        : ctx.t({ en: `Missing sections: ${names.join(', ')}${by}`, ko: `필수 섹션 ${missing.length}개가 없습니다: ${names.join(', ')}${by}` }),
      // No fix when a heading has no sound place (it would turn a comment left open into a directive).
      suggestions: !placeable ? [] : [
        {
          title: missing.length === 1
            ? ctx.t({ en: `Add the ${headings} section`, ko: `${headings} 섹션 추가` })
            : ctx.t({ en: `Add the missing sections (${headings})`, ko: `빠진 섹션 추가 (${headings})` }),
          edits,
        },
      ],
      data: { sections: missing.map(({ req }) => req[0]) , section: missing[0].req[0] },
    });
  },
};
