// The analysis runs here, off the page's main thread, so a long paste never freezes typing or scrolling.
import { analyseFit } from '#/lib/resume-fit/index.ts';

export interface AnalysisRequest {
  id: number;
  job: string;
  resume: string;
}

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, job, resume } = event.data;
  const started = performance.now();
  const report = analyseFit(job, resume);
  self.postMessage({ id, report, ms: Math.round(performance.now() - started) });
};
