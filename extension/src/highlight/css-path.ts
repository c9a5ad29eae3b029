/** A CSS selector that finds this element again: its id if unique, else a path of :nth-of-type steps. */

export function cssPathOf(element: Element): string {
  const doc = element.ownerDocument;
  const steps: string[] = [];
  for (
    let el: Element | null = element;
    el !== null && el !== doc.documentElement;
    el = el.parentElement
  ) {
    if (el.id !== "" && doc.querySelectorAll(`#${CSS.escape(el.id)}`).length === 1) {
      steps.unshift(`#${CSS.escape(el.id)}`);
      return steps.join(" > ");
    }
    const current = el;
    const tag = current.tagName.toLowerCase();
    const sameTag = current.parentElement
      ? Array.from(current.parentElement.children).filter((s) => s.tagName === current.tagName)
      : [current];
    steps.unshift(sameTag.length > 1 ? `${tag}:nth-of-type(${sameTag.indexOf(current) + 1})` : tag);
  }
  return steps.join(" > ");
}
