// SPDX-License-Identifier: GPL-2.0
/*
 * test_args.c - the argument filter on real kbuild command lines, and the
 * compilation database.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "args.h"
#include "test_util.h"

/* The shape of `make C=1 V=1`: kbuild calling sparse on net/core/sock.c. */
static char *const kbuild_sparse[] = {
	"-D__linux__", "-Dlinux", "-D__STDC__", "-Dunix", "-D__unix__",
	"-Wbitwise", "-Wno-return-void", "-Wno-unknown-attribute", "-D__x86_64__",
	"--arch=x86", "-mlittle-endian", "-m64", "-Wp,-MMD,net/core/.sock.o.d",
	"-nostdinc", "-I./arch/x86/include", "-I./arch/x86/include/generated",
	"-I./include", "-include", "./include/linux/kconfig.h", "-D__KERNEL__",
	"-fmacro-prefix-map=./=", "-Wall", "-Werror=strict-prototypes",
	"-fno-strict-aliasing", "-fno-common", "-fshort-wchar", "-fno-PIE",
	"-std=gnu11", "-mno-sse", "-mno-red-zone", "-mcmodel=kernel",
	"-mindirect-branch=thunk-extern", "-fcf-protection=none", "-O2",
	"-fno-allow-store-data-races", "-Wframe-larger-than=2048",
	"-fstack-protector-strong", "-g", "-gdwarf-4", "-pg", "-mfentry",
	"-ftrivial-auto-var-init=zero", "-fno-builtin-wcslen",
	"-DKBUILD_MODFILE=\"net/core/sock\"", "-DKBUILD_BASENAME=\"sock\"",
	"-MD", "-MF", "deps.d", "-MT", "sock.o", "-c", "-o", "net/core/sock.o",
	"-isystem", "/usr/lib/gcc/include", "-D", "SEPARATE=1", "-U", "UNDEF_ME",
	"-imacros", "macros.h", "-x", "c", "-D__CHECKER__", "-D", "__CHECKER__",
};

static int index_of(const struct clang_args *args, const char *arg)
{
	for (int i = 0; i < args->argc; i++)
		if (strcmp(args->argv[i], arg) == 0)
			return i;
	return -1;
}

static void kbuild_line(void)
{
	struct clang_args args;
	int n = sizeof(kbuild_sparse) / sizeof(kbuild_sparse[0]);
	static const char *const kept[] = {
		"-D__KERNEL__", "-I./include", "-nostdinc", "-m64", "-std=gnu11",
		"-fshort-wchar", "-mcmodel=kernel", "-O2", "-fno-builtin-wcslen",
		"-DKBUILD_BASENAME=\"sock\"", "-Wno-everything", NULL
	};
	static const char *const dropped[] = {
		"-Wbitwise", "--arch=x86", "-mlittle-endian", "-Wp,-MMD,net/core/.sock.o.d",
		"-fno-PIE", "-mno-sse", "-g", "-pg", "-MD", "-MF", "deps.d", "-MT",
		"sock.o", "-c", "-o", "net/core/sock.o", "-fcf-protection=none",
		"-Wall", "-mfentry", "-ftrivial-auto-var-init=zero", NULL
	};

	args_filter(n, kbuild_sparse, &args);
	for (int i = 0; kept[i]; i++)
		CHECK(index_of(&args, kept[i]) >= 0);
	for (int i = 0; dropped[i]; i++)
		CHECK(index_of(&args, dropped[i]) < 0);
	CHECK(index_of(&args, "-include") >= 0 &&
	      strcmp(args.argv[index_of(&args, "-include") + 1], "./include/linux/kconfig.h") == 0);
	CHECK(strcmp(args.argv[index_of(&args, "-isystem") + 1], "/usr/lib/gcc/include") == 0);
	CHECK(strcmp(args.argv[index_of(&args, "-D") + 1], "SEPARATE=1") == 0);
	CHECK(strcmp(args.argv[index_of(&args, "-U") + 1], "UNDEF_ME") == 0);
	CHECK(strcmp(args.argv[index_of(&args, "-imacros") + 1], "macros.h") == 0);
	CHECK(index_of(&args, "--target=aarch64-linux-gnu") < 0);
	CHECK(index_of(&args, "-D__CHECKER__") < 0 && index_of(&args, "__CHECKER__") < 0);
	CHECK(args.argv[args.argc] == NULL);
	clang_args_free(&args);
}

static void cross_arch(void)
{
	char *argv[] = { "--arch=arm64", "-D__KERNEL__", "-o" };
	struct clang_args args;

	args_filter(3, argv, &args);	/* a trailing -o without its argument */
	CHECK(index_of(&args, "--target=aarch64-linux-gnu") >= 0);
	CHECK(index_of(&args, "-o") < 0 && index_of(&args, "-D__KERNEL__") >= 0);
	clang_args_free(&args);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	if (!f) {
		perror(path);
		exit(1);
	}
	fputs(text, f);
	fclose(f);
}

static void compilation_database(void)
{
	char dir[] = "/tmp/hmcheck-compdb-XXXXXX";
	char path[256], json[2048], file[256];
	struct clang_args args;
	int at;

	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		exit(1);
	}
	snprintf(file, sizeof(file), "%s/unit.c", dir);
	write_file(file, "int unit(void) { return 0; }\n");
	snprintf(json, sizeof(json),
		 "[{\"directory\": \"%s\", \"file\": \"unit.c\", \"arguments\": [\"gcc\", "
		 "\"-Iinc\", \"-isystem\", \"sys\", \"-include\", \"cfg.h\", \"-Wall\", "
		 "\"-c\", \"unit.c\", \"-o\", \"unit.o\"]}]\n", dir);
	snprintf(path, sizeof(path), "%s/compile_commands.json", dir);
	write_file(path, json);

	CHECK(compdb_args(dir, file, &args) == 0);
	snprintf(path, sizeof(path), "-I%s/inc", dir);
	CHECK(index_of(&args, path) >= 0);
	at = index_of(&args, "-isystem");
	snprintf(path, sizeof(path), "%s/sys", dir);
	CHECK(at >= 0 && strcmp(args.argv[at + 1], path) == 0);
	at = index_of(&args, "-include");
	snprintf(path, sizeof(path), "%s/cfg.h", dir);
	CHECK(at >= 0 && strcmp(args.argv[at + 1], path) == 0);
	CHECK(index_of(&args, "gcc") < 0 && index_of(&args, "unit.c") < 0);
	CHECK(index_of(&args, file) < 0 && index_of(&args, "-Wall") < 0);
	clang_args_free(&args);

	CHECK(compdb_args(dir, "/etc/hostname", &args) == -1);
	CHECK(compdb_args("/nonexistent", file, &args) == -1);
	snprintf(path, sizeof(path), "%s/compile_commands.json", dir);
	unlink(path);
	unlink(file);
	rmdir(dir);
}

void test_args(void)
{
	kbuild_line();
	cross_arch();
	compilation_database();
}
