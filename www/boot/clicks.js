// Clicks on the prerendered roadmap before it is interactive. The roadmap is on screen before
// its code has arrived: its links and disclosures (`<a>`, `<details>`) work natively meanwhile,
// but its buttons only do something once the code has hydrated them. A click (or Enter/Space) on
// one of them is kept, and replayed on the same button once the roadmap is ready, in order: the
// reader's click is never lost nor turned into something else.

/**
 * Keeps the clicks on buttons under `scope` (a document or a shadow root) whose roadmap is not
 * ready, `root(target)` giving the roadmap's root element (the one that gets `data-ready` and
 * the `peer-roadmap-ready` event) or null for a click elsewhere.
 */
export function keepEarlyClicks(scope, root) {
  const kept = new Map();
  scope.addEventListener(
    "click",
    (event) => {
      const button = event.target instanceof Element ? event.target.closest("button") : null;
      const owner = button && root(button);
      if (!owner || owner.hasAttribute("data-ready")) return;
      if (!kept.has(owner)) {
        kept.set(owner, []);
        owner.addEventListener("peer-roadmap-ready", () => {
          const buttons = kept.get(owner) || [];
          kept.delete(owner);
          for (const b of buttons) if (b.isConnected) b.click();
        }, { once: true });
      }
      kept.get(owner).push(button);
    },
    true,
  );
}
