// One configuration and one database connection per process, opened on first use.
import { join } from 'node:path';
import { readCourseConfig, type CourseConfig } from './config.ts';
import { CourseStore } from './store.ts';

export interface CourseRuntime {
  config: CourseConfig;
  readonly store: CourseStore;
}

let runtime: CourseRuntime | undefined;

export function databaseFile(config: Pick<CourseConfig, 'dataDir'>): string {
  return join(config.dataDir, 'course.sqlite');
}

export function courseRuntime(): CourseRuntime {
  if (!runtime) {
    const config = readCourseConfig();
    let store: CourseStore | undefined;
    runtime = {
      config,
      get store() {
        return (store ??= new CourseStore(databaseFile(config)));
      },
    };
  }
  return runtime;
}
