// The analysis runs here, off the page's main thread, so a long paste never freezes typing or scrolling. The engine
// (with its part-of-speech tagger, about 100 KB) is imported on the first check, not when the page loads.
import type { FitReport } from '#/lib/resume-fit/types.ts';

export interface AnalysisRequest {
  id: number;
  job: string;
  resume: string;
}

let engine: Promise<typeof import('#/lib/resume-fit/index.ts')> | undefined;

self.onmessage = async (event: MessageEvent<AnalysisRequest>) => {
  const { id, job, resume } = event.data;
  try {
    engine ??= import('#/lib/resume-fit/index.ts');
    const { analyseFit } = await engine;
    const started = performance.now();
    const report: FitReport = analyseFit(job, resume);
    self.postMessage({ id, report, ms: Math.round(performance.now() - started) });
  } catch (error) {
    engine = undefined;
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
