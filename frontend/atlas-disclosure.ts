/*
 * <atlas-disclosure>: a button that shows and hides a panel elsewhere on the page (its aria-controls),
 * so the map keeps the room. Java: org.relationsatlas.atlas.Disclosure.
 *
 * - The button is a native <button>: Enter and Space toggle it; aria-expanded says whether the panel is
 *   open, and the panel carries data-open while it is (the CSS hides it otherwise).
 * - Escape inside an open panel closes it and gives the focus back to the button.
 * - Panels of one group (its group attribute) share a place: opening one closes the others.
 * - It starts open unless the media query in its collapsed-when attribute matches (a low or narrow
 *   window), decided once, when it is first connected; after that only the user opens and closes it.
 */
class AtlasDisclosure extends HTMLElement {
  private open: boolean | null = null;
  private readonly children$ = new MutationObserver(() => this.render());

  connectedCallback(): void {
    if (this.open === null) {
      const collapsedWhen = this.getAttribute('collapsed-when');
      this.open = !(collapsedWhen && window.matchMedia(collapsedWhen).matches);
      this.addEventListener('click', (event) => {
        if ((event.target as Element).closest('button') === this.button()) this.toggle(!this.open);
      });
    }
    // Vaadin may add the button and the panel after the element itself: render again when they arrive.
    this.children$.observe(this, { childList: true });
    this.render();
    requestAnimationFrame(() => this.render());
  }

  disconnectedCallback(): void {
    this.children$.disconnect();
  }

  private button(): HTMLButtonElement | null {
    return this.querySelector(':scope > button');
  }

  private panel(): HTMLElement | null {
    const id = this.button()?.getAttribute('aria-controls');
    return id ? document.getElementById(id) : null;
  }

  toggle(open: boolean): void {
    this.open = open;
    this.render();
    const group = this.getAttribute('group');
    if (!open || !group) return;
    document.querySelectorAll<AtlasDisclosure>(`atlas-disclosure[group="${CSS.escape(group)}"]`).forEach((other) => {
      if (other !== this && other.open) other.toggle(false);
    });
  }

  private render(): void {
    const button = this.button();
    const panel = this.panel();
    button?.setAttribute('aria-expanded', String(this.open === true));
    this.toggleAttribute('open', this.open === true);
    if (!panel) return;
    panel.toggleAttribute('data-open', this.open === true);
    if (!panel.dataset.escapeCloses) {
      panel.dataset.escapeCloses = 'true';
      panel.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape' || !this.open) return;
        this.toggle(false);
        this.button()?.focus();
      });
    }
  }
}

customElements.define('atlas-disclosure', AtlasDisclosure);
