// SPDX-License-Identifier: GPL-2.0
/*
 * Plain shapes.  Each definition carries a "def:" mark on the line of its
 * name, with "static" when it is static; every other line must report none.
 */
#include <linux/highmem.h>

int plain(int a)		/* def: plain */
{
	return a;
}

static int one_liner(void) { return 1; }	/* def: one_liner static */

static inline void small_helper(struct page *page)	/* def: small_helper static */
{
	kunmap_local(page_address(page));
}

static noinline int not_inlined(void)	/* def: not_inlined static */
{
	return 0;
}

static __always_inline void always(void)	/* def: always static */
{
}

noinline void global_noinline(void)	/* def: global_noinline */
{
}

static struct page *
type_on_previous_line(struct page *page, unsigned long offset)	/* def: type_on_previous_line static */
{
	return page + offset;
}

unsigned long
global_on_own_line(void)	/* def: global_on_own_line */
{
	return 0;
}

struct folio *folio_pointer(struct folio *f) { return f; }	/* def: folio_pointer */

const char *const *names(void)	/* def: names */
{
	return NULL;
}

/* Prototypes, variables, and bodies that are not functions. */
int prototype(int a);
static void static_prototype(void);
extern int extern_prototype(void) __attribute__((weak));
int two, protos(void), at_once(int);
EXPORT_SYMBOL(plain);
EXPORT_SYMBOL_GPL(global_noinline);

struct ops {
	int (*open)(int a);
	void (*close)(void) ;
};

struct ops the_ops = {
	.open = plain,
	.close = NULL,
};

static int table[] = { init_value(1), init_value(2) };
int computed = compute(3);
static struct ops *op_pointer = &the_ops, *other = get_ops(4);

enum colour { RED = colour_base(0), GREEN };
union either { int a; long b; };
struct empty { };

static int
multi_line_parameters(int a,	/* def: multi_line_parameters static */
		      int b)
{
	return a + b;
}

void after_everything(void)	/* def: after_everything */
{
	struct { int x; } local = { 1 };
	if (local.x) {
		local.x = 2;
	}
}

/* Functions returning function pointers carry their name inside parentheses. */
static inline void (*handler_for(int signal))(void *)	/* def: handler_for static */
{
	return NULL;
}

int (*protocol_function(unsigned int pid))(struct sk_buff *, void *)	/* def: protocol_function */
{
	return NULL;
}

struct ops *(*ops_factory(void))(int a) { return NULL; }	/* def: ops_factory */

void (*prototype_signal(int sig, void (*func)(int)))(int);
static int (*handler_table[3])(int) = { plain, plain, plain };
int (*function_pointer)(int) = plain;
void (*uninitialised_pointer)(void);
