// The process exit codes of `factify`, documented in the README: scripts branch on them.

/** Exit codes: 0 success, 1 the API (or network) failed, 2 the command line was wrong, 3 a bulk job
 *  finished with some items failed, 130 the user interrupted (Ctrl-C; 128 + SIGINT as shells do). */
export const ExitCode = {
  ok: 0,
  apiError: 1,
  usage: 2,
  partial: 3,
  interrupted: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
