// Issue 7 reserves some sources for an independent evaluation: nothing from them may enter the real-world
// corpus or the language evaluation set (dev or holdout), or the product would be measured on text it was
// checked against. Session 16 found cases quoted from two of them (the Binder team's incident reports, RIT's
// Department of Access Services' post-mortem; and, from sessions 9-10, 2i2c's issues) and took them out.
// This test keeps them out: it reads only the `source` fields and the SOURCES.md source column.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Each reserved source of issue 7, with the address or name forms a `source` field would carry. */
const RESERVED: ReadonlyArray<{ readonly name: string; readonly pattern: RegExp }> = [
  { name: 'mybinder.org incident reports', pattern: /mybinder\.org|jupyterhub\/mybinder/i },
  { name: "the Rust blog's incident posts", pattern: /blog\.rust-lang\.org|rust-lang\/blog\.rust-lang\.org/i },
  { name: 'Optimism', pattern: /ethereum-optimism|optimism\.io|\bOptimism\b/ },
  { name: 'Yearn', pattern: /\byearn/i },
  { name: "GitLab's 2017 database outage", pattern: /gitlab\.com\/blog\/2017\/02|gitlab[^ ]*database-incident|gitlab[^|]*2017[^|]*database (outage|incident)|gitlab\.com database incident/i },
  { name: 'go-ethereum', pattern: /go-ethereum/i },
  { name: '2i2c', pattern: /2i2c/i },
  { name: 'Homebrew', pattern: /homebrew|brew\.sh/i },
  { name: 'Bloggulus', pattern: /bloggulus/i },
  { name: 'RIT DAS', pattern: /RIT DAS|rit-?das\b|RIT's Department of Access Services/i },
  { name: 'linkpulse', pattern: /linkpulse/i },
  { name: 'coffee_shout', pattern: /coffee[_-]?shout/i },
  { name: 'psarbot', pattern: /psarbot/i },
  { name: "NHN's 2006 Naver statement", pattern: /nhn[^|]*2006|2006[^|]*nhn/i },
];

const LANGUAGE = join(__dirname, '..', 'language');
const SOURCES = join(__dirname, '..', 'realworld', 'SOURCES.md');

function reservedIn(source: string): string | undefined {
  return RESERVED.find((r) => r.pattern.test(source))?.name;
}

describe('reserved sources (issue 7) stay out of both evaluation sets', () => {
  it('knows each reserved source when a source field names it', () => {
    assert.equal(reservedIn('https://github.com/jupyterhub/mybinder.org-deploy/blob/abc/docs/source/incident-reports/x.md'), 'mybinder.org incident reports');
    assert.equal(reservedIn('https://github.com/2i2c-org/infrastructure/issues/1'), '2i2c');
    assert.equal(reservedIn("code-index file 1 (post by the web developer of RIT's Department of Access Services website)"), 'RIT DAS');
    assert.equal(reservedIn('https://blog.rust-lang.org/2023/01/01/incident.html'), "the Rust blog's incident posts");
    assert.equal(reservedIn('https://about.gitlab.com/blog/2017/02/10/postmortem-of-database-outage-of-january-31/'), "GitLab's 2017 database outage");
    // Another team's database incident is not GitLab's.
    assert.equal(reservedIn('https://example.app/changelog/production-database-incident-and-backup-policy'), undefined);
    // Not reserved: the Rust infrastructure team's own repository, GitLab's documentation, NHN Cloud's 2023 notice.
    assert.equal(reservedIn('rust-lang/infra-team@5a40240:service-catalog/rust-ci/post-mortems/x/README.md'), undefined);
    assert.equal(reservedIn('code-index file id 2400137180 (GitLab developer documentation)'), undefined);
    assert.equal(reservedIn('https://doorayhelp.oc.nhncloud.com/dooray/hc/notice/42/?lang=ko'), undefined);
  });

  it('no language case quotes a reserved source', () => {
    const hits: string[] = [];
    for (const split of ['dev', 'holdout']) {
      for (const file of readdirSync(join(LANGUAGE, split)).filter((f) => f.endsWith('.jsonl'))) {
        for (const line of readFileSync(join(LANGUAGE, split, file), 'utf8').split('\n')) {
          if (!line.trim()) continue;
          const { id, source } = JSON.parse(line) as { id: string; source: string };
          const name = reservedIn(source);
          if (name) hits.push(`${split}/${file} ${id}: ${name}`);
        }
      }
    }
    assert.deepEqual(hits, []);
  });

  it('no real-world document comes from a reserved source', () => {
    const hits: string[] = [];
    for (const line of readFileSync(SOURCES, 'utf8').split('\n')) {
      const cells = line.split('|').map((c) => c.trim());
      // | id | language | title | source | licence | split | notes |
      if (cells.length < 8 || !/^(en|ko)-/.test(cells[1])) continue;
      const name = reservedIn(cells[4]);
      if (name) hits.push(`${cells[1]}: ${name}`);
    }
    assert.deepEqual(hits, []);
  });
});
