/* Included by helper_impl.c: still the unit's own code. */
static int nested_value(void)
{
	return 0;
}
