import { strict as assert } from 'node:assert';
import { evidenceView } from '../../src/core/evidence';

describe('evidenceView (how 5-whys evidence reads in the view)', () => {
  it('keeps a link text that names the source', () => {
    assert.deepEqual(evidenceView('[latency dashboard](https://grafana.example.com/d/pay-api)'), { label: 'latency dashboard', url: 'https://grafana.example.com/d/pay-api' });
    assert.deepEqual(evidenceView('[지연 대시보드](https://grafana.example.com/d/pay)'), { label: '지연 대시보드', url: 'https://grafana.example.com/d/pay' });
  });

  it('names a link that says only "evidence", "link", 근거 … by its host and last path part', () => {
    assert.equal(evidenceView('[evidence](https://github.example.com/sdk/issues/12)').label, 'github.example.com › 12');
    assert.equal(evidenceView('[link](https://logs.example.com/)').label, 'logs.example.com');
    assert.equal(evidenceView('[근거](https://wiki.example.com/%EC%9E%A5%EC%95%A0)').label, 'wiki.example.com › 장애');
    assert.equal(evidenceView('[Evidence:](https://x.example.com/a/b)').label, 'x.example.com › b');
  });

  it('names a bare URL by its host, and a label by its value', () => {
    assert.deepEqual(evidenceView('https://status.example.com/incidents/812'), { label: 'status.example.com › 812', url: 'https://status.example.com/incidents/812' });
    assert.deepEqual(evidenceView('evidence: INC-42 logs'), { label: 'INC-42 logs' });
    assert.deepEqual(evidenceView('근거: 슬로우 쿼리 로그)'), { label: '슬로우 쿼리 로그' });
  });

  it('shortens long names and survives odd input', () => {
    assert.equal(evidenceView(`evidence: ${'x'.repeat(100)}`).label.length, 40);
    assert.equal(evidenceView('[evidence](not a url)').label, '[evidence](not a url)'.replace(/^[^:：]{1,20}[:：]\s*/u, '') );
    assert.equal(evidenceView('[evidence](%%%)').label, 'evidence');
  });
});
