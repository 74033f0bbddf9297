#ifndef HEDGE_REPORT_LATTICE_KERNEL_H
#define HEDGE_REPORT_LATTICE_KERNEL_H

#include <stdbool.h>

// The premium-and-Δ grid's readings, four spots an instruction.
#include "GridReadingKernel.h"

/// Whether this processor and its operating system run 256-bit AVX instructions, which
/// hedge_lattice_step_back_wide uses. Always false off x86-64.
bool hedge_lattice_has_wide_vectors(void);

/// The whole blocks of four of one level of a binomial lattice's backward induction, in place:
/// v[j] = a·v[j+1] + b·v[j] for j < 4·⌊count/4⌋, then, when `exercise` is not null, the larger
/// of that and exercise[j] (exercise[j] where the continuation is less). Each lane multiplies
/// and adds exactly as Pricing's SIMD4 loop does, without fused multiply-adds, so the values
/// are the same to the last bit. Returns the number of nodes done; the caller does the rest.
/// Call only when hedge_lattice_has_wide_vectors() is true.
long hedge_lattice_step_back_wide(double *v, long count, double a, double b, const double *exercise);

#endif
