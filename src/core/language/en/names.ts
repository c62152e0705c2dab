/**
 * Common given names (English-speaking, European, South and East Asian, African, Latin American,
 * Middle Eastern, in Latin script), for telling "Tom skipped the canary stage" (a person nobody
 * declared) from "Envoy skipped the header". Hand-written; names that are also ordinary English
 * words a sentence may start with (Will, May, Mark, Grant, Bill, Chase, Rose, Summer, Page, Hunter,
 * Chance …) are left out on purpose: a missed name costs less than a wrong finding.
 */
const NAMES =
  'aaron abby abdul abdullah abe abel abhishek abigail ada adam adaeze adebayo aditi aditya adrian adriana agnes ahmad ahmed aiden aisha ' +
  'akash akira akosua alan alana albert alberto alec alejandra alejandro aleksandr alex alexa alexander alexandra alexei alexis alfredo ' +
  'ali alice alicia alina alisha alison allison alvaro amal amanda amara amber amelia amina amir amit amy ana anders andre andrea ' +
  'andreas andrei andres andrew andy aneesh angela angelo anil anita anja ankit ann anna anne annie anshul anthony antoine anton antonio ' +
  'anya arjun arnav arthur arturo arun asha ashley ashok astrid aurora ava avery ayesha ayumi barbara barry beatriz ben benjamin ' +
  'bernard beth bethany bianca bjorn blake bob bobby boris brad bradley brandon brenda brendan brian bridget brittany bruce bruno bryan ' +
  'caleb camila cameron carl carla carlos carmen carol caroline carolyn casey cassandra catherine cathy cecilia cedric charles charlie ' +
  'charlotte chen cheng chidi chinedu chloe chris christian christina christine christopher chun cindy claire clara claudia clement ' +
  'colin connor craig cristina cynthia dan dana daniel daniela danielle danny dario darius darren dave david dawn dean deborah deepak ' +
  'deepika denis dennis derek devon diana diego dimitri dinesh divya dmitri dmitry dominic donald donna doug douglas dylan eddie edgar ' +
  'eduardo edward eileen elena eli elias elif elijah elisa elizabeth ella ellen ellie emeka emil emily emma emre enrique eric erica ' +
  'erik erin ethan eugene eva evan evelyn fabian fahad farah fatima fatma federico felipe felix fernando fiona florian francesca ' +
  'francesco francis francisco frank freddie gabriel gabriela gareth gary gaurav gavin george georgia gerald gina giovanni giulia ' +
  'giuseppe glen gloria gonzalo gordon graham greg gregory greta gustavo hamza hana hannah hans haruto harry hassan heather hector ' +
  'heidi helen helena henrik henry hiroshi hiroko hugo hui hussein ian ibrahim igor ilya imran ines ingrid irene isaac isabel isabella ' +
  'ivan jacob jake james jamie jan jana jane janet janice jared jasmine jason javier jay jean jeff jeffrey jen jenna jennifer jenny ' +
  'jeremy jerome jesse jessica jesus jia jian jill jim jimmy joan joanna joao joe joel johan johann john johnny jon jonas jonathan ' +
  'jordan jorge jose josef joseph josh joshua juan judith julia julian julie julio jun justin kai kamal karen karim karina karl ' +
  'kate katherine kathy katie katrin kavya keith kelly ken kenji kenneth kevin khalid kim kiran kofi kristen kumar kwame kyle lakshmi ' +
  'lara larry laura lauren leah lena leo leon leonardo leticia li liam lily lin linda lisa liu lois lorenzo louis lucas lucia luis ' +
  'luka lukas luke lydia maria mariana marie marina mario marisa marta martin mary mateo matt matteo matthew maya megan mehmet mei ' +
  'melissa mia michael michelle miguel mika mike mikhail min ming miriam mohamed mohammad mohammed monica morgan mustafa nadia nancy ' +
  'naomi natalia natalie nathan neha neil nicholas nick nicola nicolas nicole nikhil nikita nikolai nina noah noor nora nuno olga ' +
  'oliver olivia omar oscar owen pablo paolo patricia patrick paul paula pavel pedro peter philip pierre pooja prakash pranav ' +
  'priya priyanka rachel rafael rahul raj rajesh ralph ramesh ramon randy raquel ravi raymond rebecca renee ricardo richard rick ' +
  'rita rob robert roberto robin rohan rohit roman ronald rosa ruben ruth ryan sabrina sadia sam samantha samir samuel sandeep ' +
  'sandra sanjay santiago sara sarah sasha satoshi scott sean sebastian sergei sergey sergio seth shannon sharon shawn sheila ' +
  'shreya simon simone sofia sonia sophia sophie sota stefan stefano stephanie stephen steve steven sunil susan suresh svetlana ' +
  'takeshi tamara tanya tariq tatiana taylor ted teresa thabo thomas tiffany tim timothy tina tobias todd tom tomas tommy tony ' +
  'tracy travis tyler uma usman valentina valeria vanessa varun venkat vera victor victoria vikram vincent vinod viktor vivek ' +
  'wei wendy wesley william xavier xin yan yang yara yasmin yesenia yi yoshi yuki yusuf yuri zach zachary zara zoe zoltan ' +
  'omari jonah ezra finn theo arlo silas ezekiel ayaan vihaan reyansh ishaan kabir aarav rayan yuto ren sora hina yui minh linh ' +
  'thanh tuan hung nguyen duc hoang quang tomasz piotr krzysztof agnieszka katarzyna malgorzata magda kasia marek jakub ' +
  'ondrej petr jiri lars sven nils magnus ingrid sigrid bram sander joost daan femke sanne lotte thijs ruud wouter pieter ' +
  'mateus thiago rodrigo leandro camilo sebastiao ines matias nicolas ignacio tomas agustin valentin lucio renata ' +
  'seun tunde ngozi chiamaka obinna yaw kwesi abena ama esi zanele sipho lerato themba nomvula wanjiru kamau otieno achieng ' +
  'mei ling jun hao yue zhen wen jing xiao lei tao feng bo qiang hiro kaito riku yuna haruka minji jisoo seojun jiwoo hyun ' +
  'jinwoo minsu sungmin jihoon seoyeon ' +
  'marcus esther oskar helga aiko leila layla matthias sakura siobhan zainab ulrich mirela aleks aleksandra bartek greta agatha alina anika annika arne astrid axel bastian benedikt birgit bodhi carina carsten cormac dagmar declan dermot eamon eero elin elsa emilia enzo erika erin eskil fergus finnian freya frida gisela gunnar hakan hamish hedda henrike ilse imogen isla jens jorge jurgen kalle karin kasper kirsten klaus kristian lasse leif linnea lorcan maeve malin mats mette mikkel nadine niamh niklas noemi oisin ola olaf ove paddy pernille ragnar rasmus rune saoirse sigrun sinead soren stig sune svea tarja thor tove ulla ulf ursula vilja wilhelm yngve aoife ciaran ronan seamus shauna abdi aziz bilal dawit fikre hafsa halima idris jamal kareem laila mariam nasser omid parisa rania reza saeed sami shirin soraya tarek walid yasmine youssef zaid zeynep emine burak cem deniz ebru hakan kerem murat ozan selin serkan anand arvind bhavna chetan deepa gita harish isha jayant kavita lalit madhu manoj meera mohan nalini naveen nisha pallavi prasad preeti raghav rekha sachin sangeeta shalini shanti shiv sneha sudha swati tanvi uday usha vandana vijay yash akiko daiki emi haruki kazuki kenta masato naoki rin ryo ryota sayaka shota takumi tomoko yuka yusuke bao cuong khanh phuong quynh trang vinh adaora amaka bukola chioma emeka folake ifeoma kemi nkechi nnamdi olu oluwaseun segun temitope uche yemi aleksei anastasia boris daria dmitrii ekaterina galina irina ksenia larisa lyudmila maksim natasha oleg polina stanislav vadim yelena andrzej bogdan dorota ewa grzegorz halina jacek jadwiga janusz kamil lukasz marcin mateusz pawel radek tadeusz wojtek zofia beatrix ottilie amelie felicitas jasper malik rahim santiago kenji yara noor ravi hiroshi mateo valentina gael thiago luciana camille chantal etienne fabrice francoise gaelle helene jacques julien laurent lucie manon margaux mathieu nathalie olivier pascal remi sebastien sylvie thierry yann yannick benoit cecile delphine eloise ' +
  // Given names ending in -or/-er, which the agent-noun shape of nameLike would otherwise turn away.
  'lior hector victor nestor connor conor amador isidor salvador walter peter oliver roger tyler skyler dexter jasper casper kasper homer lester chester archer';

/** Lowercase given names. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/u).filter(Boolean));

/** Whether a capitalised word is a known given name ("Tom", "Priya"); case-sensitive on the first letter. */
export function isGivenName(word: string): boolean {
  if (word.length < 2 || word[0] === word[0].toLowerCase() || word.slice(1) !== word.slice(1).toLowerCase()) return false;
  return GIVEN_NAMES.has(word.toLowerCase());
}

// Capitalised words that open sentences in postmortems as things, not people: systems, events,
// data. A capitalised word outside the lexicon reads as a possible name only when it is none of
// these and not a tool-like agent noun (-er, -or), an abstract noun or a plural.
const THING_WORDS = new Set(
  (
    'traffic load latency memory storage cleanup backup backups config configuration cache disk cron script pipeline deploy deployment ' +
    'release rollout job task worker migration update upgrade patch query request response replication automation autoscaling failover ' +
    'monitoring alerting logging build test tests ci cd staging production prod dns tls ssl http https api cdn network networking ' +
    'database db cluster node pod service app application system platform infrastructure infra code change commit merge branch ' +
    'everything nothing something someone anything each every another neither either both all most many some several few none ' +
    'one two three four five six seven eight nine ten first second third last next then later today yesterday tonight tomorrow ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december ' +
    'after before during while when once since until because although though however meanwhile eventually finally initially ' +
    'customers users clients partners vendors support sales security legal finance marketing engineering operations ops product ' +
    'leadership management the a an this that these those our their his her its my your we they he she it you i ' +
    'version hotfix fix bug outage incident alert alarm page pager error errors warning warnings timeout timeouts retry retries ' +
    'queue queues index table schema certificate cert key token secret password quota limit limits rate budget capacity spike ' +
    'internet power cooling hardware firmware kernel driver compiler linter proxy gateway router firewall balancer scheduler controller ' +
    'operator agent daemon sidecar container image registry repo repository bucket volume snapshot region zone datacenter rack ' +
    'chaos canary rollback revert restore restart reboot shutdown cutover switchover maintenance sync batch stream consumer producer ' +
    'leader follower primary replica replicas secondary master slave upstream downstream frontend backend client server host instance ' +
    'worse overall around within nobody instead everyone everybody anyone anybody also still just here there now soon again thus hence ' +
    'luckily sadly fortunately unfortunately yes no not never ever only even so but and or nor yet please note see without with from ' +
    'into over under about above below through across per via upon among amid despite like unlike what why how who where which whose ' +
    'other another whether further together rather neither either father mother brother corridor ' +
    'terraform ansible varnish loki thanos cortex quotas envoy argo postgres vitess tempo mimir flux linkerd consul nomad packer'
  ).split(/\s+/u),
);

/**
 * Whether a capitalised word could be an undeclared person's name although the lexicon does not
 * know it ("Ngaio", "Wendell"): one capitalised word of letters, not a known thing, not shaped
 * like a plural, an abstract noun or a tool ("Scheduler"). A weak cue: callers ask for a second
 * one (an act only people do) before reading it as a person.
 */
export function nameLike(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,14}$/u.test(word)) return false;
  const l = word.toLowerCase();
  if (GIVEN_NAMES.has(l)) return true;
  if (THING_WORDS.has(l)) return false;
  // Agent nouns end in -er/-or ("Scheduler", "Compactor"); given names of a few shapes do too and are not
  // agent nouns: -dor/-gor/-vor/-ktor ("Teodor", "Igor", "Trevor", "Viktor"), -ther ("Gunther"), -vier ("Xavier").
  if (/(?:[^n]dor|gor|vor|ktor|[^a]ther|vier)$/u.test(l)) return true;
  if (/(?:ing|tion|sion|ment|ness|ity|ance|ence|ics|ism|ure|age|ware|ship|hood|dom|ogy|ery|ory|ary|[^aeiu]er|or|ers|ors|ies|[^aeiou]s|ed|ly|able|ible|ful|less|ous|ive|al)$/u.test(l)) return false;
  return true;
}

// Base forms of the verbs a postmortem uses for what people did or did not do. `verbBase` picks
// the candidate found here, so "deleted" → "delete" but "targeted" → "target".
const VERBS = new Set(
  (
    'abort accept acknowledge act add alert allow announce answer apply approve archive ask assign audit back bother break bump ' +
    'call cancel catch cause change check clean clear close commit communicate complete configure confirm consult contact copy ' +
    'correct create cut debug declare decide delete deploy destroy detect disable disregard document double-check drain drop edit ' +
    'enable ensure erase escalate estimate evaluate execute expire fail file fill finish fix flag flip follow force forget fumble ' +
    'gate grow guess halt handle hand heed ignore inform inspect install investigate kill label launch lint list load lock log look ' +
    'manage mention merge migrate mishandle misjudge misread mistype misconfigure miss monitor move mute name need neglect note ' +
    'notice notify open override overlook overwrite page paste patch pause pay pick ping plan post prepare press prevent promote ' +
    'provision publish pull purge push question raise reach react read rebase reboot recheck record recover reduce refresh reject ' +
    'release reload remove renew repair replace reply report request rerun reset resize resolve respond restart restore retry return ' +
    'revert review revoke roll rotate run rush save scale schedule scope script scroll see send set ship shut sign silence skim skip ' +
    'snooze spot stage start stop submit suspend switch sync take tag talk target tell terminate test think throttle time toggle ' +
    'track trigger truncate trust try tune turn type understand undo update upgrade use validate verify view wait wake warn watch ' +
    'wipe write rubber-stamp bypass disable drop overlook'
  ).split(/\s+/u),
);

const IRREGULAR_BASE: Record<string, string> = {
  ran: 'run', went: 'go', gone: 'go', took: 'take', taken: 'take', left: 'leave', forgot: 'forget', forgotten: 'forget', broke: 'break',
  broken: 'break', saw: 'see', seen: 'see', knew: 'know', known: 'know', told: 'tell', thought: 'think', caught: 'catch', made: 'make',
  did: 'do', done: 'do', wrote: 'write', written: 'write', chose: 'choose', chosen: 'choose', overrode: 'override', overridden: 'override',
  overwrote: 'overwrite', overwritten: 'overwrite', blew: 'blow', blown: 'blow', got: 'get', gotten: 'get', gave: 'give', given: 'give',
  began: 'begin', begun: 'begin', brought: 'bring', sent: 'send', spent: 'spend', kept: 'keep', held: 'hold', heard: 'hear', paid: 'pay',
  found: 'find', understood: 'understand', built: 'build', rebuilt: 'rebuild', undid: 'undo', undone: 'undo', woke: 'wake', spoke: 'speak',
  spoken: 'speak', froze: 'freeze', frozen: 'freeze', fell: 'fall', fallen: 'fall', drew: 'draw', drawn: 'draw', meant: 'mean',
};

/** The base form of an English past tense or participle ("escalated" → "escalate", "replied" → "reply"); the word itself when it is not one. */
export function verbBase(word: string): string {
  const w = word.toLowerCase().replace(/’/gu, "'");
  if (IRREGULAR_BASE[w]) return IRREGULAR_BASE[w];
  if (VERBS.has(w)) return w;
  if (/[^aeiou]ied$/u.test(w)) return `${w.slice(0, -3)}y`;
  if (!/ed$/u.test(w) || w.length < 4) return w;
  const stem = w.slice(0, -2);
  const candidates = [stem, `${stem}e`, stem.slice(0, -1), w.slice(0, -1)];
  for (const c of candidates) if (VERBS.has(c)) return c;
  // Not listed: a doubled final consonant is undone ("stopped"), otherwise the stem ("renewed").
  if (/([bdgmnprt])\1$/u.test(stem)) return stem.slice(0, -1);
  return /(?:at|iz|ag|ov|iv|ur|uc|dg|rg|ac|ic|nc|rc|lv|rv|rs|ps|ns)$/u.test(stem) ? `${stem}e` : stem;
}
