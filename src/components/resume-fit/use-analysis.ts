// useAnalysis: runs the fit check in a module Web Worker, created on first use (so it costs nothing until someone
// checks), answering only the latest request when a person clicks twice.
import { useEffect, useRef } from 'preact/hooks';
import type { FitReport } from '#/lib/resume-fit/types.ts';
import type { AnalysisRequest } from './analysis.worker.ts';

export function useAnalysis(): (job: string, resume: string) => Promise<FitReport> {
  const worker = useRef<Worker>();
  const latest = useRef(0);
  useEffect(() => () => worker.current?.terminate(), []);
  return (job, resume) => {
    worker.current ??= new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    const id = ++latest.current;
    const w = worker.current;
    return new Promise((resolve, reject) => {
      const onMessage = (event: MessageEvent<{ id: number; report?: FitReport; error?: string }>) => {
        if (event.data.id !== id) return;
        w.removeEventListener('message', onMessage);
        w.removeEventListener('error', onError);
        if (event.data.report) resolve(event.data.report);
        else reject(new Error(event.data.error ?? 'The check could not run.'));
      };
      const onError = (event: ErrorEvent) => {
        w.removeEventListener('message', onMessage);
        w.removeEventListener('error', onError);
        reject(new Error(event.message || 'The check could not run.'));
      };
      w.addEventListener('message', onMessage);
      w.addEventListener('error', onError);
      w.postMessage({ id, job, resume } satisfies AnalysisRequest);
    });
  };
}
