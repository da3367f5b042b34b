/*
 * Calls the bundled model does not know; a --rules file makes them a map
 * and an unmap, and then line 15 is an order bug.
 */
struct page;
void *my_map(struct page *page);
void my_unmap(void *addr);

void my_copy(struct page *a, struct page *b)
{
	char *x = my_map(a);
	char *y = my_map(b);

	x[0] = y[0];
	my_unmap(x);
	my_unmap(y);
}
