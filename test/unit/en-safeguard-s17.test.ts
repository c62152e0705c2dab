// English safeguard counterfactuals, session 17 (en-safeguard): the lead's decision (lang-ko implemented it in Korean,
// ko/safeguard.ts): a missing safeguard or measure named as what would have caught, prevented or lessened the failure is
// hindsight; a counterfactual about a state with no decision or measure in it stays clean, as do luck, near misses and a
// reported sanction. Every sentence is NEW (other safeguards, harms and domains than the brief's and the golden fixtures).
import { clean, flagged, rewritten } from './language-cases';
import { strict as assert } from 'node:assert';

describe('en-safeguard s17: a missing safeguard named as what would have lessened the failure', function () {
  this.timeout(120_000);

  // Kind 1: the safeguard's EXISTENCE as the condition, a smaller harm as the consequence (en/safeguard.ts EXISTENCE).
  // Korean mirror: lang-ko-s17 A1 ("점진적 배포가 있었더라면 피해가 훨씬 작았을 것이다").
  it('1: existence of a safeguard with a smaller harm', () => {
    for (const [s, fixed] of [
      ['If there had been a canary release, the blast radius would have been far smaller.', 'To make the blast radius far smaller, we need a canary release.'],
      ['If there had been a failover drill, the downtime would have been shorter.', 'To make the downtime shorter, we need a failover drill.'],
      ['If there had been a config validation step, the outage would have been briefer.', 'To make the outage briefer, we need a config validation step.'],
    ]) assert.equal(rewritten('en', s), fixed);
  });

  // Kind 2: a SETTING of a safeguard as the condition (a threshold, an interval, a limit: a decision), with a catch or
  // prevent verb, passive or active. Korean mirror: lang-ko-s17 A2 ("연결 타임아웃이 짧았다면 스레드 고갈을 막을 수 있었습니다").
  it('2: a safeguard setting as the condition', () => {
    for (const [s, fixed] of [
      ['If the health check interval had been shorter, the stuck worker would have been detected.', 'To detect the stuck worker, the health check interval needs to be shorter.'],
      ['If the rate limit had been lower, the retry storm could have been contained.', 'To contain the retry storm, the rate limit needs to be lower.'],
      ['If the disk alert threshold had been lower, we would have caught the full volume.', 'To catch the full volume, the disk alert threshold needs to be lower.'],
      ['If the lock timeouts had been shorter, the deadlock could have been avoided.', 'To avoid the deadlock, the lock timeouts need to be shorter.'],
    ]) assert.equal(rewritten('en', s), fixed);
  });

  // Kind 3: a safeguard as the SUBJECT of a harm-reducing verb (shortened, limited, reduced). Korean mirror: lang-ko-s17 A1
  // ("롤백 리허설이 있었다면 복구 시간이 짧았을 거예요"; the Korean engine reads the existence form, not this subject form).
  it('3: a safeguard as the subject of a harm-reducing verb', () => {
    for (const [s, fixed] of [
      ['Regular restore drills would have shortened the data recovery.', 'To shorten the data recovery, we need regular restore drills.'],
      ['A phased deployment would have limited the impact.', 'To limit the impact, we need a phased deployment.'],
      ['A schema validation check would have reduced the cleanup work.', 'To reduce the cleanup work, we need a schema validation check.'],
    ]) assert.equal(rewritten('en', s), fixed);
  });

  // Kind 4: a sanction REPORTED as an event in the past is a report (Korean: frames.ts SANCTION_REPORTED, lang-ko-s17 B1);
  // an ask stays flagged.
  it('4: a reported sanction is a report; an ask stays flagged', () => {
    for (const s of [
      'Disciplinary action was taken against the on-call engineer.',
      'Two months later, formal disciplinary steps were taken.',
      'A disciplinary hearing was held in the spring.',
    ]) clean('en', s);
    for (const s of [
      'Disciplinary action should be taken against the on-call engineer.',
      'A disciplinary measure must be issued to the engineer.',
      'The engineer should face disciplinary action.',
    ]) flagged('en', s);
    // Korean mirror (the Korean engine already reads it).
    clean('ko', '장애 두 달 뒤 담당자에게 감봉 조치가 내려졌다.');
  });

  // Controls: a resource's state (the warm cache of valid.md), a load or level as the state, luck and near misses, a person
  // as the condition, a setting with the people it reached as the harm, negation, a question, the forward lesson itself.
  it('controls stay clean', () => {
    for (const s of [
      'If the cache had been warmed up, the first requests would have been fast.',
      'If the database had been pre-populated, the tests would have passed.',
      'If load had been lighter, the existing autoscaler would have kept up.',
      'If disk usage had been below the limit, the nightly job would have finished.',
      'If the traffic had been at its usual level, the alert would have fired.',
      'If the outage had been shorter, fewer customers would have noticed.',
      'If the timeout had been shorter, users would have seen errors sooner.',
      'If there had been a full moon, the dashboard would have looked the same.',
      'If there had been a second engineer, the damage would have been smaller.',
      'A staged rollout would not have limited the damage.',
      'Would a staged rollout have limited the damage?',
      'The staged rollout limited the damage.',
      'To shorten the recovery, we need a rollback rehearsal.',
      'To catch the full volume, the disk alert threshold needs to be lower.',
    ]) clean('en', s);
  });
});
