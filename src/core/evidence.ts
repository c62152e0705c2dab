/**
 * How a piece of 5-whys evidence reads in a short place (the tree view's description and tooltip):
 * a link's own text unless it says nothing ("evidence", "link", "here", 근거, 링크 …), else the
 * link's host and the last part of its path; a bare URL likewise; a label's value ("evidence: logs").
 */

/** A piece of evidence ready to show: a short label and, for links, the target. */
export interface EvidenceView {
  label: string;
  url?: string;
}

/** Link texts that name no source: the host says more. */
const GENERIC = new Set(['evidence', 'link', 'here', 'source', 'ref', 'see', 'this', 'proof', 'details', 'more', '근거', '링크', '여기', '출처', '증거', '참고', '자료']);

const MAX = 40;

function shorten(text: string): string {
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}

/** "grafana.example.com/d/pay-api" → "grafana.example.com › pay-api"; not a URL → undefined. */
function urlName(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const last = u.pathname.split('/').filter(Boolean).pop();
  let name = u.host || url;
  if (last) {
    let tail = last;
    try {
      tail = decodeURIComponent(last);
    } catch {
      /* keep it as written */
    }
    name += ` › ${tail}`;
  }
  return name;
}

/** Reads evidence text as the model keeps it: `[text](url)`, a bare URL, or `label: value`. */
export function evidenceView(text: string): EvidenceView {
  const t = text.trim();
  const link = /^\[([^\]]{0,200})\]\(\s*<?([^\s()<>]{1,2000})>?(?:\s+"[^"]{0,200}")?\s*\)/u.exec(t);
  if (link) {
    const inner = link[1].trim();
    const url = link[2];
    const generic = !inner || GENERIC.has(inner.toLowerCase().replace(/[.:：]$/u, ''));
    return { label: shorten(generic ? (urlName(url) ?? inner) : inner), url };
  }
  if (/^https?:\/\/\S+$/u.test(t)) return { label: shorten(urlName(t) ?? t), url: t };
  let raw = t.replace(/^[^:：]{1,20}[:：]\s*/u, '');
  // A label runs to the end of the line: "(evidence: logs)" ends in the bracket that opened before it.
  if (raw.endsWith(')') && !raw.includes('(')) raw = raw.slice(0, -1).trimEnd();
  return { label: shorten(raw || t) };
}
