// The resume fit check island: two texts in, a word-level comparison out. Everything stays in the browser: the
// texts are read and analysed here (analysis in a Web Worker) and never sent anywhere or stored.
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_CHARS } from '#/lib/resume-fit/limits.ts';
import type { FitReport } from '#/lib/resume-fit/types.ts';
import { WARNINGS } from '#/lib/resume-fit/messages.ts';
import TextSource from './TextSource.tsx';
import Results from './Results.tsx';
import { useAnalysis } from './use-analysis.ts';
import './ResumeFit.css';

interface Checked {
  report: FitReport;
  job: string;
  resume: string;
}

function fieldError(text: string, empty: string, tooLong: string): string | undefined {
  if (!text.trim()) return empty;
  if (text.length > MAX_CHARS) return `${tooLong} (It is ${text.length.toLocaleString('en')} characters long.)`;
  return undefined;
}

export default function ResumeFit() {
  const [job, setJob] = useState('');
  const [resume, setResume] = useState('');
  const [errors, setErrors] = useState<{ job?: string; resume?: string }>({});
  const [ready, setReady] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [checked, setChecked] = useState<Checked>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const analyse = useAnalysis();

  // The button stays disabled until this code runs, so the form can never be sent anywhere without it.
  useEffect(() => setReady(true), []);
  useEffect(() => {
    if (checked) headingRef.current?.focus();
  }, [checked]);

  async function onSubmit(event: Event) {
    event.preventDefault();
    const next = {
      job: fieldError(job, WARNINGS['job-empty'], WARNINGS['job-too-long']),
      resume: fieldError(resume, WARNINGS['resume-empty'], WARNINGS['resume-too-long']),
    };
    setErrors(next);
    setFailure(undefined);
    if (next.job || next.resume) {
      document.getElementById(next.job ? 'rf-job' : 'rf-resume')?.focus();
      return;
    }
    setBusy(true);
    try {
      const report = await analyse(job, resume);
      setChecked({ report, job, resume });
    } catch {
      setFailure('The check could not run in this browser. Try again, or try another browser.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="rf">
      <form class="rf-form" onSubmit={onSubmit} noValidate>
        <TextSource
          id="rf-job"
          label="Job description"
          value={job}
          onInput={setJob}
          error={errors.job}
          hint="Paste the whole description, including its requirements."
        />
        <TextSource
          id="rf-resume"
          label="Your resume"
          value={resume}
          onInput={setResume}
          error={errors.resume}
          hint="Paste your resume as text, or open the file you send to employers."
        />
        <div class="rf-actions">
          <button type="submit" disabled={!ready || busy} aria-describedby="rf-privacy">
            {busy ? 'Checking…' : 'Check my resume'}
          </button>
          <p id="rf-privacy" class="rf-hint">
            Your texts stay on this device: they are read and checked in your browser, never sent or saved.
          </p>
          <p class="rf-status" role="status">
            {busy
              ? 'Checking your resume…'
              : checked
                ? `Checked: ${checked.report.items.length} requirements recognised in the description.`
                : ''}
          </p>
          {failure && (
            <p class="rf-error" role="alert">
              {failure}
            </p>
          )}
        </div>
      </form>
      {checked && <Results report={checked.report} job={checked.job} resume={checked.resume} headingRef={headingRef} />}
    </div>
  );
}
