// Quoted material (a blockquote: a customer's e-mail, a chat log pasted into the postmortem) is not
// the author's wording: the prose language rules leave it alone, and flag the same words outside it.
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/lint';

const languageFindings = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'blameful-language' || f.ruleId === 'counterfactual-language').map((f) => `${f.ruleId}@${f.line}`);

describe('quoted prose (blockquotes) and the language rules', () => {
  it('English: a chat log in a blockquote is not flagged; the same sentence as the author’s is', () => {
    const quoted = '# Postmortem\n\n## Appendix: chat log\n\n> alex [5:17 PM]\n> sorry, I forgot what the quota was\n> we should have checked it first\n';
    assert.deepEqual(languageFindings(quoted), []);
    const own = '# Postmortem\n\n## Root cause\n\nAlex forgot what the quota was. We should have checked it first.\n';
    assert.deepEqual(languageFindings(own), ['blameful-language@5', 'counterfactual-language@5']);
  });

  it('Korean: a quoted customer message is not flagged; the author’s sentence is', () => {
    const quoted = '# 장애 보고서\n\n## 고객 문의\n\n> 운영자가 확인하지 않아서 결제가 실패했다고 들었습니다.\n';
    assert.deepEqual(languageFindings(quoted), []);
    const own = '# 장애 보고서\n\n## 원인\n\n운영자가 확인하지 않아서 결제가 실패했다.\n';
    assert.deepEqual(languageFindings(own), ['blameful-language@5']);
  });

  it('marks nested and lazy-continued quote paragraphs, and only those', () => {
    const doc = lint('# T\n\n> outer\n>> inner\nlazy line\n\nafter\n').doc;
    assert.deepEqual(doc.prose.map((b) => [b.text.trim().split('\n')[0], !!b.quoted]), [['T', false], ['outer', true], ['inner', true], ['after', false]]);
  });
});
