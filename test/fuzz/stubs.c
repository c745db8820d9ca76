/*
 * stubs.c
 *		Backend functions that the compiled extension files reference but that
 *		no harness reaches (set-returning functions, text conversions of
 *		other SQL functions).  Each aborts with its name if it is ever called.
 */
#include "postgres.h"

/*
 * tuplestore_putvalues's arrays became const in a later major version: its
 * header declaration is renamed out of the way, so that the one definition
 * below fits every version (the symbol is what the linker matches).
 */
#define tuplestore_putvalues tuplestore_putvalues_as_declared
#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/numeric.h"
#include "utils/tuplestore.h"

#include "fuzz.h"

#undef tuplestore_putvalues
extern void tuplestore_putvalues(Tuplestorestate *state, TupleDesc tdesc,
								 const Datum *values, const bool *isnull);

void
InitMaterializedSRF(FunctionCallInfo fcinfo pg_attribute_unused(), bits32 flags pg_attribute_unused())
{
	fuzz_fail("unreachable in the fuzz shim: InitMaterializedSRF");
}

void
tuplestore_putvalues(Tuplestorestate *state pg_attribute_unused(), TupleDesc tdesc pg_attribute_unused(),
					 const Datum *values pg_attribute_unused(), const bool *isnull pg_attribute_unused())
{
	fuzz_fail("unreachable in the fuzz shim: tuplestore_putvalues");
}

text *
cstring_to_text(const char *s pg_attribute_unused())
{
	fuzz_fail("unreachable in the fuzz shim: cstring_to_text");
}

text *
cstring_to_text_with_len(const char *s pg_attribute_unused(), int len pg_attribute_unused())
{
	fuzz_fail("unreachable in the fuzz shim: cstring_to_text_with_len");
}

char *
text_to_cstring(const text *t pg_attribute_unused())
{
	fuzz_fail("unreachable in the fuzz shim: text_to_cstring");
}

Numeric
numeric_mul_opt_error(Numeric num1 pg_attribute_unused(), Numeric num2 pg_attribute_unused(),
					  bool *have_error pg_attribute_unused())
{
	fuzz_fail("unreachable in the fuzz shim: numeric_mul_opt_error");
}

Datum
numeric_int8(FunctionCallInfo fcinfo pg_attribute_unused())
{
	fuzz_fail("unreachable in the fuzz shim: numeric_int8");
}

Datum
numeric_div_trunc(FunctionCallInfo fcinfo pg_attribute_unused())
{
	fuzz_fail("unreachable in the fuzz shim: numeric_div_trunc");
}
