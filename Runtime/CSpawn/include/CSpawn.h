#ifndef CSPAWN_H
#define CSPAWN_H

#include <sys/types.h>

/// Starts `path` as the leader of a new process group, in `directory`, with standard input from
/// /dev/null and standard output and standard error both written to `output_fd`.
///
/// Signal dispositions and the signal mask are reset to their defaults (the parent ignores SIGPIPE,
/// and an ignored signal would otherwise be inherited across exec), and every other descriptor of the
/// parent is closed in the child.
///
/// Returns 0 and sets `*pid`, or an errno value (ENOENT, EACCES, ...) when the program could not start.
int cspawn_start(const char *path, char *const argv[], char *const envp[], const char *directory,
                 int output_fd, pid_t *pid);

/// Creates a pipe whose both ends close on exec, so that no other child inherits them.
/// Returns 0, or an errno value.
int cspawn_pipe(int fds[2]);

#endif
