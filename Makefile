# compensate: PGXS build.  `make && make install`, then CREATE EXTENSION compensate.
PG_CONFIG ?= pg_config

EXTENSION  = compensate
MODULE_big = compensate
OBJS = \
	src/compensate.o \
	src/decimal.o \
	src/numeric_util.o \
	src/text_cursor.o \
	src/schedule_parse.o \
	src/schedule_build.o \
	src/schedule_format.o \
	src/schedule_io.o \
	src/arg_cache.o \
	src/schedule_compile.o \
	src/payout_eval.o \
	src/payout.o \
	src/exact_keys.o \
	src/schedule_from_tiers.o \
	src/json_forms.o \
	src/canonical_compare.o \
	src/json_out.o \
	src/exact_sum.o \
	src/agg_state.o \
	src/report_build.o \
	src/report_state.o \
	src/report_agg.o \
	src/report_io.o \
	src/report_funcs.o \
	src/normalize.o \
	src/aho.o \
	src/classifier_build.o \
	src/classifier_labels.o \
	src/rules_parse.o \
	src/classifier_io.o \
	src/rules_io.o \
	src/classifier_funcs.o \
	src/rules_builtin.o \
	src/classifier_classify.o \
	src/bayes_model.o \
	src/bayes_io.o \
	src/bayes_train.o \
	src/linear_options.o \
	src/linear_features.o \
	src/linear_svm.o \
	src/linear_train.o \
	src/linear_model.o \
	src/linear_io.o \
	src/train_buffer.o \
	src/xint.o \
	src/allocate_rules.o \
	src/allocate_rules_half.o \
	src/allocate_games.o \
	src/allocate.o \
	src/sample_phrases.o \
	src/sample_claim.o \
	src/sample_claims.o \
	src/amount_text.o

# The full install script of the current version is built from readable
# parts; the scripts of older versions and the update chain are kept as
# released.  sql/upgrade.sql checks that the chain arrives at the same objects.
EXTVERSION = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" $(srcdir)/compensate.control)
SQL_PARTS = src/sql/header.sql src/sql/schedule.sql src/sql/report.sql src/sql/classifier.sql \
	src/sql/amount_text.sql src/sql/allocate.sql src/sql/sample_claims.sql
DATA_built = src/sql/compensate--$(EXTVERSION).sql
DATA = src/sql/compensate--0.1.sql src/sql/compensate--0.1--0.2.sql src/sql/compensate--0.2--0.3.sql \
	src/sql/compensate--0.3.sql src/sql/compensate--0.3--0.4.sql src/sql/compensate--0.4.sql \
	src/sql/compensate--0.4--0.5.sql

# One test per concern; listed explicitly (a wildcard would pick up more).
REGRESS = setup schedule_io schedule_errors payout payout_graduated payout_sla payout_explain payout_options schedule_binary_io stored_formats payout_parallel payout_paths report report_parallel classify classify_train classify_builtin claimed_amount allocate allocate_rules allocate_games allocate_properties sample_claims analyst_types classify_linear limits upgrade security
REGRESS_OPTS = --inputdir=. --outputdir=. --load-extension=compensate

# Our own code compiles warning-free with -Wall -Wextra.  PostgreSQL's headers
# trip -Wunused-parameter under -Wextra; naming the server include directory
# as a system directory silences them there and only there.
PG_CPPFLAGS = -I$(srcdir)/src -isystem $(shell $(PG_CONFIG) --includedir-server)
# Only what the server must call is exported (src/pg_compat.h says why).
PG_CFLAGS = -Wall -Wextra -fvisibility=hidden

EXTRA_CLEAN = results regression.diffs regression.out

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PGXS tracks header dependencies only in --enable-depend builds of the server
$(OBJS): $(wildcard $(srcdir)/src/*.h)

$(DATA_built): $(addprefix $(srcdir)/, $(SQL_PARTS))
	cat $^ > $@
