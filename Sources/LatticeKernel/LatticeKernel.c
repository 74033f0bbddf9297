#include "LatticeKernel.h"

// Products and sums stay separate operations, rounded each, as in Swift, which never fuses
// them: a fused multiply-add would change the last bit of the lattice's values.
#pragma STDC FP_CONTRACT OFF

#if defined(__x86_64__)
#include <immintrin.h>

bool hedge_lattice_has_wide_vectors(void) {
    // Checks the processor's AVX flag and that the operating system saves the 256-bit registers.
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx");
}

// Four nodes per instruction instead of SSE2's two: the rollback's loop is bound by its
// multiplications, additions and maxima, which this halves.
__attribute__((target("avx")))
long hedge_lattice_step_back_wide(double *v, long count, double a, double b, const double *exercise) {
    const __m256d up = _mm256_set1_pd(a), down = _mm256_set1_pd(b);
    long j = 0;
    if (exercise) {
        for (; j + 4 <= count; j += 4) {
            __m256d low = _mm256_loadu_pd(v + j), high = _mm256_loadu_pd(v + j + 1);
            __m256d continuation = _mm256_add_pd(_mm256_mul_pd(up, high), _mm256_mul_pd(down, low));
            // max(x, y) is x > y ? x : y, lane by lane: the exercise value where it is greater.
            _mm256_storeu_pd(v + j, _mm256_max_pd(_mm256_loadu_pd(exercise + j), continuation));
        }
    } else {
        for (; j + 4 <= count; j += 4) {
            __m256d low = _mm256_loadu_pd(v + j), high = _mm256_loadu_pd(v + j + 1);
            _mm256_storeu_pd(v + j, _mm256_add_pd(_mm256_mul_pd(up, high), _mm256_mul_pd(down, low)));
        }
    }
    return j;
}

#else

bool hedge_lattice_has_wide_vectors(void) { return false; }

long hedge_lattice_step_back_wide(double *v, long count, double a, double b, const double *exercise) {
    (void)v; (void)count; (void)a; (void)b; (void)exercise;
    return 0;
}

#endif
