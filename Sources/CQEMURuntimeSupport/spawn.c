#define _GNU_SOURCE
#include "CQEMURuntimeSupport.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

/* Makes `fd` the descriptor `target` in the child, keeping it open across execve. */
static int install_descriptor(int fd, int target) {
    if (fd == target) {
        int flags = fcntl(fd, F_GETFD);
        return flags < 0 ? -1 : fcntl(fd, F_SETFD, flags & ~FD_CLOEXEC);
    }
    return dup2(fd, target) < 0 ? -1 : 0;
}

/* Runs in the child between fork and execve: only async-signal-safe calls. */
static void run_child(const char *path, char *const argv[], char *const envp[],
                      int stdin_fd, int stdout_fd, int stderr_fd, pid_t parent, int report_fd) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    for (int signal_number = 1; signal_number < NSIG; signal_number++) {
        sigaction(signal_number, &action, NULL);
    }
    sigset_t empty;
    sigemptyset(&empty);
    sigprocmask(SIG_SETMASK, &empty, NULL);

    int failure = 0;
    if (setpgid(0, 0) != 0 || prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) {
        failure = errno;
    } else if (getppid() != parent) {
        failure = ESRCH;
    } else if (install_descriptor(stdin_fd, 0) != 0 || install_descriptor(stdout_fd, 1) != 0 ||
               install_descriptor(stderr_fd, 2) != 0) {
        failure = errno;
    } else {
        syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC);
        execve(path, argv, envp);
        failure = errno;
    }
    ssize_t ignored = write(report_fd, &failure, sizeof failure);
    (void)ignored;
    _exit(127);
}

int qemu_runtime_spawn(const char *path, char *const argv[], char *const envp[],
                       int stdin_fd, int stdout_fd, int stderr_fd, pid_t *pid_out) {
    int report[2];
    if (pipe2(report, O_CLOEXEC) != 0) {
        return errno;
    }
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        int failure = errno;
        close(report[0]);
        close(report[1]);
        return failure;
    }
    if (pid == 0) {
        close(report[0]);
        run_child(path, argv, envp, stdin_fd, stdout_fd, stderr_fd, parent, report[1]);
    }
    close(report[1]);
    int child_failure = 0;
    ssize_t count;
    do {
        count = read(report[0], &child_failure, sizeof child_failure);
    } while (count < 0 && errno == EINTR);
    close(report[0]);
    if (count == (ssize_t)sizeof child_failure) {
        waitpid(pid, NULL, 0);
        return child_failure;
    }
    *pid_out = pid;
    return 0;
}

int qemu_runtime_pipe_cloexec(int fds[2]) {
    return pipe2(fds, O_CLOEXEC) == 0 ? 0 : errno;
}
