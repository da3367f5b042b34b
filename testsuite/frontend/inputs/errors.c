int fine(int x)
{
	return x * 2;
}

int broken(int x)
{
	return x + undeclared_thing;
}

int also_fine(int y)
{
	if (y)
		return fine(y);
	return 0;
}
