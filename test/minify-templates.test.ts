import { expect } from '@open-wc/testing';
import { minifyCss, minifyTemplates } from '../scripts/minify-templates.mjs';

describe('build: template minifier', () => {
  it('collapses indentation in nested html templates and keeps expressions intact', () => {
    const source = 'const t = html`<p>\n    ${a ? html`<b>\n  x</b>` : `raw\n  text`}\n  </p>`; const s = "html`";';
    expect(minifyTemplates(source)).to.equal(
      'const t = html`<p> ${a ? html`<b> x</b>` : `raw\n  text`} </p>`; const s = "html`";',
    );
  });

  it('minifies css templates', () => {
    expect(minifyCss('\n  :host {\n    display: block; /* why */\n  }\n')).to.equal(':host{display:block}');
    expect(minifyTemplates('x = css`\n a { color: red; }\n`')).to.equal('x = css`a{color:red}`');
  });
});
