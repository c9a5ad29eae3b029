/**
 * Which text nodes lie inside subtrees that hold no page text (scripts, styles, svg, form fields,
 * editable regions, our own overlay), for a walk over text nodes in document order.
 *
 * Asking each node for its parent would give every parent element a wrapper in the content
 * script's world (tens of thousands on a long page). Instead the skipped roots are found with one
 * selector query, and the walk only compares each node with the first text node of the next
 * skipped root: it enters a skipped subtree exactly there, and `contains` tells when it leaves.
 */

/** Elements whose text is not page content; local names. */
const SKIPPED_TAGS = new Set(["script", "style", "noscript", "textarea", "template", "svg"]);
const SKIPPED_SELECTOR = [...SKIPPED_TAGS, "[contenteditable]"].join(",");
const PRECEDING = 2;
const CONTAINED_BY = 16;

/** A contenteditable root (its subtree is skipped, so inherited editability needs no check). */
function isEditableRoot(el: Element): boolean {
  const value = el.getAttribute("contenteditable");
  return value !== null && value !== "false" && value !== "inherit";
}

/** The skipped subtrees under `root`, in document order (usually a handful). */
function skippedRoots(root: Element, ownHost: Element | null): Element[] {
  const found = [...root.querySelectorAll(SKIPPED_SELECTOR)].filter(
    (el) => SKIPPED_TAGS.has(el.localName) || isEditableRoot(el),
  );
  if (ownHost !== null && root.contains(ownHost)) {
    found.push(ownHost);
    found.sort((a, b) => (a.compareDocumentPosition(b) & PRECEDING ? 1 : -1));
  }
  return found;
}

export class SkippedSubtrees {
  private readonly roots: Element[];
  /** Finds the first text node of a skipped root (its own, or the next one after it). */
  private readonly finder: TreeWalker;
  private next = 0;
  /** The first text node at or after roots[next]: where the walk would enter it. */
  private entry: Node | null = null;
  /** The skipped root the walk is inside, if any. */
  private inside: Element | null = null;

  constructor(root: Element, ownHost: Element | null) {
    this.roots = skippedRoots(root, ownHost);
    this.finder = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    this.entry = this.entryOf(this.roots[0]);
  }

  /** Whether `node`, the walk's next text node in document order, is inside a skipped subtree. */
  skips(node: Text): boolean {
    if (this.inside !== null) {
      if (this.inside.contains(node)) return true;
      this.inside = null;
      return this.locate(node);
    }
    return node === this.entry && this.locate(node);
  }

  /**
   * Passes the skipped roots wholly before `node`; enters the one that holds it, if any, or else
   * remembers where the walk will reach the next one.
   */
  private locate(node: Node): boolean {
    while (this.next < this.roots.length) {
      const root = this.roots[this.next] as Element;
      const position = root.compareDocumentPosition(node);
      if ((position & CONTAINED_BY) !== 0) {
        this.inside = root;
        this.next++; // roots nested in this one are passed when the walk leaves it
        return true;
      }
      if ((position & PRECEDING) !== 0) {
        this.entry = this.entryOf(root);
        return false;
      }
      this.next++;
    }
    this.entry = null;
    return false;
  }

  private entryOf(root: Element | undefined): Node | null {
    if (root === undefined) return null;
    this.finder.currentNode = root;
    return this.finder.nextNode();
  }
}
