/*
 * sample_claim.h
 *		One generated claim of sample_claims (sample_claim.c).
 */
#ifndef SAMPLE_CLAIM_H
#define SAMPLE_CLAIM_H

#include "lib/stringinfo.h"
#include "utils/timestamp.h"

typedef struct SampleClaim
{
	TimestampTz received_at;
	const char *service;
	const char *reporter;
	const char *damage_type;
	const char *language;
	bool		has_loss;		/* claimed_loss is NULL for non-financial types */
	int64		claimed_loss;	/* KRW */
} SampleClaim;

/* Where a claim's text is built; initialized once, reused for every claim. */
typedef struct SampleTextBuffers
{
	StringInfoData text;		/* the finished text */
	StringInfoData scratch;		/* the text being rewritten */
	StringInfoData amount;		/* the amount phrase */
} SampleTextBuffers;

/*
 * Claim number id of the sequence of seed: its labels, arrival and loss in
 * *claim, its text in buf->text.  Depends on (id, seed) only.
 */
extern void sample_claim_make(int64 id, int64 seed, SampleClaim *claim,
							  SampleTextBuffers *buf);

#endif							/* SAMPLE_CLAIM_H */
