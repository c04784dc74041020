/**
 * DOM: is the page behind a term dark? Then the card takes its dark look even when the system
 * theme is light (a bright white box on a dark site glares). Reads the first opaque background
 * from the term up to the root.
 */

/** Relative luminance (WCAG) of an `rgb()`/`rgba()` colour, or undefined when it is transparent. */
export function luminance(color: string): number | undefined {
  const parts = /rgba?\(([^)]+)\)/
    .exec(color)?.[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  if (!parts || parts.length < 3 || parts.some((n) => Number.isNaN(n))) return undefined;
  if (parts.length > 3 && parts[3] < 0.5) return undefined;
  const [r, g, b] = parts.slice(0, 3).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function isOnDarkBackground(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  for (let at: Element | null = element; at; at = at.parentElement) {
    const lum = luminance(view.getComputedStyle(at).backgroundColor);
    if (lum !== undefined) return lum < 0.2;
  }
  return false; // no background anywhere: the browser's canvas, white unless the page asks for dark
}
