import type { Rule } from '../types';
import { isTemplatePlaceholder } from './template-placeholder';

const clip = (s: string) => (s.length > 50 ? `${s.slice(0, 47)}…` : s);

/**
 * Whether an item is only an unfilled slot of a template, with at most a closing reference slot: "{{ summary }} [link to
 * github issue]", "<action item>", "{{ 조치 내용 }}" (session 13). A slot of three words or fewer: a filled-in item left
 * inside the braces ("{{ Add a retry budget to the client }}") is work.
 */
export function unfilledSlot(description: string): boolean {
  let t = description.replace(/\s+/g, ' ').trim();
  if (t.length > 120) return false;
  t = t.replace(/\[[^\]\n]{0,60}\]$/u, '').trim();
  if (!isTemplatePlaceholder(t)) return false;
  return t.replace(/[{}<>[\]]/gu, ' ').trim().split(' ').filter(Boolean).length <= 3;
}

/** `action-item-owner`: An action item with no owner, or a placeholder owner (TBD, ?, 미정). */
export const actionItemOwner: Rule = {
  meta: {
    id: 'action-item-owner',
    description: "An action item with no owner, or a placeholder owner (TBD, ?, 미정).",
    tags: ["action-items"],
    defaultSeverity: 'warning',
    fixable: false,
    rationale: "An action item without an owner is rarely done. Name a person or a team in the owner column, as `@handle`, `owner: name` or `(담당: 이름)`. Placeholders such as TBD, TBA, ?, -, n/a, none, unassigned, 미정 and 없음 do not count. Action items are read wherever they are: under a heading that means follow-up work (Next steps, What we will change, Remediation, 재발 방지 대책, 후속 과제 …), under a bold label or a lead-in (\"**Follow-up actions:**\", \"From now on we will:\"), at an inline label (\"Follow-up: …\", \"[AI] …\"), as numbered bold paragraphs or sub-headings, in tables whatever their column names, under a line of its own that names follow-up work (\"Action Items\", \"후속 조치\") and under sub-headings that are only horizons (\"### 긴급 (즉시)\", \"### 단기 (1-3일)\", \"### Long term\"). Owners count as `@handle`, an owner column (Owner, Assignee, DRI, Who, By whom, 담당, 책임, 조치 주체), \"(owner: X)\", \"owner is X\", \"(담당 부서: X)\", \"X 담당자가 …\", \"— X team\", \"… / X team / Q3\", \"(X팀)\", \"[X] …\", a named team over a sub-list or as the subject of \"should\" (\"Content pipeline team should …\"), parties before a colon when a list writes its owners that way (\"Hypha: …\", \"Hypha + ICL: …\") or an organisation a lead-in names for the whole list (\"action items for Interchain Labs to implement:\", \"인터체인랩스가 이행할 후속 조치\", also in an earlier sentence of the lead-in: \"The development team will conduct the following actions … Those are:\"), an owner label over the list (\"Owner for all items below: @alice\", \"아래 항목 담당: 김민수 님\"), a person or a team alone on the line or sub-heading over their list (\"**Alice:**\", \"**@bob**\", \"Ops team:\", \"**박지훈 님**\", \"### 인프라팀\"; initials such as \"**LB**\" when the section labels two or more people that way; a topic such as \"**Database**\" or \"**DB**\" is not an owner). A closing sub-heading among the items (\"### Conclusion\", \"### 결론\") is not an item; a sub-item that adds a plan of its own (\"We're also going to …\", \"장기적으로는 … 검토하고 있습니다\") is. Items marked done, rejected, merged, won't do or duplicate (완료, 기각, 통합, 반려, 종결, 반영 완료, \"(done)\", ✅, strikethrough, a report of work done such as \"Re-enabled alerting …\", \"Disk alert added on all relays\", \"… 재활성화함\", a change named as the fix: \"— fixed in #1234\", \"(#1234에서 수정됨)\", a status right after the bold title: \"**Pin the image.** *(done during the response)*\", \"[N/A] **…** — not needed\") need no owner: on the real-world dev set, asking owners of them too added 17 wrong findings and no right one. A follow-up section told only in prose (\"# Future plan\" + \"The bug will be fixed in …, and we will …\", \"## 향후 계획\" + \"… 수정할 예정입니다\") holds one item per paragraph that plans work. Under a label that reports the response (\"How to solve an issue\", \"문제 해결 방안\", \"**Remediation:**\"), a list that plans work is read too: when it mixes done and planned items, only the planned and under-way ones (\"We plan to …\", \"Upgrading …\", \"… 업그레이드 중입니다\", \"… 예정입니다\") need an owner. Not action items: an item that is only a reference to a tracked issue (a bare issue URL, \"#123\", \"OPS-12\": the tracker holds its owner), advice to readers (\"Recommendations for operators:\", \"If you run your own relay, please:\", \"사용자 권장 사항\", an item \"For operators who …, we advise …\", \"… 이용자께서는 … 주시기 바랍니다\"), an item that describes how the system works (\"`Dispatcher` invokes …\", \"AWS는 별도 환경을 띄운다\"), a subsection numbered in the document's outline (\"### 2.1\" under \"## 2.\") that does not read as work, and lists under a label that names no work (\"Affected services:\", \"**Lessons learned:**\", \"영향 받은 서비스:\"). Under a numbered group heading over measures (\"### 1. Access hardening\" over \"#### Fail2ban on the bastion\"), each measure written up with its how-to (a code block, \"**Steps:**\", \"**설정 방법**:\") is one item, and so is each check of a routine checklist (\"#### Weekly checklist\", \"#### 주간 점검 체크리스트\"); a heading over what is left (\"Recovery and remaining work\", \"남은 과제\") holds items. Not action items either: a list under a label of reasons or effects (\"**Why:**\", \"**기대 효과**:\"), what is under a heading that asks whether the incident happened before (\"Recurrence\", \"재발 여부\"), acceptance criteria (\"If …, that is a failure\", \"… 넘으면 실패로 본다\"), and tables or lists of data, one host, resource or query name per row (\"| host | port |\", \"- `order-created`\"), with no work column and under a lead-in that describes them (\"… were left open:\", \"Namely:\", \"… 다음과 같습니다:\"); an item that is only an unfilled slot of the template (\"{{ summary }}\", \"<action item>\") is reported by template-placeholder, and a closing reference slot (\"[link to issue]\", \"(link to PR)\") is not an owner. In VS Code, the *Assign owner…* quick fix offers the authors and owners already named in the document.",
    examples: [
    { bad: "| Add a canary stage | TBD |", good: "| Add a canary stage | @alice |" },
    { bad: "- [ ] 설정 검증 추가 (담당: 미정)", good: "- [ ] 설정 검증 추가 (담당: 김민수)" },
    ],
  },
  check(ctx) {
    ctx.doc.actionItems.forEach((item, index) => {
      // A finished item's owner no longer matters to readers deciding what is left to do.
      if (item.owner || item.done) return;
      // A template's `@name` is reported once, by template-placeholder.
      if (item.ownerPlaceholder && isTemplatePlaceholder(item.ownerPlaceholder.text)) return;
      // So is an item that is only an unfilled slot of the template ("{{ summary }} [link to issue]", "<action item>").
      if (unfilledSlot(item.description.text)) return;
      const what = clip(item.description.text.replace(/\s+/g, ' ').trim());
      if (item.ownerPlaceholder) {
        ctx.report({
          start: item.ownerPlaceholder.start,
          end: item.ownerPlaceholder.end,
          message: ctx.t({
            en: `"${item.ownerPlaceholder.text}" is not an owner: name the person or team who will do "${what}"`,
            ko: `"${item.ownerPlaceholder.text}"은(는) 담당자가 아닙니다: "${what}"을(를) 맡을 사람이나 팀을 적어 주세요`,
          }),
          data: { actionItem: index },
        });
        return;
      }
      const at = item.kind === 'table' && item.ownerCell ? item.ownerCell : item.description;
      ctx.report({
        start: at.start,
        end: at.end,
        message: ctx.t({
          en: `Action item "${what}" has no owner: add one (${item.kind === 'table' ? 'in the owner column' : '@handle or "owner: name"'})`,
          ko: `조치 항목 "${what}"에 담당자가 없습니다: ${item.kind === 'table' ? '담당자 열에' : '"(담당: 이름)" 형식으로'} 적어 주세요`,
        }),
        data: { actionItem: index },
      });
    });
  },
};
