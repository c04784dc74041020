/**
 * A page styled by a linked stylesheet, as nearly every real page is, shared by the Chromium and
 * Firefox suites. Firefox lays a page out only once such a stylesheet has loaded; before the fix of
 * issue 17 MedGloss took all of its text for hidden there and highlighted nothing. The stylesheet
 * also hides some text, which must stay untouched, on the first screen and below it.
 */

/** What the page shows, and what it hides only through the stylesheet. */
export const STYLED = {
  /** In the first screenful, visible. */
  top: ['OMS', 'ACTH'],
  /** Far below the first screenful, visible. */
  below: ['neuroblastoma'],
  /** Hidden by the stylesheet (`.gone`): one on the first screen, one below. */
  hidden: ['paraneoplastic', 'nephroblastoma'],
};

const FILLER =
  'The team met the family every week and answered their questions about the plan, the visits and the days at home. ';

/** The page's HTML; `cssHref` is the linked stylesheet. */
export function styledPage(cssHref: string): string {
  const filler = Array.from({ length: 90 }, (_, i) => `<p>${FILLER.repeat(2)}Week ${i + 1}.</p>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Styled page</title>
<link rel="stylesheet" href="${cssHref}"></head>
<body><main>
<h1>About OMS</h1>
<p id="top">Opsoclonus-myoclonus syndrome (OMS) is often treated with ACTH.</p>
<div class="gone" id="hidden-top">A paraneoplastic cause is looked for.</div>
${filler}
<h2>Later</h2>
<p id="below">Some children with OMS have a neuroblastoma.</p>
<div class="gone" id="hidden-below">Wilms tumor is also called nephroblastoma.</div>
</main></body></html>`;
}

export const STYLESHEET = 'body { font: 16px/1.5 serif; margin: 2em; } .gone { display: none; }';

/** How long the tests hold the stylesheet back: not at all, briefly, and longer than the first pass takes. */
export const STYLESHEET_DELAYS_MS = [0, 50, 1500];
