/* Never maps: kmap_local_page(p) in a comment is not a call. FAKE_REPORT(leak) */
// nor kunmap(p) here
static const char *s = "kmap(p)";
static char c = 'k';
int kmapper(void);
int plain(void)
{
	return kmapper() + 0x1fkmap;
}
