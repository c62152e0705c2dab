/**
 * YAML that would make the `yaml` parser recurse deeper than any real front matter or config needs. The parser recurses
 * once per nesting level: brackets ("[[[[…", "{[{[…"), compact block entries on one line ("- - - - …", "? ? ? …") and
 * implicit keys on one line ("a: a: a: …"). Past about a thousand levels it runs out of stack; it reports that as a syntax
 * error at a point that depends on how deep the caller's stack already was (two lints of one text differ), and on Node 20
 * a later regular-expression compilation in the same process can then abort the whole process ("RegExpCompiler Allocation
 * failed"). So such text is never handed to the parser: this one linear scan finds it first (fuzz, session 10).
 */

/** Deepest nesting read; real front matter and configs nest two or three levels. */
export const MAX_YAML_DEPTH = 64;

/**
 * Where `text` first nests past MAX_YAML_DEPTH, as an offset and a message, or undefined. Brackets are counted whether
 * or not they sit in quotes (a quoted scalar with 65 unclosed brackets is not real front matter either).
 */
export function yamlTooDeep(text: string): { offset: number; message: string } | undefined {
  let brackets = 0;
  let lineStart = 0;
  // On the current line: how many compact block entries open it ("- - - x"), how many "key: " pairs it holds.
  let leading = 0;
  let inLead = true;
  let pairs = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      lineStart = i + 1;
      leading = 0;
      inLead = true;
      pairs = 0;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    const spaceNext = next === 0x20 || next === 0x09 || Number.isNaN(next) || next === 0x0a || next === 0x0d;
    if (c === 0x5b || c === 0x7b) {
      // [ {
      if (++brackets > MAX_YAML_DEPTH) return { offset: i, message: `nests brackets more than ${MAX_YAML_DEPTH} levels deep` };
    } else if (c === 0x5d || c === 0x7d) {
      if (brackets > 0) brackets--;
    }
    if (inLead) {
      if (c === 0x20 || c === 0x09) continue;
      if ((c === 0x2d || c === 0x3f || c === 0x3a) && spaceNext) {
        // - ? :
        if (++leading > MAX_YAML_DEPTH) return { offset: i, message: `nests block entries more than ${MAX_YAML_DEPTH} levels deep on one line` };
        continue;
      }
      inLead = false;
    }
    if (c === 0x3a && spaceNext && i > lineStart) {
      if (++pairs > MAX_YAML_DEPTH) return { offset: i, message: `nests keys more than ${MAX_YAML_DEPTH} levels deep on one line` };
    }
  }
  return undefined;
}
