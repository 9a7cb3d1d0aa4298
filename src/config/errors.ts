// The one error type for configuration mistakes: the CLI prints its message on
// one line and exits 2.

export class ConfigError extends Error {}

/** `file: path: problem`, the shape of every configuration message. */
export function configError(where: string | undefined, path: string, problem: string): ConfigError {
  return new ConfigError([where, path, problem].filter(Boolean).join(': '))
}
