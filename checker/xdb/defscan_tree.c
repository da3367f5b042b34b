// SPDX-License-Identifier: GPL-2.0
/*
 * defscan_tree.c - reading files and walking a source tree for defscan.c.
 *
 * Directories are read in name order so that two runs over one tree report
 * the same files in the same order.  Symlinks are not followed, neither to
 * directories (loops, and trees seen twice) nor to files (the target is in
 * the tree already, and one definition must have one place).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "defscan.h"
#include "input_file.h"

struct tree_walk {
	bool (*skip_dir)(void *data, const char *relative);
	size_t root_len;	/* of the root and its slash: skipped for skip_dir */
	void (*file_fn)(void *data, const char *path);
	def_fn fn;
	void *data;
	int files;
};

/* The whole file in a malloc'ed buffer of exactly its size (at least 1). */
static char *read_whole_file(const char *path, size_t *len)
{
	struct stat st;
	char *text = NULL;
	size_t used = 0;
	int fd = input_file_open(path);	/* never waits on a FIFO */
	int saved_errno;

	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) < 0)
		goto fail;
	text = malloc(st.st_size > 0 ? (size_t)st.st_size : 1);
	if (!text)
		goto fail;
	while (used < (size_t)st.st_size) {
		ssize_t got = read(fd, text + used, st.st_size - used);

		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
			goto fail;
		if (got == 0)
			break;		/* the file shrank under us */
		used += got;
	}
	close(fd);
	*len = used;
	return text;
fail:
	saved_errno = errno;
	free(text);
	close(fd);
	errno = saved_errno;
	return NULL;
}

int defscan_file(const char *path, def_fn fn, void *data)
{
	size_t len;
	char *text = read_whole_file(path, &len);

	if (!text)
		return -1;
	defscan_text(text, len, fn, data);
	free(text);
	return 0;
}

static bool is_c_file(const char *name)
{
	size_t len = strlen(name);

	return len > 2 && strcmp(name + len - 2, ".c") == 0;
}

static int scan_one(struct tree_walk *walk, const char *path)
{
	size_t len;
	char *text = read_whole_file(path, &len);

	if (!text && errno == INPUT_NOT_REGULAR)
		return 0;	/* swapped for a FIFO or a device since lstat(): not source */
	if (!text) {
		fprintf(stderr, "defscan: %s: cannot read: %s\n", path, strerror(errno));
		return -1;
	}
	if (walk->file_fn)
		walk->file_fn(walk->data, path);
	defscan_text(text, len, walk->fn, walk->data);
	free(text);
	walk->files++;
	return 0;
}

static char *join_path(const char *dir, const char *name)
{
	size_t dir_len = strlen(dir);
	size_t name_len = strlen(name);
	char *path = malloc(dir_len + name_len + 2);
	char *end;

	if (!path)
		return NULL;
	memcpy(path, dir, dir_len);
	end = path + dir_len;
	if (dir_len == 0 || end[-1] != '/')	/* "root/" gives "root/x", not "root//x" */
		*end++ = '/';
	memcpy(end, name, name_len + 1);
	return path;
}

static int walk_dir(struct tree_walk *walk, const char *dir);

static int walk_entry(struct tree_walk *walk, const char *dir, const char *name)
{
	struct stat st;
	char *path;
	int ret = 0;

	if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0 || strcmp(name, ".git") == 0)
		return 0;
	path = join_path(dir, name);
	if (!path) {
		fprintf(stderr, "defscan: %s/%s: out of memory\n", dir, name);
		return -1;
	}
	if (lstat(path, &st) < 0) {
		fprintf(stderr, "defscan: %s: cannot stat: %s\n", path, strerror(errno));
		ret = -1;
	} else if (S_ISDIR(st.st_mode)) {
		if (!walk->skip_dir || !walk->skip_dir(walk->data, path + walk->root_len))
			ret = walk_dir(walk, path);
	} else if (S_ISREG(st.st_mode) && is_c_file(name)) {
		ret = scan_one(walk, path);
	}
	free(path);
	return ret;
}

static int walk_dir(struct tree_walk *walk, const char *dir)
{
	struct dirent **entries;
	int count = scandir(dir, &entries, NULL, alphasort);
	int ret = 0;
	int i;

	if (count < 0) {
		fprintf(stderr, "defscan: %s: cannot read directory: %s\n", dir,
			strerror(errno));
		return -1;
	}
	for (i = 0; i < count; i++) {
		if (ret == 0)
			ret = walk_entry(walk, dir, entries[i]->d_name);
		free(entries[i]);
	}
	free(entries);
	return ret;
}

int defscan_tree_skipping(const char *root, bool (*skip_dir)(void *data, const char *relative),
			  void (*file_fn)(void *data, const char *path),
			  def_fn fn, void *data)
{
	struct tree_walk walk = { skip_dir, strlen(root), file_fn, fn, data, 0 };
	struct stat st;

	if (walk.root_len && root[walk.root_len - 1] != '/')
		walk.root_len++;
	if (stat(root, &st) < 0) {
		fprintf(stderr, "defscan: %s: cannot stat: %s\n", root, strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		fprintf(stderr, "defscan: %s: not a directory\n", root);
		return -1;
	}
	if (walk_dir(&walk, root) < 0)
		return -1;
	return walk.files;
}

int defscan_tree(const char *root, void (*file_fn)(void *data, const char *path),
		 def_fn fn, void *data)
{
	return defscan_tree_skipping(root, NULL, file_fn, fn, data);
}
