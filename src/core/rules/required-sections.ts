import type { Rule, TextEdit } from '../types';
import type { PostmortemDocument } from '../model/document';
import type { SectionKind } from '../model/sections';
import { requiredSectionsFor, sectionHeading, type Requirement } from '../requirements';

/** Where a missing section goes: after the nearest present section that comes before it in the template's order. */
function insertionPoint(doc: PostmortemDocument, order: readonly Requirement[], index: number): number {
  const present = (req: Requirement) => doc.sections.find((s) => s.kind && req.includes(s.kind));
  for (let i = index - 1; i >= 0; i--) {
    const s = present(order[i]);
    if (s) return s.end;
  }
  for (let i = index + 1; i < order.length; i++) {
    const s = present(order[i]);
    if (s) return s.start;
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

/** The edit that inserts a heading at `at`, with blank lines around it in the document's line ending. */
function headingEdit(doc: PostmortemDocument, at: number, heading: string): TextEdit {
  const eol = doc.lines.eol;
  const before = doc.text.slice(Math.max(0, at - 2), at);
  let lead = '';
  if (at > 0 && !before.endsWith('\n') && !before.endsWith('\r')) lead = eol + eol;
  else if (at > 0 && !/(?:\r?\n|\r)(?:\r?\n|\r)$/.test(doc.text.slice(Math.max(0, at - 4), at))) lead = eol;
  const trail = at < doc.text.length ? eol : '';
  return { start: at, end: at, newText: `${lead}${heading}${eol}${trail}` };
}

/** `required-sections`: A section the postmortem template requires is missing. */
export const requiredSections: Rule = {
  meta: {
    id: 'required-sections',
    description: "A section the postmortem template requires is missing.",
    tags: ["structure"],
    defaultSeverity: 'warning',
    fixable: true,
    rationale: "A postmortem is useful when readers find the same things in the same place: what happened, who was affected, when, why, and what will change. By default the rule requires a summary, impact, timeline, root causes (or a 5-whys analysis) and action items; the front matter `template` picks the set of a built-in template, and `sections.required` in `.postmortemrc.yaml` changes it. The fix appends the missing heading in the document's language.",
    examples: [
    { bad: "# Postmortem\n## Summary\n…", good: "# Postmortem\n## Summary\n…\n## Impact\n…\n## Timeline\n…" },
    ],
  },
  check(ctx) {
    const { doc } = ctx;
    // A template named after an Object.prototype member ("constructor") must not reach the lookup tables (issue 11).
    const template = typeof doc.meta.template === 'string' && !(doc.meta.template.trim().toLowerCase() in Object.prototype) ? doc.meta.template : undefined;
    const order = requiredSectionsFor(template, ctx.config.requiredSections);
    const title = doc.sections.find((s) => s.depth === 1) ?? doc.sections[0];
    const anchor = title ? { start: title.start, end: title.contentStart } : { start: doc.frontMatter?.end ?? 0, end: doc.frontMatter?.end ?? 0 };
    const depth = siblingDepth(doc);
    order.forEach((req, index) => {
      if (doc.sections.some((s) => s.kind && req.includes(s.kind))) return;
      const kind = req[0] as SectionKind;
      const heading = sectionHeading(kind, doc.language, template);
      const alternatives = req.map((k) => `"${sectionHeading(k, doc.language, template)}"`).join(ctx.t({ en: ' or ', ko: ' 또는 ' }));
      ctx.report({
        start: anchor.start,
        end: anchor.end,
        message: ctx.t({
          en: `Missing section: ${alternatives}${template ? ` (required by the ${template} template)` : ''}`,
          ko: `필수 섹션이 없습니다: ${alternatives}${template ? ` (${template} 템플릿 기준)` : ''}`,
        }),
        suggestions: [
          {
            title: ctx.t({ en: `Add the "${heading}" section`, ko: `"${heading}" 섹션 추가` }),
            edits: [headingEdit(doc, insertionPoint(doc, order, index), `${'#'.repeat(depth)} ${heading}`)],
          },
        ],
        data: { section: kind },
      });
    });
  },
};
