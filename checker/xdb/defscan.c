// SPDX-License-Identifier: GPL-2.0
/*
 * defscan.c - function definitions at file scope, from tokens alone.
 *
 * At brace depth 0 a definition is a name, its balanced parameter list,
 * annotations (__acquires(x), __attribute__((...)), __init ...) and then
 * `{`.  Anything else between the list and the brace (`;`, `=`, `,`, a
 * second list, a plain word) means it was a prototype, a variable or a
 * macro use, and the name is dropped.
 *
 * Both sides of an #if/#else are scanned, but only one side counts for the
 * braces: each branch starts from the state at its #if, and after #endif
 * the state is the one the first live branch left.  So
 *	#ifdef X
 *	static void f(int a) {
 *	#else
 *	static void f(void) {
 *	#endif
 * opens one brace, not two, and the rest of the file stays at depth 0.
 */
#include <string.h>

#include "defscan.h"
#include "defscan_lex.h"

#define MAX_CONDITIONAL_DEPTH	64

/* How far `(*name(` has been seen inside the first parentheses. */
enum inner_name_step {
	INNER_NONE,
	INNER_WANT_STAR,
	INNER_WANT_NAME,
	INNER_WANT_PAREN,
	INNER_FOUND,
};

struct candidate {
	const char *name;
	size_t len;
	int line;
	bool is_static;
};

/* What the scanner knows at one point of the file; saved across #if. */
struct file_scope {
	int brace_depth;
	int paren_depth;	/* counted at brace depth 0 only */
	bool in_parameters;	/* the open parentheses are the candidate's */
	bool has_candidate;	/* a name whose list is (being) read */
	bool in_initializer;	/* after `=`: no definition until `;` */
	bool saw_static;
	bool returns_function;	/* the candidate came from `(*name(...))` */
	enum inner_name_step inner_step;
	struct candidate candidate;
	struct candidate inner;	/* the name inside the first parentheses */
};

struct conditional {
	struct file_scope at_if;
	struct file_scope branch_end;	/* where the first live branch ended */
	bool has_branch_end;
	bool dead;			/* this branch is #if 0 (or #else of #if 1) */
	bool rest_dead;			/* the later branches are dead */
};

struct scanner {
	struct file_scope scope;
	struct conditional conditionals[MAX_CONDITIONAL_DEPTH];
	int conditional_depth;		/* may exceed the array: those are ignored */
	int dead_branches;		/* open conditionals whose branch is dead */
	bool previous_is_ident;
	struct candidate previous;	/* the identifier just before, if any */
	def_fn fn;
	void *data;
};

static bool word_is(const char *start, size_t len, const char *word)
{
	return len == strlen(word) && memcmp(start, word, len) == 0;
}

static bool word_in(const char *start, size_t len, const char *const *words)
{
	for (; *words; words++) {
		if (word_is(start, len, *words))
			return true;
	}
	return false;
}

/*
 * Words followed by parentheses that never name a function: keywords and the
 * kernel's annotations that take arguments.
 */
static const char *const not_a_name[] = {
	"__attribute__", "__attribute", "__acquires", "__releases", "__must_hold",
	"__cond_lock", "__printf", "__scanf", "__section", "__aligned",
	"__alloc_size", "__assume_aligned", "__diagnose_as", "asm", "__asm__",
	"__asm", "typeof", "__typeof__", "__typeof", "sizeof", "_Alignas",
	"alignof", "_Alignof", "__alignof__", "_Static_assert", "static_assert",
	"_Generic", "if", "while", "for", "switch", "return", NULL,
};

/* Words that may stand between a parameter list and its body. */
static const char *const annotation_words[] = {
	"noinline", "notrace", "asmlinkage", "inline", NULL,
};

/*
 * SYSCALL_DEFINE3(...) {, BPF_CALL_2(...) {: a macro makes the function.  After
 * a parameter list, such a word is an annotation macro instead:
 * `void f(struct s *s) EXCLUSIVE_LOCKS_REQUIRED(s->lock) {` (tools/perf).
 */
static bool looks_like_macro(const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (name[i] >= 'a' && name[i] <= 'z')
			return false;
	}
	return true;
}

static bool is_annotation(const char *name, size_t len)
{
	if (len >= 2 && name[0] == '_' && name[1] == '_')
		return true;
	if (looks_like_macro(name, len))
		return true;
	return word_in(name, len, annotation_words) ||
	       word_in(name, len, not_a_name);
}

static void drop_candidate(struct file_scope *scope)
{
	scope->has_candidate = false;
	scope->returns_function = false;
}

static void end_declaration(struct file_scope *scope)
{
	drop_candidate(scope);
	scope->paren_depth = 0;
	scope->in_parameters = false;
	scope->in_initializer = false;
	scope->saw_static = false;
	scope->inner_step = INNER_NONE;
}

static void report(struct scanner *scanner, const struct candidate *candidate)
{
	struct def_site def;

	if (looks_like_macro(candidate->name, candidate->len))
		return;
	def.name = candidate->name;
	def.name_len = candidate->len;
	def.line = candidate->line;
	def.is_static = candidate->is_static;
	scanner->fn(scanner->data, &def);
}

static void file_scope_ident(struct scanner *scanner, const struct defscan_token *token)
{
	struct file_scope *scope = &scanner->scope;

	if (scope->paren_depth > 0)
		return;
	if (word_is(token->start, token->len, "static"))
		scope->saw_static = true;
	/*
	 * `static` survives a dropped name: `static __realloc_size(2) void *f(`
	 * and `static PRINTF(5, 6) int f(` are far more common than a macro
	 * use with no `;` between a `static` and a global function.
	 */
	if (scope->has_candidate && !is_annotation(token->start, token->len))
		drop_candidate(scope);
}

static void open_paren(struct scanner *scanner)
{
	struct file_scope *scope = &scanner->scope;
	const struct candidate *previous = &scanner->previous;

	if (scope->paren_depth++ > 0)
		return;
	scope->in_parameters = false;
	scope->inner_step = INNER_WANT_STAR;
	if (!scanner->previous_is_ident) {
		/* int (*f(int a))(int b) {: the list of the function returned */
		if (!scope->returns_function)
			scope->has_candidate = false;	/* (*fp)(...), f(a)(b) */
		scope->returns_function = false;
		return;
	}
	if (scope->has_candidate || scope->in_initializer ||
	    word_in(previous->name, previous->len, not_a_name))
		return;				/* an annotation's arguments */
	scope->candidate = *previous;
	scope->candidate.is_static = scope->saw_static;
	scope->has_candidate = true;
	scope->in_parameters = true;
}

static void close_paren(struct file_scope *scope)
{
	if (scope->paren_depth == 0)
		return;
	if (--scope->paren_depth > 0)
		return;
	scope->in_parameters = false;
	if (scope->inner_step == INNER_FOUND && !scope->in_initializer) {
		scope->candidate = scope->inner;
		scope->candidate.is_static = scope->saw_static;
		scope->has_candidate = true;
		scope->returns_function = true;
	}
	scope->inner_step = INNER_NONE;
}

/*
 * A function returning a function pointer, `int (*handler(int sig))(int)`,
 * has its name inside the first parentheses: `(`, `*`, the name, `(`.
 */
static void track_inner_name(struct scanner *scanner, const struct defscan_token *token)
{
	struct file_scope *scope = &scanner->scope;
	enum inner_name_step step = scope->inner_step;
	bool ident = token->kind == DEFSCAN_IDENT;
	char punct = ident ? '\0' : token->punct;

	if (scope->paren_depth != 1 || step == INNER_NONE || step == INNER_FOUND)
		return;
	if (step == INNER_WANT_STAR && punct == '*') {
		scope->inner_step = INNER_WANT_NAME;
	} else if (step == INNER_WANT_NAME && ident) {
		scope->inner.name = token->start;
		scope->inner.len = token->len;
		scope->inner.line = token->line;
		scope->inner_step = INNER_WANT_PAREN;
	} else if (step == INNER_WANT_PAREN && punct == '(') {
		scope->inner_step = INNER_FOUND;
	} else {
		scope->inner_step = INNER_NONE;
	}
}

static void open_brace(struct scanner *scanner)
{
	struct file_scope *scope = &scanner->scope;

	if (scope->brace_depth == 0 && scope->paren_depth == 0) {
		if (scope->has_candidate && !scope->in_initializer)
			report(scanner, &scope->candidate);
		drop_candidate(scope);
	}
	scope->brace_depth++;
}

static void close_brace(struct file_scope *scope)
{
	if (scope->brace_depth == 0) {
		end_declaration(scope);		/* unbalanced: start afresh */
		return;
	}
	if (--scope->brace_depth == 0 && scope->paren_depth == 0 &&
	    !scope->in_initializer)
		end_declaration(scope);
}

static void file_scope_punct(struct scanner *scanner, char punct)
{
	struct file_scope *scope = &scanner->scope;

	if (punct == ';') {
		end_declaration(scope);
		return;
	}
	if (scope->paren_depth > 0)
		return;
	if (punct == '=')
		scope->in_initializer = true;
	drop_candidate(scope);
}

static void scan_punct(struct scanner *scanner, char punct)
{
	struct file_scope *scope = &scanner->scope;

	if (punct == '{')
		open_brace(scanner);
	else if (punct == '}')
		close_brace(scope);
	else if (scope->brace_depth > 0)
		return;
	else if (punct == '(')
		open_paren(scanner);
	else if (punct == ')')
		close_paren(scope);
	else
		file_scope_punct(scanner, punct);
}

static struct conditional *innermost(struct scanner *scanner)
{
	int depth = scanner->conditional_depth;

	if (depth == 0 || depth > MAX_CONDITIONAL_DEPTH)
		return NULL;
	return &scanner->conditionals[depth - 1];
}

static void enter_conditional(struct scanner *scanner, enum defscan_directive kind)
{
	struct conditional *cond;

	scanner->conditional_depth++;
	cond = innermost(scanner);
	if (!cond)
		return;
	cond->at_if = scanner->scope;
	cond->has_branch_end = false;
	cond->dead = kind == DIRECTIVE_IF_0;
	cond->rest_dead = kind == DIRECTIVE_IF_1;
	if (cond->dead)
		scanner->dead_branches++;
}

static void next_branch(struct scanner *scanner)
{
	struct conditional *cond = innermost(scanner);

	if (!cond)
		return;
	if (cond->dead) {
		scanner->dead_branches--;
	} else if (!cond->has_branch_end) {
		cond->branch_end = scanner->scope;
		cond->has_branch_end = true;
	}
	scanner->scope = cond->at_if;
	cond->dead = cond->rest_dead;
	if (cond->dead)
		scanner->dead_branches++;
}

static void leave_conditional(struct scanner *scanner)
{
	struct conditional *cond = innermost(scanner);

	if (scanner->conditional_depth == 0)
		return;			/* a stray #endif */
	scanner->conditional_depth--;
	if (!cond)
		return;
	if (cond->dead)
		scanner->dead_branches--;
	if (cond->has_branch_end)
		scanner->scope = cond->branch_end;
}

static void scan_directive(struct scanner *scanner, enum defscan_directive kind)
{
	switch (kind) {
	case DIRECTIVE_IF:
	case DIRECTIVE_IF_0:
	case DIRECTIVE_IF_1:
		enter_conditional(scanner, kind);
		break;
	case DIRECTIVE_ELSE:
		next_branch(scanner);
		break;
	case DIRECTIVE_ENDIF:
		leave_conditional(scanner);
		break;
	case DIRECTIVE_OTHER:
		break;
	}
}

static void scan_token(struct scanner *scanner, const struct defscan_token *token)
{
	if (token->kind == DEFSCAN_DIRECTIVE) {
		scan_directive(scanner, token->directive);
		return;
	}
	if (scanner->dead_branches > 0)
		return;
	if (scanner->scope.brace_depth == 0)
		track_inner_name(scanner, token);
	if (token->kind == DEFSCAN_IDENT) {
		if (scanner->scope.brace_depth == 0)
			file_scope_ident(scanner, token);
	} else {
		scan_punct(scanner, token->punct);
	}
	scanner->previous_is_ident = token->kind == DEFSCAN_IDENT;
	scanner->previous.name = token->start;
	scanner->previous.len = token->len;
	scanner->previous.line = token->line;
}

void defscan_text(const char *text, size_t len, def_fn fn, void *data)
{
	struct defscan_lexer lex;
	struct defscan_token token;
	struct scanner scanner;

	memset(&scanner, 0, sizeof(scanner));
	scanner.fn = fn;
	scanner.data = data;
	defscan_lex_init(&lex, text, len);
	for (;;) {
		defscan_lex_next(&lex, &token);
		if (token.kind == DEFSCAN_END)
			break;
		scan_token(&scanner, &token);
	}
}
