/*
 * classifier_labels.h
 *		Find a label by name in constant time while labels are collected.
 *
 * Rule sets and training data name up to 1,000 labels, and a rule set of a
 * million one-term statements looks a label up a million times: a linear
 * search made that quadratic.  The index maps a name to its position in the
 * caller's array of NUL-terminated names, which stays the caller's.
 */
#ifndef COMPENSATE_CLASSIFIER_LABELS_H
#define COMPENSATE_CLASSIFIER_LABELS_H

#include "pg_compat.h"

typedef struct LabelIndex
{
	MemoryContext mcxt;
	int			size;			/* slots, a power of two; 0 before the first add */
	int			count;
	int32	   *slot;			/* label position, or -1 for an empty slot */
	uint32	   *hash;			/* hash of the name in each slot */
} LabelIndex;

extern void label_index_init(LabelIndex *ix, MemoryContext mcxt);
extern int	label_index_find(const LabelIndex *ix, char *const *names, const char *name, int len);
extern void label_index_add(LabelIndex *ix, char *const *names, int label);

#endif							/* COMPENSATE_CLASSIFIER_LABELS_H */
