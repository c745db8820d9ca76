/*
 * linear_svm.c
 *		One-vs-rest L2-regularized L2-loss linear SVMs by dual coordinate
 *		descent (Hsieh, Chang, Lin, Keerthi, Sathiya: "A dual coordinate
 *		descent method for large-scale linear SVM", ICML 2008), the method
 *		of LIBLINEAR's default solver, written from the paper.
 *
 * For one label, with y_i = +1 for its rows and -1 for the others, the dual
 * problem is min over alpha >= 0 of 1/2 a'Qa - sum a_i, with
 * Q_ij = y_i y_j x_i . x_j + [i = j] / (2 C_i).  Each step minimizes over
 * one alpha_i exactly and keeps w = sum alpha_i y_i x_i up to date, so a
 * step costs the row's non-zeros.  Rows whose alpha is 0 with a gradient
 * above the last epoch's largest projected gradient are set aside
 * (shrinking) and checked again once the rest has converged.  It stops when
 * the projected gradients' spread is at most LINEAR_TOLERANCE over all rows,
 * or after LINEAR_MAX_EPOCHS epochs.
 *
 * The bias is a feature of value 1 in every row, regularized like the
 * others.  The order of the coordinates is a fresh permutation each epoch
 * from a small generator with a fixed seed, so the same rows in the same
 * order always give the same model.
 */
#include "postgres.h"
#include "pg_compat.h"

#include <math.h>

#include "miscadmin.h"
#include "utils/float.h"

#include "linear.h"

/* splitmix64 (Steele, Lea, Flood 2014): small, fast, and ours to fix */
static inline uint64
next_random(uint64 *state)
{
	uint64		z = (*state += UINT64CONST(0x9E3779B97F4A7C15));

	z = (z ^ (z >> 30)) * UINT64CONST(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64CONST(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

/* Fisher-Yates shuffle of index[0 .. n) */
static void
shuffle(int *index, int n, uint64 *state)
{
	for (int i = n - 1; i > 0; i--)
	{
		int			j = (int) (next_random(state) % (uint64) (i + 1));
		int			tmp = index[i];

		index[i] = index[j];
		index[j] = tmp;
	}
}

static inline double
row_dot(const SvmProblem *p, int i, const double *w)
{
	double		s = w[p->ncols];	/* the bias feature */

	for (int64 k = p->row_start[i]; k < p->row_start[i + 1]; k++)
		s += w[p->col[k]] * p->val[k];
	return s;
}

static inline void
row_add(const SvmProblem *p, int i, double d, double *w)
{
	w[p->ncols] += d;
	for (int64 k = p->row_start[i]; k < p->row_start[i + 1]; k++)
		w[p->col[k]] += d * p->val[k];
}

/* Train label's SVM into w[ncols + 1] (the bias last) */
static void
train_one(const SvmProblem *p, int label, double *w, double *alpha, double *qd, int *index)
{
	uint64		seed = UINT64CONST(0x636F6D70656E7361) + (uint64) label;	/* "compensa" */
	int			active = p->nrows;
	int			epoch;
	double		pg_max_old = get_float8_infinity();

	memset(w, 0, sizeof(double) * (p->ncols + 1));
	for (int i = 0; i < p->nrows; i++)
	{
		double		sq = 1.0;	/* the bias feature */

		for (int64 k = p->row_start[i]; k < p->row_start[i + 1]; k++)
			sq += p->val[k] * p->val[k];
		alpha[i] = 0;
		qd[i] = sq + 0.5 / p->cost[i];
		index[i] = i;
	}
	for (epoch = 0; epoch < LINEAR_MAX_EPOCHS; epoch++)
	{
		double		pg_max = -get_float8_infinity();
		double		pg_min = get_float8_infinity();

		CHECK_FOR_INTERRUPTS();
		shuffle(index, active, &seed);
		for (int s = 0; s < active; s++)
		{
			int			i = index[s];
			double		y = (p->label[i] == label) ? 1.0 : -1.0;
			double		g = y * row_dot(p, i, w) - 1.0 + alpha[i] * 0.5 / p->cost[i];
			double		pg = g;

			if ((s & 0xFFF) == 0xFFF)
				CHECK_FOR_INTERRUPTS();
			if (alpha[i] == 0)
			{
				if (g > pg_max_old)
				{
					/* at its bound and likely to stay: set aside */
					active--;
					index[s] = index[active];
					index[active] = i;
					s--;
					continue;
				}
				if (g > 0)
					pg = 0;
			}
			pg_max = Max(pg_max, pg);
			pg_min = Min(pg_min, pg);
			if (fabs(pg) > 1e-12)
			{
				double		old = alpha[i];

				alpha[i] = Max(old - g / qd[i], 0.0);
				row_add(p, i, (alpha[i] - old) * y, w);
			}
		}
		if (pg_max - pg_min <= LINEAR_TOLERANCE)
		{
			if (active == p->nrows)
				break;
			/* converged on the active rows: check them all once more */
			active = p->nrows;
			pg_max_old = get_float8_infinity();
			continue;
		}
		/* alpha has no upper bound (L2 loss): only the lower one shrinks */
		pg_max_old = pg_max > 0 ? pg_max : get_float8_infinity();
	}
	ereport(DEBUG1,
			(errmsg_internal("train_classifier: label %d of %d after %d passes (%s)", label + 1, p->nlabels,
							 epoch, epoch < LINEAR_MAX_EPOCHS ? "converged" : "at the pass limit")));
}

/*
 * Train every label against the rest: weights[col * nlabels + label] and
 * bias[label].  Memory: (ncols + 1) doubles and three arrays of nrows.
 */
void
svm_train_one_vs_rest(const SvmProblem *p, double *weights, double *bias)
{
	double	   *w = palloc_extended(sizeof(double) * ((Size) p->ncols + 1), MCXT_ALLOC_HUGE);
	double	   *alpha = palloc_extended(sizeof(double) * Max(p->nrows, 1), MCXT_ALLOC_HUGE);
	double	   *qd = palloc_extended(sizeof(double) * Max(p->nrows, 1), MCXT_ALLOC_HUGE);
	int		   *index = palloc_extended(sizeof(int) * Max(p->nrows, 1), MCXT_ALLOC_HUGE);

	for (int l = 0; l < p->nlabels; l++)
	{
		train_one(p, l, w, alpha, qd, index);
		for (int j = 0; j < p->ncols; j++)
			weights[(Size) j * p->nlabels + l] = w[j];
		bias[l] = w[p->ncols];
	}
	pfree(w);
	pfree(alpha);
	pfree(qd);
	pfree(index);
}
