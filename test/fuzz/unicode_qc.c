/*
 * unicode_qc.c
 *		unicode_is_normalized_quickcheck for the fuzz shim.
 *
 * libpgcommon.a is the frontend build of src/common/unicode_norm.c, which
 * leaves the quick check out (the backend has it).  This is the same
 * algorithm over the same generated tables from the server headers: a
 * character's NFC_QC property by perfect-hash lookup, and NO when canonical
 * combining classes are out of order.  unicode_normalize itself is the one in
 * libpgcommon.a.
 */
#include "postgres.h"

#include "common/unicode_norm.h"
#include "port/pg_bswap.h"
#include "common/unicode_norm_table.h"
#include "common/unicode_normprops_table.h"

static int
compare_codepoints(const void *key, const void *entry)
{
	pg_wchar	a = *(const pg_wchar *) key;
	pg_wchar	b = ((const pg_unicode_decomposition *) entry)->codepoint;

	return (a > b) - (a < b);
}

static uint8
canonical_class(pg_wchar c)
{
	const pg_unicode_decomposition *entry;

	entry = bsearch(&c, UnicodeDecompMain, lengthof(UnicodeDecompMain),
					sizeof(pg_unicode_decomposition), compare_codepoints);
	return entry ? entry->comb_class : 0;
}

static UnicodeNormalizationQC
qc_lookup(pg_wchar c, const pg_unicode_norminfo *info)
{
	uint32		key = pg_hton32(c);
	int			h = info->hash(&key);

	if (h < 0 || h >= info->num_normprops || info->normprops[h].codepoint != c)
		return UNICODE_NORM_QC_YES;
	return (UnicodeNormalizationQC) info->normprops[h].quickcheck;
}

UnicodeNormalizationQC
unicode_is_normalized_quickcheck(UnicodeNormalizationForm form, const pg_wchar *input)
{
	uint8		last_class = 0;
	UnicodeNormalizationQC result = UNICODE_NORM_QC_YES;

	if (form == UNICODE_NFD || form == UNICODE_NFKD)
		return UNICODE_NORM_QC_MAYBE;
	for (const pg_wchar *p = input; *p; p++)
	{
		uint8		cls = canonical_class(*p);
		UnicodeNormalizationQC check;

		if (last_class > cls && cls != 0)
			return UNICODE_NORM_QC_NO;
		check = qc_lookup(*p, form == UNICODE_NFC ? &UnicodeNormInfo_NFC_QC : &UnicodeNormInfo_NFKC_QC);
		if (check == UNICODE_NORM_QC_NO)
			return UNICODE_NORM_QC_NO;
		if (check == UNICODE_NORM_QC_MAYBE)
			result = UNICODE_NORM_QC_MAYBE;
		last_class = cls;
	}
	return result;
}
