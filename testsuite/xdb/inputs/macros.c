// SPDX-License-Identifier: GPL-2.0
/* Macro-generated definitions are not reported; macro uses do not hide code. */

SYSCALL_DEFINE3(copy_pages, int, fd, void __user *, buf, size_t, len)
{
	return 0;
}

BPF_CALL_2(bpf_helper, u64, a, u64, b)
{
	return a + b;
}

static DEFINE_MUTEX(the_lock);
static DEFINE_PER_CPU(int, counter) = 1;
module_init(setup_thing);
late_initcall(later)

static int after_macro_without_semicolon(void)	/* def: after_macro_without_semicolon static */
{
	return 0;
}

ACPI_EXPORT_SYMBOL(acpi_thing)

acpi_status
acpi_next_thing(void)	/* def: acpi_next_thing */
{
	return 0;
}

/* The name is made by a macro: no name to report. */
static int FNAME(walk_addr)(struct guest_walker *walker)
{
	return 0;
}

static int statement_expression = ({ int x = lookup(1); x; });

int after_statement_expression(void)	/* def: after_statement_expression */
{
	return ({ int y = 2; y; });
}

DEFINE_STATIC_KEY_FALSE(key);
__setup("thing=", setup_thing);

int last_in_file(void)	/* def: last_in_file */
{
	return 0;
}

/* Annotation macros with arguments between `static` and the name. */
static __always_inline __realloc_size(2) void *
do_krealloc(const void *p, size_t new_size)	/* def: do_krealloc static */
{
	return NULL;
}
static TARGET_ATTRIBUTE("bmi2") size_t read_stats_bmi2(void)	/* def: read_stats_bmi2 static */
{
	return 0;
}
late_initcall(later)
static int static_after_macro(void)	/* def: static_after_macro static */
{
	return 0;
}
