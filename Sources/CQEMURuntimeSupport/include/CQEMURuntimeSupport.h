#ifndef CQEMURUNTIMESUPPORT_H
#define CQEMURUNTIMESUPPORT_H

#include <sys/types.h>

/// Starts `path` with `argv` and `envp` (no shell) in a new process group, with standard input,
/// output and error from the given descriptors. The child gets SIGKILL when the calling thread
/// ends (PR_SET_PDEATHSIG), and default signal dispositions and an empty signal mask.
/// Returns 0 and stores the child's pid, or returns the errno of the failed step (including execve).
int qemu_runtime_spawn(const char *path, char *const argv[], char *const envp[],
                       int stdin_fd, int stdout_fd, int stderr_fd, pid_t *pid_out);

/// Creates a pipe whose ends are both close-on-exec. Returns 0, or the errno.
int qemu_runtime_pipe_cloexec(int fds[2]);

#endif
