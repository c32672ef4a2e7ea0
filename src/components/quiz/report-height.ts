// Runs inside the embed: tells the parent page how tall the content is, whenever it changes, so the optional resize
// script there can fit the iframe to it (one scroll bar, the parent's). Only a number is sent, never an answer.
import { HEIGHT_MESSAGE, MEASURE_MESSAGE } from '#/lib/quiz/embed.ts';

export function reportHeight(): void {
  if (window.parent === window) return;
  const body = document.body;
  const send = () => {
    const { marginBlockStart, marginBlockEnd } = getComputedStyle(body);
    const height = Math.ceil(
      body.getBoundingClientRect().height + parseFloat(marginBlockStart) + parseFloat(marginBlockEnd),
    );
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(send).observe(body);
  // The resize script may load after the first report: it asks again.
  addEventListener('message', (event) => {
    if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === MEASURE_MESSAGE) send();
  });
}
