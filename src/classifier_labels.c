/*
 * classifier_labels.c
 *		Open-addressing hash index from label names to their positions.
 */
#include "postgres.h"
#include "pg_compat.h"

#include "common/hashfn.h"

#include "classifier_labels.h"

static uint32
name_hash(const char *name, int len)
{
	return hash_bytes((const unsigned char *) name, len);
}

void
label_index_init(LabelIndex *ix, MemoryContext mcxt)
{
	memset(ix, 0, sizeof(LabelIndex));
	ix->mcxt = mcxt;
}

/* Put label (hash h) in the first free slot of its probe sequence */
static void
place(LabelIndex *ix, int32 label, uint32 h)
{
	uint32		mask = (uint32) ix->size - 1;
	uint32		i = h & mask;

	while (ix->slot[i] >= 0)
		i = (i + 1) & mask;
	ix->slot[i] = label;
	ix->hash[i] = h;
}

/* Double the table (or make the first one), keeping it at most half full */
static void
grow(LabelIndex *ix)
{
	int			old_size = ix->size;
	int32	   *old_slot = ix->slot;
	uint32	   *old_hash = ix->hash;

	ix->size = old_size == 0 ? 16 : old_size * 2;
	ix->slot = MemoryContextAlloc(ix->mcxt, sizeof(int32) * ix->size);
	ix->hash = MemoryContextAlloc(ix->mcxt, sizeof(uint32) * ix->size);
	memset(ix->slot, 0xFF, sizeof(int32) * ix->size);	/* all -1 */
	for (int i = 0; i < old_size; i++)
	{
		if (old_slot[i] >= 0)
			place(ix, old_slot[i], old_hash[i]);
	}
	if (old_slot != NULL)
	{
		pfree(old_slot);
		pfree(old_hash);
	}
}

/* Position of the label called name (len bytes, not terminated), or -1 */
int
label_index_find(const LabelIndex *ix, char *const *names, const char *name, int len)
{
	uint32		h;
	uint32		mask;
	uint32		i;

	if (ix->size == 0)
		return -1;
	h = name_hash(name, len);
	mask = (uint32) ix->size - 1;
	for (i = h & mask; ix->slot[i] >= 0; i = (i + 1) & mask)
	{
		const char *candidate = names[ix->slot[i]];

		if (ix->hash[i] == h && strncmp(candidate, name, len) == 0 && candidate[len] == '\0')
			return ix->slot[i];
	}
	return -1;
}

/* Index names[label], which must not be in the index yet */
void
label_index_add(LabelIndex *ix, char *const *names, int label)
{
	if ((ix->count + 1) * 2 > ix->size)
		grow(ix);
	place(ix, label, name_hash(names[label], strlen(names[label])));
	ix->count++;
}
