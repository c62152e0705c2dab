/**
 * English vague action items, judged on the whole item: vague degree words ("more robust",
 * "better", "less often"), non-committal openers ("consider", "maybe", "see if"), a vague verb
 * that is not the first word ("we should look into …"); and the concrete items that open with a
 * listed verb but name a checkable end state ("Ensure every node has swap disabled",
 * "Investigate the 502s and document the cause in INC-431").
 */
import type { Note } from '../../phrase/types';
import type { DetectContext, Detection, Sentence } from '../types';

const NOTE: Note = {
  en: 'name the concrete change and how you will know it is done',
  ko: '구체적인 변경 사항과 완료 기준을 적으세요',
};

// Only the first sentence is the action; a second one explains it.
function firstSentence(text: string): string {
  const m = /[.!?](?:\s|$)/u.exec(text);
  return m ? text.slice(0, m.index) : text;
}

const OPENER = /^(?:(?:maybe|possibly|perhaps|potentially|ideally|hopefully) |(?:consider|ponder|explore|brainstorm|think about|think through|agree on|discuss|talk about|revisit|reconsider|evaluate|assess|see if|see whether|figure out|try to|attempt to|aim to|work towards?|strive to|keep an eye on|be mindful of|be aware of|stay vigilant|remain vigilant|keep (?:\w+ )?(?:better|more) )|something (?:along the lines of|like)|some kind of|some sort of)/iu;
const DEGREE = /\b(?:more|less|better|smarter|faster|safer|stronger|cleaner|clearer|tighter)(?: (?:robust|resilient|reliable|stable|careful|carefully|often|frequently|efficient|visible|informed|proactive|thorough|thoroughly|aware|secure|scalable|consistent|closely))?\b|\b(?:robust(?:ness)?|resilien(?:t|ce)|properly|appropriately|adequately|sufficiently|as needed|where possible|if possible|when possible|at some point|going forward|in the future|somehow)\b/iu;
const VAGUE_VERB_FIRST = /^(?:improve|harden|optimi[sz]e|enhance|strengthen|streamline|increase|reduce|boost|tighten|refine|rework|revamp|clean up|address|tackle|handle|review|examine|investigate|look into|dig into|research|check|monitor|actively monitor)\b/iu;
const VAGUE_LATER = /\b(?:should|could|need to|needs to|must|will|want to|wants to|to|let['’]s) (?:look into|investigate|consider|explore|think about|revisit|review|improve|dig into|figure out|evaluate|assess)\b/iu;
// A concrete means or end state: a number, a named artefact, or a second, concrete verb.
const CONCRETE = /\d|%|\b(?:and|then) (?:fix|add|document|remove|patch|replace|set|enable|disable|write|create|implement|deploy|raise|lower|cap|limit|file|open|delete|rotate|pin|upgrade|alert|page)\b|\b(?:alert|alarm|runbook|dashboard|check|test|gate|lint|limit|quota|timeout|flag|ticket|page|metric|probe|canary|rollback|backup|index|job|cron|script|hook|policy|rule|template|step|field|column)s?\b/iu;
const ENSURE = /^(?:ensure|make sure|verify|confirm)(?: that)? ((?:every|all|each|the|no|our|a) [^,;]{2,60}?) (?:has|have|is|are|lists|list|verifies|verify|runs|run|uses|use|requires|require|rejects|reject|blocks|block|pages|page|alerts|alert|includes|include|stores|store|keeps|keep|expires|expire)\b(.{0,160})$/iu;
const ENSURE_VAGUE = /\b(?:safe|safer|better|good|proper|properly|correct|correctly|understands?|knows?|aware|happen|happens|reacts?|appropriate|adequate|sufficient|robust|reliable|stable|careful)\b/iu;

/** Whether an item that opens with a listed verb names a checkable end state. */
export function englishConcreteItem(sentence: Sentence, _ctx: DetectContext): boolean {
  const first = firstSentence(sentence.text).trim();
  const ensure = ENSURE.exec(first);
  if (ensure) return !ENSURE_VAGUE.test(first);
  return /^(?:investigate|look into|dig into|examine|research|check|review)\b/iu.test(first) && /\b(?:and|then) (?:fix|add|document|remove|patch|replace|set|enable|disable|write|create|implement|deploy|raise|lower|cap|limit|file|rotate|pin|upgrade)\b/iu.test(first) && !DEGREE.test(first);
}

/** Vague wording in one action item's description. */
export function englishActionItem(sentence: Sentence, ctx: DetectContext): Detection[] {
  const text = sentence.text;
  if (text.length > 600) return [];
  const first = firstSentence(text).trim();
  const lead = text.length - text.trimStart().length;
  const at = sentence.start + lead;
  if (englishConcreteItem(sentence, ctx)) return [];
  const hit = (start: number, end: number): Detection[] => [{ list: 'vague', id: 'en.vague.whole-item', kind: 'vague', start, end, note: NOTE, rewrites: [] }];
  const opener = OPENER.exec(first);
  // "Evaluate three vendors and pick one by 2025-09-01": a count and a deadline make it checkable.
  if (opener && !(/^(?:evaluate|assess) /iu.test(opener[0]) && /\d/u.test(first))) return hit(at, at + opener[0].trimEnd().length);
  const ensure = /^(?:ensure|make sure)\b/iu.exec(first);
  if (ensure && ENSURE_VAGUE.test(first)) return hit(at, at + ensure[0].length);
  const later = VAGUE_LATER.exec(first);
  if (later) return hit(at + later.index, at + later.index + later[0].length);
  const degree = DEGREE.exec(first);
  if (degree && !/\d/u.test(first)) return hit(at + degree.index, at + degree.index + degree[0].length);
  const verb = VAGUE_VERB_FIRST.exec(first);
  // "Improve alerting", "Harden the login service": a vague verb with nothing concrete after it.
  if (verb && first.split(/\s+/u).length <= 6 && !CONCRETE.test(first.slice(verb[0].length))) return hit(at, at + verb[0].length);
  return [];
}
