// SPDX-License-Identifier: GPL-2.0
/*
 * jobs.c - keep up to -j hmcheck processes running, collect each one's
 * output whole, and hand it over when it ends, so that files never
 * interleave.  A child that outlives --timeout is killed with its process
 * group; a crash or a signal only fails that unit.  On SIGINT or SIGTERM the
 * children (in process groups of their own, so the terminal does not reach
 * them) are killed before hmcheck-tree dies of the same signal.
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "hmcheck_tree.h"
#include "spawn.h"

#define POLL_MAX_MS	250	/* redraw the progress bar at least this often */

struct job {
	struct unit *unit;	/* NULL: the slot is free */
	pid_t pid;
	int fd;
	char *out;
	size_t len, cap;
	double start;
	bool timed_out;
	bool eof;		/* the pipe is drained and closed at its end */
};

struct pool {
	const struct job_settings *settings;
	const struct job_callbacks *cb;
	struct job *jobs;
	struct pollfd *fds;
	int running;
	bool werror_passed;
};

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
	interrupted = sig;
}

static void catch_signals(void (*handler)(int))
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handler;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

/* Read what the child wrote so far; false at end of file. */
static bool read_output(struct job *job)
{
	ssize_t n;

	for (;;) {
		if (job->cap - job->len < 4096) {
			job->cap = job->cap ? 2 * job->cap : 65536;
			job->out = realloc(job->out, job->cap);
			if (!job->out)
				abort();
		}
		n = read(job->fd, job->out + job->len, job->cap - job->len);
		if (n > 0)
			job->len += n;
		else if (n == 0)
			return false;
		else
			return errno == EAGAIN || errno == EINTR;
	}
}

static void start_job(struct pool *pool, struct job *job, struct unit *unit)
{
	memset(job, 0, sizeof(*job));
	job->unit = unit;
	job->start = now_seconds();
	if (pool->cb->started)
		pool->cb->started(pool->cb->data, unit);
	job->pid = spawn_hmcheck(pool->settings, unit, &job->fd);
	if (job->pid < 0) {
		unit->status = UNIT_FAILED;
		unit->failure = strdup("could not start a process");
		pool->cb->finished(pool->cb->data, unit, "", 0);
		job->unit = NULL;
		return;
	}
	pool->running++;
}

static void finish_job(struct pool *pool, struct job *job, int wstatus)
{
	struct unit *unit = job->unit;
	char text[64];

	kill(-job->pid, SIGKILL);	/* anything it left behind */
	read_output(job);
	close(job->fd);
	unit->seconds = now_seconds() - job->start;
	if (job->timed_out) {
		snprintf(text, sizeof(text), "timed out after %d s", pool->settings->timeout);
		unit->failure = strdup(text);
	} else {
		unit->failure = spawn_failure(wstatus, pool->werror_passed);
	}
	unit->status = unit->failure ? UNIT_FAILED : UNIT_CHECKED;
	pool->cb->finished(pool->cb->data, unit, job->out ? job->out : "", job->len);
	free(job->out);
	job->unit = NULL;
	pool->running--;
}

/* Kill the children whose time is up; returns the ms until the next deadline. */
static int check_deadlines(struct pool *pool)
{
	int i, timeout = pool->settings->timeout, wait_ms = POLL_MAX_MS;
	double now = now_seconds(), left;
	struct job *job;

	for (i = 0; i < pool->settings->jobs && timeout > 0; i++) {
		job = &pool->jobs[i];
		if (!job->unit || job->timed_out)
			continue;
		left = job->start + timeout - now;
		if (left <= 0) {
			kill(-job->pid, SIGKILL);
			job->timed_out = true;
		} else if (left * 1000 < wait_ms) {
			wait_ms = left * 1000 + 1;
		}
	}
	return wait_ms;
}

static void wait_for_output(struct pool *pool, int wait_ms)
{
	int i, n = 0;
	struct job *job;

	for (i = 0; i < pool->settings->jobs; i++) {
		job = &pool->jobs[i];
		if (job->unit && !job->eof) {
			pool->fds[n].fd = job->fd;
			pool->fds[n].events = POLLIN;
			pool->fds[n++].revents = 0;
		}
	}
	if (poll(pool->fds, n, wait_ms) <= 0)
		return;
	for (i = 0; i < pool->settings->jobs; i++) {
		job = &pool->jobs[i];
		if (job->unit && !job->eof && !read_output(job))
			job->eof = true;
	}
}

static void reap(struct pool *pool)
{
	struct job *job;
	int i, wstatus;

	for (i = 0; i < pool->settings->jobs; i++) {
		job = &pool->jobs[i];
		if (job->unit && waitpid(job->pid, &wstatus, WNOHANG) == job->pid)
			finish_job(pool, job, wstatus);
	}
}

/* Interrupted: leave no child behind, then die of the same signal. */
static void give_up(struct pool *pool)
{
	int i, sig = interrupted;

	for (i = 0; i < pool->settings->jobs; i++) {
		if (!pool->jobs[i].unit)
			continue;
		kill(-pool->jobs[i].pid, SIGKILL);
		waitpid(pool->jobs[i].pid, NULL, 0);
	}
	fprintf(stderr, "\nhmcheck-tree: interrupted\n");
	catch_signals(SIG_DFL);
	raise(sig);
	_exit(128 + sig);
}

static bool passes_werror(const struct strv *args)
{
	int i;

	for (i = 0; i < args->n; i++)
		if (!strcmp(args->v[i], "--Werror"))
			return true;
	return false;
}

void jobs_run(struct unit_list *list, const struct job_settings *settings,
	      const struct job_callbacks *cb)
{
	struct pool pool = { settings, cb, NULL, NULL, 0, false };
	int i, next = 0;

	pool.werror_passed = passes_werror(settings->hmcheck_args);
	pool.jobs = calloc(settings->jobs, sizeof(*pool.jobs));
	pool.fds = calloc(settings->jobs, sizeof(*pool.fds));
	if (!pool.jobs || !pool.fds)
		abort();
	catch_signals(on_signal);
	while (next < list->n || pool.running) {
		for (i = 0; i < settings->jobs && next < list->n; i++) {
			while (next < list->n && list->v[next].status != UNIT_PENDING)
				next++;
			if (!pool.jobs[i].unit && next < list->n)
				start_job(&pool, &pool.jobs[i], &list->v[next++]);
		}
		wait_for_output(&pool, check_deadlines(&pool));
		reap(&pool);
		if (interrupted)
			give_up(&pool);
		if (cb->tick)
			cb->tick(cb->data);
	}
	catch_signals(SIG_DFL);
	free(pool.jobs);
	free(pool.fds);
}
