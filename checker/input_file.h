/* SPDX-License-Identifier: GPL-2.0 */
/*
 * input_file.h - opening a file the user names as input (a source, a rules
 * file, a diff, a baseline, a compilation database, a file of a --tree)
 * without waiting on it forever.  A FIFO blocks open() until a writer
 * comes, a terminal or another device blocks the reading, and a directory
 * reads as an empty file: none of them is an input, and each is refused
 * before a byte is read.  The file is opened first and then looked at, so
 * that it cannot be swapped for a FIFO between the two.
 *
 * Static inline: every module and the tests that build one module alone
 * (test_model, defscan_test, the frontend tools) use it without a link
 * dependency between modules.
 */
#ifndef HMCHECK_INPUT_FILE_H
#define HMCHECK_INPUT_FILE_H

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Not an errno value: the path exists but is not a regular file. */
#define INPUT_NOT_REGULAR (-1)

/* O_NONBLOCK was only for the open: a FIFO without a writer opens at once. */
static inline int input_file_refuse_unless_regular(int fd)
{
	struct stat st;
	int saved;

	if (fstat(fd, &st) < 0)
		saved = errno;
	else if (!S_ISREG(st.st_mode))
		saved = INPUT_NOT_REGULAR;
	else if (fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) < 0)
		saved = errno;
	else
		return fd;
	close(fd);
	errno = saved;
	return -1;
}

/* A descriptor open for reading on PATH, a regular file; else -1 with
   errno set (INPUT_NOT_REGULAR for a FIFO, device, socket or directory). */
static inline int input_file_open(const char *path)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);

	return fd < 0 ? -1 : input_file_refuse_unless_regular(fd);
}

/* The same as a stdio stream, "r". */
static inline FILE *input_file_fopen(const char *path)
{
	int fd = input_file_open(path);
	FILE *f = fd < 0 ? NULL : fdopen(fd, "r");
	int saved = errno;

	if (fd >= 0 && !f) {
		close(fd);
		errno = saved;
	}
	return f;
}

/* What to say for an errno the two above left. */
static inline const char *input_file_error(int error)
{
	return error == INPUT_NOT_REGULAR ? "not a regular file" : strerror(error);
}

#endif
