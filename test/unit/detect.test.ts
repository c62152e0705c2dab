import assert from 'node:assert/strict';
import { firstHeading, isPostmortemText, postmortemSignal } from '../../src/core/detect';
import { assertGrowth } from './growth-check';

describe('detect: which Markdown is a postmortem', () => {
  it('accepts front matter type: postmortem in its spellings (English and Korean)', () => {
    for (const type of ['postmortem', 'Postmortem', 'post-mortem', 'Post_Mortem', 'incident-report', 'incident review', '포스트모템', '포스트모텀', '장애 보고서']) {
      assert.equal(postmortemSignal(`---\ntype: ${type}\n---\n\nSome notes.\n`), 'front-matter', type);
    }
  });

  it('refuses other front matter types when the heading says nothing', () => {
    assert.equal(isPostmortemText('---\ntype: blog\n---\n# Release notes\n'), false);
    assert.equal(isPostmortemText('---\ntype: [postmortem]\n---\n# Notes\n'), false);
  });

  it('accepts a first heading that names a postmortem (English)', () => {
    for (const h of ['# Postmortem: checkout API outage', '# 2024-05-01 Post-mortem', '## Post mortem — DNS', '# Incident report: login failures', '# Incident Review: cache stampede', '# Outage report', '# API outage postmortem']) {
      assert.equal(postmortemSignal(`${h}\n\ntext\n`), 'heading', h);
    }
  });

  it('accepts a first heading that names a postmortem (Korean)', () => {
    for (const h of ['# 장애 보고서: 결제 지연', '# 포스트모템', '# 결제 장애 포스트모텀', '# 장애 리포트 - 로그인 실패', '# 장애보고서', '# 사고 보고서', '# 장애 회고']) {
      assert.equal(postmortemSignal(`${h}\n\n본문\n`), 'heading', h);
    }
  });

  it('accepts setext headings', () => {
    assert.equal(isPostmortemText('Postmortem: DB failover\n=======================\n\ntext'), true);
    assert.equal(isPostmortemText('장애 보고서\n---\n\n본문'), true);
  });

  it('only looks at the first heading', () => {
    assert.equal(isPostmortemText('# Meeting notes\n\n## Postmortem of last week\n'), false);
    assert.equal(isPostmortemText('# 회의록\n\n## 장애 보고서 검토\n'), false);
  });

  it('ignores headings inside fenced code and indented code', () => {
    assert.equal(isPostmortemText('```md\n# Postmortem\n```\n\n# Notes\n'), false);
    assert.equal(isPostmortemText('~~~\n# 포스트모템\n~~~\n# 메모\n'), false);
    assert.equal(isPostmortemText('    # Postmortem\n\n# Notes\n'), false);
  });

  it('leaves ordinary Markdown alone', () => {
    for (const t of ['# README\n\nInstall with npm.', '# 설치 방법\n\nnpm으로 설치합니다.', 'Just text, no heading.', '', '---\ntitle: x\n---\n']) {
      assert.equal(isPostmortemText(t), false, JSON.stringify(t));
    }
  });

  it('handles BOM, CRLF and broken front matter without throwing', () => {
    assert.equal(isPostmortemText('\uFEFF# Postmortem\r\n\r\ntext\r\n'), true);
    assert.equal(isPostmortemText('\uFEFF---\r\ntype: postmortem\r\n---\r\n'), true);
    assert.equal(isPostmortemText('---\ntype: [unclosed\n---\n# 장애 보고서\n'), true);
    assert.equal(isPostmortemText('---\n: : :\n---\n# Notes\n'), false);
    assert.equal(isPostmortemText(undefined as unknown as string), false);
  });

  it('stays fast on huge input and only scans the top', () => {
    const huge = 'plain text line without any heading at all\n'.repeat(200_000) + '# Postmortem\n';
    assert.equal(isPostmortemText(huge), false);
    // Detection must not scan the whole document: 100× the text costs at most 10× the time (a whole scan would be ~100×),
    // a ratio measured in this test, so a busy machine does not fail it (was a wall-clock bound of 500 ms).
    const small = 'plain text line without any heading at all\n'.repeat(2_000) + '# Postmortem\n';
    assertGrowth('isPostmortemText', () => isPostmortemText(small), () => isPostmortemText(huge), { scale: 100, maxRatio: 10 });
    assert.equal(isPostmortemText(' '.repeat(100_000) + '\n# 포스트모템'), false);
  });

  it('reads heading text without the closing sequence', () => {
    assert.equal(firstHeading('# Title ##\n'), 'Title');
    assert.equal(firstHeading('#   C#\n'), 'C#');
    assert.equal(firstHeading('#\n'), '');
    assert.equal(firstHeading('#hashtag\n## Real'), 'Real');
    assert.equal(firstHeading('no heading'), undefined);
  });
});
