/*
 * seedgen.c
 *		Derive the seed corpora that cannot be cut out of the SQL tests: the
 *		built-in rule sets, the binary form (send) of every accepted text
 *		seed, and reports built over every accepted schedule seed.  Run by
 *		test/fuzz/run --seeds after seeds.py; usage: seedgen CORPUS_DIR.
 */
#include "fuzz.h"

#include <dirent.h>
#include <sys/stat.h>

#include "classifier.h"
#include "report.h"
#include "utils/numeric.h"

extern Datum payout_schedule_in(PG_FUNCTION_ARGS);
extern Datum payout_report_in(PG_FUNCTION_ARGS);
extern Datum payout_report_out(PG_FUNCTION_ARGS);
extern Datum payout_report_send(PG_FUNCTION_ARGS);
extern Datum classifier_in(PG_FUNCTION_ARGS);
extern Datum classifier_send(PG_FUNCTION_ARGS);

static const char *corpus;
static const char *seed_name;
static int	written;

static void
write_seed(const char *harness, const char *name, const void *data, size_t size)
{
	char		path[1024];
	FILE	   *f;

	snprintf(path, sizeof(path), "%s/%s", corpus, harness);
	(void) mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/%s/%s", corpus, harness, name);
	f = fopen(path, "wb");
	if (f == NULL || fwrite(data, 1, size, f) != size || fclose(f) != 0)
	{
		perror(path);
		exit(1);
	}
	written++;
}

static void
write_bytea(const char *harness, const char *name, Datum bytes)
{
	bytea	   *b = DatumGetByteaPP(bytes);

	write_seed(harness, name, VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
}

static void
write_text(const char *harness, const char *name, const char *text)
{
	write_seed(harness, name, text, strlen(text));
}

static void
seed_fail(void *arg pg_attribute_unused(), int position pg_attribute_unused(), const char *detail)
{
	ereport(ERROR, (errcode(ERRCODE_DATA_EXCEPTION), errmsg("seed report: %s", detail)));
}

/* A report over schedule s with claims in every tier (none paid in review) */
static Datum
report_over(Datum s)
{
	PayoutSchedule *schedule = DatumGetPayoutScheduleP(s);
	ReportParts parts;

	report_parts_alloc(&parts, schedule);
	parts.null_keys = 2;
	for (int i = 0; i < parts.ntiers; i++)
	{
		parts.claims[i] = i + 1;
		parts.claimed[i] = int64_div_fast_to_numeric((i + 1) * 12345, i % 3);
		parts.paid[i] = report_tier_in_review(schedule, i) ? int64_to_numeric(0) :
			int64_div_fast_to_numeric((i + 1) * 100, 1);
	}
	report_parts_check(&parts, seed_fail, NULL);
	return PointerGetDatum(report_build(&parts));
}

static void
from_schedule(const uint8_t *data, size_t size)
{
	char	   *text = fuzz_cstring(data, size);
	Datum		s;
	Datum		r;

	if (text == NULL)
		return;
	s = fuzz_call_in(payout_schedule_in, text);
	write_bytea("fuzz_schedule_recv", seed_name, fuzz_call_send(payout_schedule_send, s));
	r = report_over(s);
	write_text("fuzz_report_text", seed_name, fuzz_call_out(payout_report_out, r));
	write_bytea("fuzz_report_recv", seed_name, fuzz_call_send(payout_report_send, r));
}

static void
from_classifier(const uint8_t *data, size_t size)
{
	char	   *text = fuzz_cstring(data, size);

	if (text == NULL)
		return;
	write_bytea("fuzz_classifier_recv", seed_name,
				fuzz_call_send(classifier_send, fuzz_call_in(classifier_in, text)));
}

static void
from_report(const uint8_t *data, size_t size)
{
	char	   *text = fuzz_cstring(data, size);

	if (text == NULL)
		return;
	write_bytea("fuzz_report_recv", seed_name,
				fuzz_call_send(payout_report_send, fuzz_call_in(payout_report_in, text)));
}

static void
builtin(const uint8_t *data pg_attribute_unused(), size_t size pg_attribute_unused())
{
	static const char *const dims[] = {"damage_type", "service", "reporter"};

	for (int i = 0; i < (int) lengthof(dims); i++)
	{
		char		name[64];

		snprintf(name, sizeof(name), "builtin-%s", dims[i]);
		write_text("fuzz_rules_text", name, builtin_rules_text(dims[i], RULES_BUILTIN_EDITION));
	}
}

/* Run body over every file of corpus/<harness> whose name starts with sql- */
static void
each_seed(const char *harness, FuzzBody body)
{
	char		dir[1024];
	DIR		   *d;
	struct dirent *e;

	snprintf(dir, sizeof(dir), "%s/%s", corpus, harness);
	d = opendir(dir);
	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL)
	{
		char		path[2048];
		FILE	   *f;
		static uint8_t buf[1 << 20];
		size_t		n;
		char		name[300];

		if (strncmp(e->d_name, "sql-", 4) != 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		f = fopen(path, "rb");
		if (f == NULL)
			continue;
		n = fread(buf, 1, sizeof(buf), f);
		fclose(f);
		snprintf(name, sizeof(name), "from-%s", e->d_name + 4);
		seed_name = name;
		fuzz_run(body, buf, n);
	}
	closedir(d);
}

int
main(int argc, char **argv)
{
	if (argc != 2)
	{
		fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
		return 2;
	}
	corpus = argv[1];
	fuzz_run(builtin, NULL, 0);
	each_seed("fuzz_schedule_text", from_schedule);
	each_seed("fuzz_rules_text", from_classifier);
	each_seed("fuzz_bayes_text", from_classifier);
	each_seed("fuzz_linear_text", from_classifier);
	each_seed("fuzz_report_text", from_report);
	printf("seedgen: %d derived seeds\n", written);
	return 0;
}
