// The engine against the hand-judged real-world corpus (test/realworld): every document is sourced
// and judged, and precision / recall per rule stay at or above the floors reached so far.
// `npm run bench:realworld` prints the same figures with the wrong and missing findings.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDocuments, parseOnly, ruleScores, scoreCorpus } from '../realworld/score';

/**
 * Floors on the whole corpus (dev + holdout): raise them as the engine improves, never lower them for a
 * change of the engine. (Two were lowered when 8 new judged documents came in: counterfactual precision
 * 0.87 → 0.80 and blameful recall 0.58 → 0.53, one wrong and one missed language finding on them.)
 */
const PRECISION_FLOOR: Record<string, number> = {
  // Session 5 lowered the floors below where it found them ONLY because 11 new documents judged blind came into the
  // holdout (fresh holdout, session 5: 8 English, 3 Korean; first scored at the end of the session, never tuned on):
  // on them the engine's structural precision was 31.7 %. The previous floors are in the comments.
  // 1 -> 0.87: fresh holdout, session 5 (2 wrong); 0.87 -> 1: session 6 (structure), a timeline counting days; 1 -> 0.63:
  // fresh holdout, session 6 (13 documents judged blind, scored once at the end: 8 wrong untimed-entry findings)
  // 1 -> 0.8: fresh holdout, session 9 (17 documents judged blind, scored at arrival and at the end: 5 wrong untimed-entry findings there; 0.80).
  // 0.8 -> 1: session 10 (structure, 2026-11-27): an untimed lead-up beside a timed timeline, planned steps ('예정', 'TBD'); whole corpus 1.000 (20 right, 0 wrong).
  // 0.92 -> 0.84: fresh holdout, session 12 (16 documents judged blind by holdout11 and holdout12, scored at arrival: 5 wrong untimed-entry findings there; whole corpus 0.848).
  // 0.84 -> 0.77: fresh holdout, session 12 (9 documents judged blind by holdout14, scored at arrival: 3 wrong untimed-entry findings there; whole corpus 0.778).
  // 0.77 -> 0.59: owner audit, session 13 (owners3, 2026-11-28: 5 dev documents judged before their first run; 13 wrong untimed-entry findings on one of them, dated lead-up lines and untimed notes inside an outage window; whole corpus 31 right / 21 wrong, 0.596).
  // 0.77 -> 0.80: session 13 (structure, 2026-11-28): an untimed list right under a day label is that day's entries (whole corpus 34 right / 8 wrong, 0.810).
  // 0.59 -> 0.65: merge, session 13 (2026-11-28), measured on the whole corpus after every branch was merged: 16 fresh holdout documents judged blind (holdout15, holdout16: 1 wrong there at arrival), 5 audit documents judged before their first run (owners3: 13 wrong on one), structure's day-label lists; 41 right / 22 wrong, 0.651
  // 0.65 -> 0.82: structure2, session 13 (2026-11-28): dated entries far from the timed days, and notes inside a 'Start of X' … 'End of X' span, need no time (whole corpus 41 right / 9 wrong, 0.820; holdout unchanged).
  // 0.82 -> 0.83: session 14 (structure, 2026-11-28): dashed placeholder times, dotted times in a dotted timeline, a timeline introduced by a lead-in sentence (whole corpus 45 right / 9 wrong / 10 missed, 0.833).
  'timeline-timestamp': 0.83, // 0.78 -> 0.83: merge, session 17 (2026-11-28), measured on the whole corpus (337) after every branch was merged: reading: a kramdown attribute line, labelled lead-up entries; 45 right / 9 wrong, 0.833; 0.83 -> 0.78: fresh holdout, session 16 (5 documents judged blind by holdout20, scored at arrival: 3 wrong untimed-entry findings there; whole corpus 0.789, 45/57); 1 -> 0.92: fresh holdout, session 12 (5 Korean documents judged blind by holdout11, scored at arrival: 2 wrong timestamp findings there; 0.929); 0.63 -> 0.70: session 7 (the whole corpus at 0.704); 0.70 -> 1: session 8 (structure, 2026-11-27), lists between timed prose paragraphs are not entries (19 right, 0 wrong)
  // 0.92 -> 0.87: fresh holdout, session 12 (16 documents judged blind by holdout11 and holdout12, scored at arrival: 1 wrong order finding there; 0.875).
  // 0.87 -> 0.82: fresh holdout, session 12 (9 documents judged blind by holdout14, scored at arrival: 1 wrong order finding there; 0.824).
  // 0.87 -> 0.82: owner audit, session 12 (owners2, 2026-11-28: 6 dev documents judged before their first run; 1 wrong order finding there, a bare date line over a bullet with a lazy continuation line; whole corpus 0.824).
  // 0.82 -> 0.77: merge, session 12 (holdout14's documents and owners2's audit documents together: whole corpus 14 right / 4 wrong, 0.778).
  // 0.77 -> 0.82: session 13 (structure, 2026-11-28): a date line followed only by its zone in brackets labels a day (whole corpus 14 right / 3 wrong, 0.824).
  // 0.82 -> 0.78: merge, session 13 (2026-11-28), measured on the whole corpus after every branch was merged: holdout16: 1 wrong order finding at arrival; 15 right / 4 wrong, 0.789
  // 0.78 -> 0.80: session 14 (structure, 2026-11-28): dashed placeholder times, dotted times in a dotted timeline, a timeline introduced by a lead-in sentence (whole corpus 16 right / 4 wrong / 4 missed, 0.800; the gain is on the blind holdout, figures only).
  'timeline-order': 0.80, // 0.87 -> 0.88: session 6 (structure); 0.88 -> 0.90: session 7; 0.90 -> 0.92: session 9 (structure, 2026-11-27; 0.923, 12 right, 1 wrong)
  // 1 -> 0.96: fresh holdout, session 9 (17 documents judged blind, scored at arrival and at the end: 1 wrong; 0.962).
  // 0.96 -> 1: session 10 (structure, 2026-11-27): a missing zone reported once per document (25 right, 0 wrong).
  // 0.89 -> 0.96: session 12 (structure, 2026-11-28): zone abbreviations of PostgreSQL's timezonesets list read in time
  // context ("16:42 GST:"); whole corpus 26 right / 3 wrong -> 26 / 1 (0.963).
  // 0.96 -> 0.97: session 14 (structure, 2026-11-28): dashed placeholder times, dotted times in a dotted timeline, a timeline introduced by a lead-in sentence (whole corpus 36 right / 1 wrong / 1 missed, 0.973).
  'timeline-timezone': 0.975, // 0.95 -> 0.975: merge, session 18 (2026-11-28), measured on the whole corpus after every branch was merged: 40 right / 1 wrong, 0.976; 0.97 -> 0.95: fresh holdout, session 17 (10 more documents judged blind by holdout24, scored at arrival: 1 wrong zone finding there; whole corpus 40/42, 0.952); 1 -> 0.89: fresh holdout, session 11 (10 documents judged blind by holdout10, scored at arrival: 3 wrong zone findings there; 0.897); 1 -> 0.92: fresh holdout, session 5 (1 wrong); 0.92 -> 1: session 6 (structure), zone before the time
  // 0.96 -> 0.93: fresh holdout, session 4; 0.93 -> 0.83: fresh holdout, session 5 (22 wrong); 0.83 -> 0.82 (structure,
  // session 6, for the lead to confirm): 5 new audit documents came in whose owners are bracketed initials or follow a
  // colon ("[DB]", "[CF to write story]", "… : Chris F create story"), 5 wrong; an owner-form kind for the owners work.
  // owners (session 6) reached 0.905 before the merge with those documents; 0.82 -> 0.90 (lead, session 6: those owner
  // forms read; 0.908 with the fresh holdout of session 6).
  // 0.90 -> 0.88: fresh holdout, session 7 (23 documents judged blind, scored once at the end: 10 wrong owner findings there).
  // 0.88 -> 0.92: owners, session 8 (2026-11-27, whole corpus 0.924).
  // 0.92 -> 0.95: owners, session 9 (2026-11-27, whole corpus 0.924 -> 0.955: 21 -> 12 wrong; holdout unchanged).
  // 0.95 -> 0.86: fresh holdout, session 9 (17 documents judged blind, scored at arrival and at the end: 34 wrong owner findings there, 20 of them in one security report; 0.860).
  // 0.86 -> 0.92: owners, session 10 (2026-11-27, whole corpus 0.860 -> 0.922; dev 251 / 29 / 35 -> 277 / 10 / 9; holdout 0.653 -> 0.667, figures only).
  // 0.92 -> 0.919 (merge, session 10): 0.922 without the 18 fresh session-10 holdout documents, 0.9198 with them.
  // 0.919 -> 0.91: fresh holdout, session 11 (15 documents judged blind by holdout9, scored at arrival: 4 wrong owner findings there; 0.9109).
  // 0.91 -> 0.90: fresh holdout, session 11 (10 documents judged blind by holdout10, scored at arrival: 4 wrong owner findings there; 0.902).
  // 0.90 -> 0.905: owners, session 12 (2026-11-28): statements of what was done with two coordinated verbs or a task-verb
  // noun as subject read as statements (whole corpus 0.902 -> 0.907, 36 -> 34 wrong, all on dev; holdout unchanged).
  // 0.9 -> 0.81: fresh holdout, session 12 (16 documents judged blind by holdout11 and holdout12, scored at arrival: 43 wrong owner findings there, 39 of them in holdout12's 11 English documents; 0.811).
  // 0.81 -> 0.88: owners, session 13 (2026-11-28): tables and lists of data (one token per row) in a follow-up section are
  // not work items (whole corpus 355 / 79 / 55 -> 356 / 45 / 54, 0.818 -> 0.888; all 34 removed wrongs on dev, holdout unchanged).
  // 0.88 -> 0.87: merge, session 13 (2026-11-28), measured on the whole corpus after every branch was merged: holdout15/16: 10 wrong at arrival, owners3 audit: 8 wrong at the first run, owners: data tables and lists removed 34; 416 right / 60 wrong, 0.874
  // 0.87 -> 0.89: owners, session 14 (2026-11-28): an owner label alone over its list, a closing sub-heading, further-plan
  // sub-items (whole corpus 416 / 60 / 61 -> 418 / 51 / 59, 0.874 -> 0.891; dev 339 / 29 / 35 -> 341 / 21 / 33; holdout 31 -> 30 wrong, figures only).
  // 0.87 -> 0.85: fresh holdout, session 14 (6 documents judged blind by holdout17 and holdout18, scored at arrival: 10 wrong owner
  // findings there, 9 of them in holdout18's status-page outage history; whole corpus 426 right / 70 wrong, 0.859).
  'action-item-owner': 0.879, // 0.876 -> 0.879: merge, session 18 (2026-11-28), measured on the whole corpus after every branch was merged: 480 / 66, 0.879; 0.883 -> 0.876: fresh holdout, session 18 (7 documents judged blind by holdout28, scored at arrival: 5 wrong owner findings there; whole corpus 469/535, 0.8766); 0.869 -> 0.883: merge, session 17 (2026-11-28), measured on the whole corpus (337) after every branch was merged: reading: advice to others, status labels, a lead-in team after a purpose clause; 461 right / 61 wrong, 0.883; 0.866 -> 0.869: merge, session 16 (2026-11-28), measured on the whole corpus (313) after every branch was merged: 452 right / 68 wrong, 0.869; 0.87 -> 0.866: fresh holdout, session 16 (4 more documents judged blind by holdout21, scored at arrival: 3 wrong owner findings there; whole corpus 0.867, 443/511); 0.879 -> 0.87: fresh holdout, session 16 (5 documents judged blind by holdout20, scored at arrival: 5 wrong owner findings there; whole corpus 0.871, 439/504); 0.85 -> 0.87: merge, session 14 (2026-11-28), measured on the whole corpus (300) after every branch was merged: 428 right / 61 wrong, 0.875 (holdout17/18 at arrival -10, owners -9); 0.87 -> 0.879: merge, session 15 (2026-11-28), measured on the whole corpus after every branch was merged (439/499: reading, a problem followed by the team's finished change is done; reading2, plans in prose after finished work)
  // 0.97 -> 0.98: session 9 (structure, 2026-11-27): field blocks read line by line, the symptom field as impact, dated
  // event lines as the timeline (0.986, 143 right, 2 wrong).
  // 0.98 -> 0.97: merge, session 13 (2026-11-28), measured on the whole corpus after every branch was merged: holdout15: 1 wrong at arrival; 221 right / 5 wrong, 0.978
  // 0.969 -> 0.98: reading, session 16 (2026-11-28): an opening section named Description / Background / Problem / Issue (설명, 배경, 문제, 이슈) with prose under it is the summary (whole corpus 226 right / 7 wrong -> 226 / 4, 0.970 -> 0.983; dev 1 -> 0, holdout 6 -> 4 wrong, figures only; no right lost).
  'required-sections': 0.98, // 0.96 -> 0.95: fresh holdout, session 4; 0.95 -> 0.93: fresh holdout, session 5 (3 wrong); 0.93 -> 0.96: session 6 (structure); 0.96 -> 0.93: fresh holdout, session 7 (23 documents judged blind, scored once at the end, 4 wrong; 0.9398); 0.93 -> 0.97: session 8 (owners 0.954; structure: bare label lines, 'Leadup', horizon sub-headings, 0.969; 0.973 with the fresh holdout of session 8, none wrong there); 0.97 -> 0.969: fresh holdout, session 15 (2026-11-28, holdout19's 2 documents judged blind, scored at arrival: 2 wrong, 226/233)
  // 1 -> 0.42: fresh holdout, session 9 (17 documents judged blind, scored at arrival and at the end: 4 wrong; 0.429).
  // 0.42 -> 0.5: session 10 (structure, 2026-11-27): silent when the document names its root cause apart from the chain
  // (a root-cause section, a labelled statement); the two Python Discord expectations re-judged to that convention (1 right, 1 wrong: 0.500).
  'five-whys-root-cause': 0.5, // 0.10 -> 0.5: merge, session 18 (2026-11-28), measured on the whole corpus after every branch was merged: 1 / 1 (the review-question chains read); 0.5 -> 0.10: fresh holdout, session 17 (6 documents judged blind by holdout23, scored at arrival: 8 wrong five-whys findings there; whole corpus 1 right / 9 wrong, 0.100)
  // 0.72 -> 0.66: fresh holdout, session 4 (0.56 before "we failed to" was read as the team's gap); 0.66 -> 0.55: the
  // session-5 audits' documents and the fresh holdout, session 5; 0.55 -> 0.50 (structure, session 6, for the lead to
  // confirm): 5 new audit documents came in with 3 team self-reports read as blame ("We also failed to effectively
  // utility …", "what we failed to take into consideration", "We abandoned trying to fix it after 3 hours"): 0.476;
  // 0.47 -> 0.50 (lead, session 6: those three kinds silent; 0.50 with the fresh holdout of session 6, 6 wrong there).
  // 0.50 -> 0.41: fresh holdout, session 7 (23 documents judged blind, scored once at the end: 10 wrong blameful findings there, 1 right). (structure, session 7, brought 4 audit documents with 2
  // wrong blameful findings: 'we never enabled', a partner's member 'inadvertently overwrote'; lang-real fixed the kinds.)
  // 0.41 -> 0.53 (lang-real, session 8, 2026-11-27): eleven kinds read on the dev documents (written up as documented,
  // caught fire, letting people go, human error rejected, the team telling its own step); whole corpus 0.536.
  // 0.53 -> 0.48: fresh holdout, session 8 (18 documents judged blind, scored once at the end: 3 wrong blameful findings there, none right; 0.484).
  // 0.48 -> 0.53 (lang-real, session 9, 2026-11-27): a preposition's object before the verb, a vendor's 'they', a person
  // as the patient of a passive; whole corpus 0.536 (15 right, 13 wrong).
  // 0.53 -> 0.47: fresh holdout, session 9 (17 documents judged blind, scored at arrival and at the end: 5 wrong, 1 right; 0.471).
  // 0.47 -> 0.44: fresh holdout, session 10 (18 documents judged blind, scored at arrival: 2 wrong, none right; 0.444).
  // 0.47 -> 0.53 (lang-real, session 10, 2026-11-27): a get-passive, an imperative with an infinitive, a punishment crossed out,
  // 그렇지 않았다, code roles named with -자; whole corpus 0.533 (16 right, 14 wrong; the holdout's 12 wrong unchanged).
  // With the 18 fresh session-10 holdout documents in (2 wrong there): 0.50 (16 right, 16 wrong); floor 0.44 -> 0.50.
  // 0.50 -> 0.54: session 11 (2026-11-27, first-run gates and lang-en/lang-ko merged: whole corpus 0.535 -> 0.548, one wrong finding fewer).
  // 0.54 -> 0.56: session 12 (2026-11-28, lang-ko: an organisation's own responsibility is no call for vigilance; whole corpus
  // 0.548 -> 0.561, 23 right, 19 -> 18 wrong).
  // 0.54 -> 0.48: fresh holdout, session 12 (16 documents judged blind by holdout11 and holdout12, scored at arrival: 6 wrong blameful findings there; 0.490).
  // 0.48 -> 0.52: merge, session 13 (2026-11-28), measured on the whole corpus after every branch was merged: lang-en: own-team accounts, rejected blame, tools named "error"; 28 right / 25 wrong, 0.528
  'blameful-language': 0.58, // 0.55 -> 0.58: merge, session 18 (2026-11-28), measured on the whole corpus after every branch was merged: 46 / 33, 0.582; 0.58 -> 0.55: fresh holdout, session 17 (10 more documents judged blind by holdout24, scored at arrival: 6 wrong blame findings there; whole corpus 37/67, 0.552); 0.52 -> 0.56: merge, session 14 (2026-11-28), measured on the whole corpus (300) after every branch was merged: 31 right / 24 wrong, 0.564; 0.56 -> 0.58: merge, session 15 (2026-11-28), measured on the whole corpus after every branch was merged (34/58: lang-en, 'did some mistakes' and a call to review harder found on a drawn document; wrong findings unchanged)
  // 0.78 -> 0.84 (lang-real, session 9, 2026-11-27; 0.846): a general warning with the counterfactual in a relative clause, a signal expected to arrive.
  // 0.84 -> 0.82: fresh holdout, session 12 (16 documents judged blind by holdout11 and holdout12, scored at arrival: 2 wrong hindsight findings there; 0.829).
  // 0.82 -> 0.81: fresh holdout, session 12 (9 documents judged blind by holdout14, scored at arrival: 1 wrong hindsight finding there; 0.811).
  // 0.82 -> 0.78: owner audit, session 12 (owners2, 2026-11-28: 6 dev documents judged before their first run; 2 wrong there, luck counterfactuals under 'Where we got lucky'; whole corpus 0.789).
  // 0.78 -> 0.76: merge, session 12 (holdout14's documents and owners2's audit documents together: whole corpus 30 right / 9 wrong, 0.769).
  // 0.76 -> 0.78: merge, session 13 (2026-11-28), measured on the whole corpus after every branch was merged: lang-en: averted harms, credit; 32 right / 9 wrong, 0.780
  'counterfactual-language': 0.80, // 0.75 -> 0.80: merge, session 18 (2026-11-28), measured on the whole corpus after every branch was merged: 36 / 9; 0.76 -> 0.75: fresh holdout, session 17 (8 more documents judged blind by holdout25, scored at arrival: 1 wrong hindsight finding there; whole corpus 36/48, 0.750); 0.77 -> 0.76: fresh holdout, session 17 (10 more documents judged blind by holdout24, scored at arrival: 1 wrong hindsight finding there; whole corpus 36/47, 0.766); 0.82 -> 0.77: fresh holdout, session 17 (6 documents judged blind by holdout23, scored at arrival: 3 wrong hindsight findings there; whole corpus 34/44, 0.773); 0.78 -> 0.80: merge, session 14 (2026-11-28), measured on the whole corpus (300) after every branch was merged: 32 right / 8 wrong, 0.800; 0.80 -> 0.71: fresh holdout, session 4; 0.71 -> 0.66: fresh holdout, session 5; 0.66 -> 0.73: session 7; 0.73 -> 0.78: session 8 (lang-real, 2026-11-27; 0.786: speculation about a cause, a failure that did not happen); 0.80 -> 0.82: merge, session 15 (2026-11-28), measured on the whole corpus after every branch was merged (32/39: lang-en, a situation lasting longer is no hindsight: one wrong finding gone)
  // vague: 0.73 -> 0.889 (2026-11-26, vague brief: bold-title explanations, issue links, "going forward").
  // 0.74 -> 0.82: session 8 (owners 0.780; lang-real, 2026-11-27; 0.824): degree words in the purpose of a named change, compound verbs.
  // 0.84 -> 0.89 (lang-real, session 9, 2026-11-27; 0.896): a benefit clause after a named change, a state already reached, a dash specification naming a test.
  // 0.89 -> 0.82: fresh holdout, session 9 (17 documents judged blind, scored at arrival and at the end: 4 wrong; 0.827).
  // 0.82 -> 0.84 (lang-real, session 10, 2026-11-27): a comparison stated as a reason (보다 on a noun, 'is safer than'); 0.843.
  // 0.83 -> 0.81: fresh holdout, session 12 (16 documents judged blind by holdout11 and holdout12, scored at arrival: 2 wrong vague findings there; 0.815).
  // 0.81 -> 0.79: fresh holdout, session 12 (9 documents judged blind by holdout14, scored at arrival: 2 wrong vague findings there; 0.797).
  // 0.79 -> 0.77: owner audit, session 13 (owners3, 2026-11-28: 5 dev documents judged before their first run; 2 wrong vague findings there, 'Investigation into …' and 'Study …' items that name their object; whole corpus 56 right / 16 wrong, 0.778).
  // 0.77 -> 0.76: merge, session 13 (2026-11-28), measured on the whole corpus after every branch was merged: holdout15/16: 5 wrong at arrival; 68 right / 21 wrong, 0.764
  'vague-action-item': 0.78, // 0.777 -> 0.78: merge, session 18 (2026-11-28), measured on the whole corpus after every branch was merged: 89 / 25, 0.781; 0.79 -> 0.777: fresh holdout, session 18 (7 documents judged blind by holdout28, scored at arrival: 2 wrong vague findings there; whole corpus 84/108); 0.783 -> 0.79: merge, session 17 (2026-11-28), measured on the whole corpus (337) after every branch was merged: vague: advice to outsiders; 84 right / 22 wrong, 0.792; 0.78 -> 0.783: merge, session 16 (2026-11-28), measured on the whole corpus (313) after every branch was merged: 83 right / 23 wrong, 0.783; 0.80 -> 0.806: vague, session 16 (2026-11-28, whole corpus 78/19 -> 79/19, 0.804 -> 0.806: a question about why linked to a tracked issue; on the corpus before the session-16 blind documents); 0.79 -> 0.78: fresh holdout, session 16 (2 more documents judged blind by holdout22, scored at arrival: 3 wrong vague findings there; whole corpus 0.781, 82/105); 0.8 -> 0.79: fresh holdout, session 16 (5 documents judged blind by holdout20, scored at arrival: 1 wrong vague finding there; whole corpus 0.796, 78/98); 0.78 -> 0.80: vague, session 15 (2026-11-28, whole corpus 76/21 -> 76/19, 0.784 -> 0.800: a vague word inside an example or an open list of an item; holdout unchanged); 0.75 -> 0.78: merge, session 14 (2026-11-28), measured on the whole corpus (300) after every branch was merged: 76 right / 21 wrong, 0.784; 0.76 -> 0.75: fresh holdout, session 14 (4 documents judged blind by holdout17, scored at arrival: 2 wrong vague findings there; whole corpus 0.750, 69/92); 0.76 -> 0.79: vague, session 14 (2026-11-28, whole corpus 0.764 -> 0.791, 72/91: a named change with its purpose clause, an improvement specified by its behaviour; holdout unchanged); 0.84 -> 0.83: fresh holdout, session 11 (15 documents judged blind by holdout9, scored at arrival: 1 wrong vague finding there; 0.8305); 0.82 -> 0.84: owners, session 10 (2026-11-27, whole corpus 0.827 -> 0.846: routine checklists' checks, a Korean check of a question about a thing in code); 0.82 -> 0.84: 0.843 after the session-8 merges; 0.90 -> 0.85: fresh holdout, session 4; 0.85 -> 0.78: fresh holdout, session 5 (3 wrong); 0.78 -> 0.81: session 6; 0.81 -> 0.74: fresh holdout, session 7 (23 documents judged blind, scored once at the end, 5 wrong), and 2 wrong on structure's 4 audit documents ('more quickly' in the purpose clause of a concrete item, 'more gradually')
};
const RECALL_FLOOR: Record<string, number> = {
  // 0.86 -> 0.68: fresh holdout, session 9 (17 documents judged blind, scored at arrival and at the end: 6 untimed entries missed there; 0.690).
  // 0.68 -> 0.87: session 13 (structure, 2026-11-28): an untimed list right under a day label is that day's entries (whole corpus 34 right / 5 missed, 0.872).
  // 0.87 -> 0.74: merge, session 13 (2026-11-28), measured on the whole corpus after every branch was merged: holdout16: 9 untimed entries missed at arrival; 41 right / 14 missed, 0.745
  // 0.74 -> 0.81: session 14 (structure, 2026-11-28): dashed placeholder times, dotted times in a dotted timeline, a timeline introduced by a lead-in sentence (whole corpus 45 right / 10 missed, 0.818).
  'timeline-timestamp': 0.80, // 0.93 -> 0.86: fresh holdout, session 7 (23 documents judged blind, scored once at the end: 2 untimed entries missed there); 0.81 -> 0.80: fresh holdout, session 15 (2026-11-28, holdout19's 2 documents judged blind, scored at arrival: 1 missed, 45/56)
  // 0.66 -> 0.80: session 9 (structure, 2026-11-27): a zone after a stray AM/PM, dated event lines under another heading (12/15).
  // 0.8 -> 0.77: fresh holdout, session 12 (9 documents judged blind by holdout14, scored at arrival: 1 order slip missed there; 0.778).
  // 0.77 -> 0.75: merge, session 13 (2026-11-28), measured on the whole corpus after every branch was merged: holdout16: 1 missed at arrival; 15 right / 5 missed, 0.750
  // 0.75 -> 0.80: session 14 (structure, 2026-11-28): dashed placeholder times, dotted times in a dotted timeline, a timeline introduced by a lead-in sentence (whole corpus 16 right / 4 missed, 0.800).
  'timeline-order': 0.80, // 0.71 -> 0.66: fresh holdout, session 8 (18 documents judged blind, scored once at the end: 1 order slip missed there; 10/15); 1 -> 0.77: fresh holdout, session 4; 0.77 -> 0.63: fresh holdout, session 5 (2 missed); 0.63 -> 0.72: session 6 (structure), a date and a time joined by a slash; 0.72 -> 0.71: fresh holdout, session 7 (23 documents judged blind, scored once at the end: 1 missed)
  // 1 -> 0.94: merge, session 13 (2026-11-28), measured on the whole corpus after every branch was merged: holdout15 and holdout16: 1 missed each at arrival; 35 right / 2 missed, 0.946
  // 0.94 -> 0.97: session 14 (structure, 2026-11-28): dashed placeholder times, dotted times in a dotted timeline, a timeline introduced by a lead-in sentence (whole corpus 36 right / 1 missed, 0.973).
  'timeline-timezone': 0.95, // 0.97 -> 0.95: fresh holdout, session 16 (5 documents judged blind by holdout20, scored at arrival: 1 missed zone there; whole corpus 0.952, 40/42); 1 -> 0.84: fresh holdout, session 4; 0.85 -> 0.88: session 7; 0.88 -> 1: session 9 (structure, 2026-11-27; 17/17)
  // 0.95 -> 0.87: fresh holdout, session 9 (17 documents judged blind, scored at arrival and at the end: 30 ownerless items missed there, 27 of them in one security report; 0.873).
  // 0.87 -> 0.86: fresh holdout, session 10 (18 documents judged blind, scored at arrival: 7 ownerless items missed there; 0.860).
  // 0.91 -> 0.9: fresh holdout, session 12 (16 documents judged blind by holdout11 and holdout12, scored at arrival: 3 ownerless items missed there; 0.909).
  // 0.9 -> 0.88: fresh holdout, session 12 (9 documents judged blind by holdout14, scored at arrival: 12 ownerless items missed there; 0.885).
  // 0.9 -> 0.88: owner audit, session 12 (owners2, 2026-11-28: 6 dev documents judged before their first run; 9 ownerless items missed there, 7 under 'Resolving actions' headings; whole corpus 0.887).
  // 0.88 -> 0.86: merge, session 12 (holdout14's documents and owners2's audit documents together: whole corpus 355 right / 55 missed, 0.866).
  // 0.86 -> 0.85: owner audit, session 13 (owners3, 2026-11-28: 5 dev documents judged before their first run; 7 ownerless items missed there at the first run, 5 under a heading that joins a plan and lessons; whole corpus 370 right / 62 missed, 0.856, at the first run).
  // 0.86 -> 0.87: owners, session 13 (2026-11-28): a closing reference slot ("[link to github issue]") is not an owner
  // (whole corpus 356 right / 54 missed -> 360 / 50, 0.868 -> 0.878; all on dev, holdout unchanged).
  // 0.85 -> 0.87: merge, session 13 (2026-11-28), measured on the whole corpus after every branch was merged: 416 right / 61 missed, 0.872
  'action-item-owner': 0.831, // 0.812 -> 0.831: merge, session 18 (2026-11-28), measured on the whole corpus after every branch was merged: 480 right / 97 missed, 0.832; 0.836 -> 0.812: fresh holdout, session 18 (7 documents judged blind by holdout28, scored at arrival: 18 missed owner findings there; whole corpus 469/577); 0.833 -> 0.836: merge, session 17 (2026-11-28), measured on the whole corpus (337) after every branch was merged: reading: prose plans with 'we need to'; 461 right / 90 missed, 0.837; 0.836 -> 0.833: fresh holdout, session 17 (8 more documents judged blind by holdout25, scored at arrival: 2 missed owner findings there; whole corpus 459/551, 0.833); 0.851 -> 0.836: fresh holdout, session 17 (10 more documents judged blind by holdout24, scored at arrival: 11 missed owner findings there; whole corpus 459/549, 0.836); 0.859 -> 0.851: fresh holdout, session 17 (6 documents judged blind by holdout23, scored at arrival: 5 missed owner findings there; whole corpus 454/533, 0.852); 0.86 -> 0.859: fresh holdout, session 16 (2 more documents judged blind by holdout22, scored at arrival: 2 missed owner findings there; whole corpus 0.859, 452/526); 0.87 -> 0.86: fresh holdout, session 16 (5 documents judged blind by holdout20, scored at arrival: 4 missed owner findings there; whole corpus 0.869, 439/505); 0.86 -> 0.87: reading2, session 15 (2026-11-28), whole corpus 437/501 (0.872) -> 439/501 (0.876): prose plans after a list of finished work read as items; 0.87 -> 0.86: fresh holdout, session 14 (6 documents judged blind by holdout17 and holdout18, scored at arrival: 5 missed there; whole corpus 426/492, 0.866); 0.92 -> 0.91: fresh holdout, session 11 (10 documents judged blind by holdout10, scored at arrival: 2 missed there; 0.917); 0.93 -> 0.92: fresh holdout, session 11 (15 documents judged blind by holdout9, scored at arrival: 6 missed there; 0.921); 0.86 -> 0.93: owners, session 10 (2026-11-27, whole corpus 0.874 -> 0.954 without the 18 fresh session-10 holdout documents, 0.936 with them; holdout recall unchanged, 0.842); session 9 (owners, 2026-11-27): 0.9515 -> 0.959 whole corpus, floor kept; 0.90 -> 0.95: owners, session 8 (2026-11-27, whole corpus 0.959);  0.94 -> 0.91: fresh holdout, session 6 (7 ownerless items missed there); 0.91 -> 0.90: fresh holdout, session 7 (23 documents judged blind, scored once at the end: 13 missed)
  // 1 -> 0.99: fresh holdout, session 9 (17 documents judged blind, scored at arrival and at the end: 1 missed; 0.993).
  'required-sections': 0.99,
  'five-whys-root-cause': 1,
  // 0.61 -> 0.52, counterfactual 0.66 -> 0.64, vague 0.64 -> 0.62 (session 4, realworld): 6 judged EDGI incident reports
  // came in with 4 blameful, 1 hindsight and 3 vague sentences the language rules miss (third-person self-blame
  // "@x carelessly adds …", "did not use a reasonable operational procedure", "Consider whether …"), for those rules.
  // 0.52 -> 0.48: fresh holdout, session 6 (4 blameful sentences missed there).
  // 0.51 -> 0.48: fresh holdout, session 10 (18 documents judged blind, scored at arrival: 2 blameful sentences missed there; 0.485).
  // 0.48 -> 0.54: merge, session 13 (2026-11-28), measured on the whole corpus after every branch was merged: 28 right / 23 missed, 0.549
  'blameful-language': 0.554, // 0.53 -> 0.554: merge, session 18 (2026-11-28), measured on the whole corpus after every branch was merged: 46 / 37, 0.554; 0.58 -> 0.53: fresh holdout, session 16 (5 documents judged blind by holdout20, scored at arrival: 6 missed blame findings there; whole corpus 0.538, 35/65); 0.53 -> 0.54: merge, session 14 (2026-11-28), measured on the whole corpus (300) after every branch was merged: 31 right / 26 missed, 0.544; 0.54 -> 0.53: fresh holdout, session 14 (4 documents judged blind by holdout17, scored at arrival: 3 missed there; whole corpus 0.536, 30/56); 0.48 -> 0.51: session 7; 0.54 -> 0.58: merge, session 15 (2026-11-28), measured on the whole corpus after every branch was merged (34/58: lang-en, 'did some mistakes' and a call to review harder found on a drawn document)
  // 0.72 -> 0.66 (session 3, realworld): 6 judged IaSQL documents came in with one missed hindsight sentence
  // ("If the monitoring work had been started ... would have been discovered"); 0.66 -> 0.62: fresh holdout, session 5.
  // 0.7 -> 0.64: fresh holdout, session 9 (17 documents judged blind, scored at arrival and at the end: 4 missed; 0.649).
  // 0.64 -> 0.63: fresh holdout, session 12 (2 Korean documents judged blind by holdout13, scored at arrival: 1 hindsight sentence missed there; 0.638).
  // 0.63 -> 0.66: merge, session 13 (2026-11-28), measured on the whole corpus after every branch was merged: 32 right / 16 missed, 0.667
  'counterfactual-language': 0.59, // 0.60 -> 0.59: fresh holdout, session 18 (holdout27 and holdout28, 15 documents judged blind, scored at arrival: 3 missed hindsight findings there; whole corpus 36/61, 0.590); 0.62 -> 0.60: fresh holdout, session 17 (6 documents judged blind by holdout23, scored at arrival: 3 missed hindsight findings there; whole corpus 34/56, 0.607); 0.65 -> 0.64: fresh holdout, session 14 (holdout18's 2 documents at arrival: 1 missed; whole corpus 32/50, 0.640); 0.66 -> 0.65: fresh holdout, session 14 (4 documents judged blind by holdout17, scored at arrival: 1 missed there; whole corpus 0.653, 32/49); 0.70 reached in session 6; 0.62 -> 0.70: session 7; 0.64 -> 0.62: fresh holdout, session 15 (2026-11-28, holdout19's 2 documents judged blind, scored at arrival: 1 missed, 32/51)
  // 0.64 -> 0.61: the fresh holdout and the EDGI documents, session 4 (0.6098: the floor reads 0.60); 0.60 -> 0.58: fresh
  // holdout, session 6 (3 vague items missed there).
  // 0.7 -> 0.69: fresh holdout, session 9 (17 documents judged blind, scored at arrival and at the end: 1 missed; 0.694).
  // 0.69 -> 0.67: fresh holdout, session 10 (18 documents judged blind, scored at arrival: 4 vague items missed there; 0.671).
  // 0.67 -> 0.63: fresh holdout, session 12 (16 documents judged blind by holdout11 and holdout12, scored at arrival: 5 vague items missed there; 0.639).
  // 0.63 -> 0.61: merge, session 13 (2026-11-28), measured on the whole corpus after every branch was merged: holdout15/16: 12 missed at arrival; 68 right / 43 missed, 0.613
  // 0.61 -> 0.62: owners, session 14 (2026-11-28): a further-plan sub-item read as an item is also judged vague (whole corpus 68 / 43 -> 69 / 42 right / missed, 0.6126 -> 0.6216).
  'vague-action-item': 0.601, // 0.567 -> 0.601: merge, session 18 (2026-11-28), measured on the whole corpus after every branch was merged: 89 / 59, 0.601; 0.604 -> 0.567: fresh holdout, session 18 (7 more documents judged blind by holdout28, scored at arrival: 9 missed vague items there; whole corpus 84/148); 0.613 -> 0.604: fresh holdout, session 18 (8 documents judged blind by holdout27, scored at arrival: 2 missed vague items there; whole corpus 84/139, 0.604); 0.617 -> 0.613: fresh holdout, session 17 (8 more documents judged blind by holdout25, scored at arrival: 1 missed vague item there; whole corpus 84/137, 0.613); 0.643 -> 0.617: fresh holdout, session 17 (10 more documents judged blind by holdout24, scored at arrival: 6 missed vague items there; whole corpus 84/136, 0.618); 0.648 -> 0.643: fresh holdout, session 17 (6 documents judged blind by holdout23, scored at arrival: 1 missed vague item there; whole corpus 83/129, 0.643); 0.63 -> 0.648: merge, session 16 (2026-11-28), measured on the whole corpus (313) after every branch was merged: 83 right / 45 missed, 0.648; 0.66 -> 0.669: vague, session 16 (2026-11-28, whole corpus 78 right / 40 missed -> 79 / 39, 0.661 -> 0.669; on the corpus before the session-16 blind documents); 0.649 -> 0.63: fresh holdout, session 16 (4 more documents judged blind by holdout21, scored at arrival: 3 missed vague findings there; whole corpus 0.637, 79/124); 0.66 -> 0.649: fresh holdout, session 16 (5 documents judged blind by holdout20, scored at arrival: 2 missed vague findings there; whole corpus 0.650, 78/120); 0.64 -> 0.66: merge, session 14 (2026-11-28), measured on the whole corpus (300) after every branch was merged: 76 right / 39 missed, 0.661; 0.61 -> 0.64: vague, session 14 (2026-11-28, whole corpus 0.613 -> 0.649, 72/111: reviews with no end state, items behind a ticket label; holdout unchanged); 0.68 -> 0.67: fresh holdout, session 11 (10 documents judged blind by holdout10, scored at arrival: 3 missed there; 0.671); 0.67 -> 0.68: owners, session 10 (2026-11-27, whole corpus 0.694 -> 0.710 without the 18 fresh session-10 holdout documents, 0.686 with them); 0.58 -> 0.64: session 7; 0.64 -> 0.71: session 8 (owners 0.661; lang-real, 2026-11-27; 0.712: spikes, continued attempts, open 'determine if', passive 'should be improved'); 0.71 -> 0.70: fresh holdout, session 8 (2 vague items missed there; 0.705)
};

describe('real-world corpus', function () {
  this.timeout(120_000);
  const docs = corpusDocuments();

  it('has every document listed in SOURCES.md with a licence', () => {
    const sources = readFileSync(join(__dirname, '..', 'realworld', 'SOURCES.md'), 'utf8');
    for (const d of docs) assert.ok(sources.includes(`| ${d.id} |`), `${d.id} is not in SOURCES.md`);
  });

  it('selects documents by id or id prefix with --only (bench:realworld)', () => {
    assert.equal(parseOnly(undefined), undefined);
    assert.equal(parseOnly(' , '), undefined);
    const only = parseOnly('en-posthog-, ko-portone-payment-window-2023')!;
    assert.ok(only('en-posthog-flags-down-2025'));
    assert.ok(only('ko-portone-payment-window-2023'));
    assert.ok(!only('en-pypi-phishing-2025'));
    const picked = corpusDocuments(['dev'], only).map((d) => d.id);
    assert.ok(picked.length >= 2 && picked.every(only), picked.join(', '));
    assert.ok(corpusDocuments(['dev']).length > picked.length);
  });

  it('keeps precision and recall per rule at or above the floors', () => {
    const scores = ruleScores(scoreCorpus());
    for (const [rule, floor] of Object.entries(PRECISION_FLOOR)) {
      assert.ok(scores[rule].precision >= floor, `${rule}: precision ${scores[rule].precision.toFixed(3)} < ${floor}`);
    }
    for (const [rule, floor] of Object.entries(RECALL_FLOOR)) {
      assert.ok(scores[rule].recall >= floor, `${rule}: recall ${scores[rule].recall.toFixed(3)} < ${floor}`);
    }
  });
});
