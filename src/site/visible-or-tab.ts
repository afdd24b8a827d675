import type { ClientDirective } from 'astro';

/**
 * `client:visible-or-tab`: an island hydrates when it comes into view (as `client:visible`) or on the reader's first
 * Tab anywhere on the page, whichever comes first. Until it hydrates, a widget's server-rendered controls are
 * disabled or hidden, and Tab passes over them: a keyboard reader tabbing down a lesson skipped the stepper's buttons
 * and the network form (reader QA). The first Tab starts hydrating every island on the page; the islands are below
 * the first screen, so they are live long before Tab reaches them (the page also renders every block on that Tab:
 * components/math/scroll-regions.ts).
 */
const visibleOrTab: ClientDirective = (load, _options, el) => {
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    io.disconnect();
    document.removeEventListener('keydown', onKey, true);
    const hydrate = await load();
    await hydrate();
  };
  const onKey = (e: KeyboardEvent) => { if (e.key === 'Tab') void start(); };
  const io = new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) void start(); });
  for (const child of el.children) io.observe(child);
  document.addEventListener('keydown', onKey, true);
};

export default visibleOrTab;
