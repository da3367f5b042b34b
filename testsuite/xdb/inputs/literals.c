// SPDX-License-Identifier: GPL-2.0
/* Comments and literals hide what looks like code. */

/* int in_block_comment(void) { } */
// int in_line_comment(void) { }
// a line comment continued by a backslash \
int continued_comment(void) { }

static const char *brace_string = "}}} int in_string(void) { ";
static const char *escaped = "a \" quote } and a \\";
static char open_char = '{';
static char quote_char = '\'';
static char dquote_char = '"';
static const char *spliced = "a string \
int in_spliced_string(void) { }";

static int after_literals(void)	/* def: after_literals static */
{
	char c = '}';
	const char *s = "{{{";

	return c + s[0];
}

int /* comment */ commented /* between */ (int a) /* and */	/* def: commented */
{
	return a;
}

int wide_string_user(void)	/* def: wide_string_user */
{
	return L"}"[0] + u8"}"[0] + 1.5e+3 + 0x1fULL + .5;
}
