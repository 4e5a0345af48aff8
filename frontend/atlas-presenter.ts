/*
 * <atlas-presenter>: the presenter's keys and the things only the browser can do, for a lesson.
 *
 * - Keys anywhere on the page (not while typing, and arrows not while the map has focus, where they
 *   pan): Page Down, →, ↓ and space go to the next step, Page Up, ←, ↑ to the previous one (arrows
 *   mirrored in Arabic), Home and End to the first and last; presenter clickers send Page Up/Down.
 *   Each fires "presenter-step" (detail: {to: 'next' | 'previous' | 'first' | 'last'}).
 *   N fires "presenter-notes" (show or hide the notes); F toggles full screen.
 * - Its two buttons toggle full screen (which browsers allow only from a click or key in the page)
 *   and open the presenter notes in a window of their own.
 * - Every step shown is announced on a BroadcastChannel, so that notes window follows the presenter.
 * Attributes: lesson, step, lang, full-screen-label, notes-window-label, notes-url.
 * Which key does what: presenter-keys.ts. Java: Presenter, PresenterMoveEvent, PresenterNotesEvent.
 */
import { presenterAction } from './presenter-keys';

export const CHANNEL = 'relations-atlas-lesson';

class AtlasPresenter extends HTMLElement {
  static observedAttributes = ['step', 'lesson', 'full-screen-label', 'notes-window-label'];

  private channel = new BroadcastChannel(CHANNEL);
  private fullScreenButton = document.createElement('button');
  private notesButton = document.createElement('button');
  private onKey = (event: KeyboardEvent) => this.key(event);

  connectedCallback(): void {
    if (!this.fullScreenButton.isConnected) {
      this.fullScreenButton.type = 'button';
      this.fullScreenButton.className = 'full-screen';
      this.fullScreenButton.addEventListener('click', () => this.toggleFullScreen());
      this.notesButton.type = 'button';
      this.notesButton.className = 'notes-window';
      this.notesButton.addEventListener('click', () => this.openNotesWindow());
      this.append(this.fullScreenButton, this.notesButton);
    }
    document.addEventListener('keydown', this.onKey);
    this.render();
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.onKey);
  }

  attributeChangedCallback(name: string): void {
    this.render();
    if (name === 'step') this.announce();
  }

  private render(): void {
    this.fullScreenButton.textContent = this.getAttribute('full-screen-label') ?? 'Full screen';
    this.notesButton.textContent = this.getAttribute('notes-window-label') ?? 'Notes';
  }

  private announce(): void {
    const step = Number(this.getAttribute('step'));
    if (step > 0) this.channel.postMessage({ lesson: this.getAttribute('lesson'), step });
  }

  private key(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (event.altKey || event.ctrlKey || event.metaKey || target.closest('input, textarea, select, vaadin-text-field, vaadin-text-area')) return;
    const action = presenterAction(event.key, {
      rtl: this.getAttribute('lang') === 'ar',
      onMap: !!target.closest('atlas-map'),
      onButton: !!target.closest('button, a, [role="button"]'),
    });
    if (!action) return;
    event.preventDefault();
    if (action === 'notes') this.dispatchEvent(new CustomEvent('presenter-notes'));
    else if (action === 'full-screen') this.toggleFullScreen();
    else this.dispatchEvent(new CustomEvent('presenter-step', { detail: { to: action } }));
  }

  private toggleFullScreen(): void {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    else document.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  private openNotesWindow(): void {
    const url = this.getAttribute('notes-url');
    if (url) window.open(new URL(url, document.baseURI), `atlas-notes-${this.getAttribute('lesson')}`, 'width=720,height=600');
  }
}

/**
 * <atlas-notes-follower lesson="…">: in the notes window, follows the presenter's window: fires
 * "follow-step" (detail: {step}) when the presenter shows another step of this lesson (Java:
 * NotesFollower, FollowStepEvent).
 */
class AtlasNotesFollower extends HTMLElement {
  private channel = new BroadcastChannel(CHANNEL);

  connectedCallback(): void {
    this.channel.onmessage = (message: MessageEvent<{ lesson: string; step: number }>) => {
      if (message.data.lesson === this.getAttribute('lesson')) {
        this.dispatchEvent(new CustomEvent('follow-step', { detail: { step: message.data.step } }));
      }
    };
  }

  disconnectedCallback(): void {
    this.channel.onmessage = null;
  }
}

customElements.define('atlas-presenter', AtlasPresenter);
customElements.define('atlas-notes-follower', AtlasNotesFollower);
