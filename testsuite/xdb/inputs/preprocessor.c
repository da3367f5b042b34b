// SPDX-License-Identifier: GPL-2.0
/* Directives: skipped, but both branches of a conditional are scanned. */
#include <linux/kernel.h>
#define MACRO_FUNCTION(x) { return (x); }
#define long_macro(a, b)		\
	static int made_up(void)	\
	{				\
		return a + b;		\
	}
#define SPLICED_COMMENT /* a comment
	int in_comment(void) { } that goes on */ int not_code(void) { }

#ifdef CONFIG_HIGHMEM
void *map_it(struct page *page)	/* def: map_it */
{
	return kmap_local_page(page);
}
#else
static inline void *map_it(struct page *page)	/* def: map_it static */
{
	return page_address(page);
}
#endif

/* The branches open one brace between them, not two. */
#ifdef CONFIG_ONE
static int split_head(int a)	/* def: split_head static */
{
#else
static int split_head(void)	/* def: split_head static */
{
	int a = 0;
#endif
	return a;
}

int after_split(void)	/* def: after_split */
{
	return 0;
}

#if defined(CONFIG_A)
static int three_ways(void) { return 1; }	/* def: three_ways static */
#elif defined(CONFIG_B)
static int three_ways(void) { return 2; }	/* def: three_ways static */
#else
# if CONFIG_NESTED
int nested_branch(void) { return 3; }	/* def: nested_branch */
# endif
#endif

#if 0
int dead_code(void)
{
	don't care about this text;
}
#endif

#if 0
int dead_again(void) { }
#else
int live_else(void) { return 0; }	/* def: live_else */
#endif

#if 1
int live_if(void) { return 1; }	/* def: live_if */
#else
int dead_else(void) { return 0; }
#endif

#if 0 /* a comment after the zero */
int dead_with_comment(void) { }
#endif

#if 0 || defined(CONFIG_C)
int not_dead(void) { return 0; }	/* def: not_dead */
#endif

#error this isn't a literal that runs on
#warning "neither { is this"
#pragma once

/* A name and its parameters split by a conditional. */
static int
#ifdef CONFIG_WIDE
wide_or_narrow(long x)	/* def: wide_or_narrow static */
#else
wide_or_narrow(int x)
#endif
{
	return x;
}

   #  define INDENTED_DIRECTIVE int indented(void) { }
int last_one(void) { return 0; }	/* def: last_one */
#endif
int after_stray_endif(void) { return 0; }	/* def: after_stray_endif */
