/** On a dark site under a light system theme, the card takes the page's dark look; on a light site it stays light. */
import { card, expect, highlights, servePage, test, waitForPass } from './fixtures';

const page = (background: string, color: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>body { background: ${background}; color: ${color}; font: 16px/1.5 sans-serif; margin: 2rem; }</style></head>
<body><main><p>A neuroblastoma can cause opsoclonus in small children.</p></main></body></html>`;

const cardBackground = (locator: ReturnType<typeof card>) =>
  locator.evaluate((el) => {
    const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+/g)!.map(Number);
    return (r + g + b) / 3;
  });

for (const [name, background, color, dark] of [
  ['a dark', '#121417', '#e6e6e6', true],
  ['a light', '#ffffff', '#111111', false],
] as const) {
  test(`on ${name} page with a light system theme the card is ${dark ? 'dark' : 'light'}`, async ({
    context,
    server,
  }) => {
    const tab = await context.newPage();
    await tab.goto(server.url + servePage(`theme-${dark ? 'dark' : 'light'}`, page(background, color)));
    await waitForPass(tab);
    await highlights(tab, 'neuroblastoma').first().hover();
    await expect(card(tab)).toBeVisible();
    const level = await cardBackground(card(tab));
    if (dark) expect(level).toBeLessThan(60);
    else expect(level).toBeGreaterThan(200);
  });
}
