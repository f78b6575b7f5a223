// The parts of semantic-release's plugin context this plugin reads, typed structurally so 24.x and 25.x both fit.

/** semantic-release's logger (signale). Lines go through the redacting wrapper in log.ts, never directly. */
export interface Logger {
  log(message: string, ...args: unknown[]): void;
  warn(message: string, ...args: unknown[]): void;
  error(message: string, ...args: unknown[]): void;
  success(message: string, ...args: unknown[]): void;
}

export type Env = Readonly<Record<string, string | undefined>>;

export interface NextRelease {
  version?: string;
  gitTag?: string;
  name?: string;
  notes?: string;
  /** null or undefined on the default channel. */
  channel?: string | null;
}

export interface PublishedRelease {
  url?: string;
  name?: string;
  pluginName?: string;
}

export interface Branch {
  name?: string;
  channel?: string | false | null;
  /** true or the prerelease id (e.g. "beta") on prerelease branches. */
  prerelease?: string | boolean | null;
  type?: string;
  /** The release tags on the branch; semantic-release adds a promoted version's tag here before announcing it. */
  tags?: ReadonlyArray<{ gitTag?: string; channel?: string | null }>;
}

export interface StepContext {
  /** The directory semantic-release runs in (the package's root). */
  cwd?: string;
  env: Env;
  logger: Logger;
  options?: {
    dryRun?: boolean;
    repositoryUrl?: string;
    /** The URL as configured: by the time of `success`, `repositoryUrl` may carry push credentials. */
    originalRepositoryURL?: string;
  };
  branch?: Branch;
  nextRelease?: NextRelease;
  /** Where semantic-release prints (its logger writes here too). */
  stdout?: { write(chunk: string): unknown };
  releases?: readonly PublishedRelease[];
}
