#include "GridReadingKernel.h"

// Products and sums stay separate operations, rounded each, as in Swift, which never fuses
// them: a fused multiply-add would change the last bit of a reading.
#pragma STDC FP_CONTRACT OFF

#if defined(__x86_64__)
#include <immintrin.h>
#include <limits.h>

// The four points from each lane's base, transposed: column j holds lane i's storage[base_i + j].
__attribute__((target("avx"), always_inline))
static inline void gather_points(const double *from, const long base[4], __m256d column[4]) {
    __m256d r0 = _mm256_loadu_pd(from + base[0]), r1 = _mm256_loadu_pd(from + base[1]);
    __m256d r2 = _mm256_loadu_pd(from + base[2]), r3 = _mm256_loadu_pd(from + base[3]);
    __m256d low01 = _mm256_unpacklo_pd(r0, r1), high01 = _mm256_unpackhi_pd(r0, r1);
    __m256d low23 = _mm256_unpacklo_pd(r2, r3), high23 = _mm256_unpackhi_pd(r2, r3);
    column[0] = _mm256_permute2f128_pd(low01, low23, 0x20);
    column[1] = _mm256_permute2f128_pd(high01, high23, 0x20);
    column[2] = _mm256_permute2f128_pd(low01, low23, 0x31);
    column[3] = _mm256_permute2f128_pd(high01, high23, 0x31);
}

// Swift's w0·p0 + w1·p1 + w2·p2 + w3·p3, summed left to right.
__attribute__((target("avx"), always_inline))
static inline __m256d blend(const double *storage, long offset, const long base[4], const __m256d w[4]) {
    if (offset < 0) return _mm256_setzero_pd();
    __m256d p[4];
    gather_points(storage + offset, base, p);
    __m256d sum = _mm256_add_pd(_mm256_mul_pd(w[0], p[0]), _mm256_mul_pd(w[1], p[1]));
    sum = _mm256_add_pd(sum, _mm256_mul_pd(w[2], p[2]));
    return _mm256_add_pd(sum, _mm256_mul_pd(w[3], p[3]));
}

// One table at four log spots (ValuationGrid.Table.cubic(atLogSpot:) and Cubic.blend): false
// when a spot lies off the table.
__attribute__((target("avx"), always_inline))
static inline int read_table(
    const hedge_grid_table *table, __m256d log_spot, const double *storage, __m256d *price, __m256d *delta
) {
    const long last = table->count - 1;
    __m256d position = _mm256_div_pd(
        _mm256_sub_pd(log_spot, _mm256_set1_pd(table->lower_log_spot)), _mm256_set1_pd(table->log_step)
    );
    // Ordered comparisons: a NaN position is off the table, as in Swift.
    __m256d inside = _mm256_and_pd(
        _mm256_cmp_pd(position, _mm256_setzero_pd(), _CMP_GE_OQ),
        _mm256_cmp_pd(position, _mm256_set1_pd((double)last), _CMP_LE_OQ)
    );
    if (_mm256_movemask_pd(inside) != 0xF) return 0;
    // Swift's Int(position) truncates toward zero, as the conversion does; positions lie in [0, last].
    __m128i index = _mm_sub_epi32(_mm256_cvttpd_epi32(position), _mm_set1_epi32(1));
    index = _mm_min_epi32(_mm_max_epi32(index, _mm_setzero_si128()), _mm_set1_epi32((int)(last - 3)));
    const long base[4] = {
        _mm_extract_epi32(index, 0), _mm_extract_epi32(index, 1), _mm_extract_epi32(index, 2), _mm_extract_epi32(index, 3),
    };
    const __m256d one = _mm256_set1_pd(1), two = _mm256_set1_pd(2), six = _mm256_set1_pd(6), half = _mm256_set1_pd(0.5);
    __m256d t = _mm256_sub_pd(_mm256_sub_pd(position, _mm256_cvtepi32_pd(index)), one);
    __m256d minus_t = _mm256_xor_pd(t, _mm256_set1_pd(-0.0));
    __m256d t_plus = _mm256_add_pd(t, one), t_minus = _mm256_sub_pd(t, one), t_minus_two = _mm256_sub_pd(t, two);
    __m256d minus_t_plus = _mm256_xor_pd(t_plus, _mm256_set1_pd(-0.0));
    // −t(t − 1)(t − 2)/6, (t + 1)(t − 1)(t − 2)/2, −(t + 1)t(t − 2)/2, (t + 1)t(t − 1)/6; x/2 is x·0.5 exactly.
    __m256d w[4] = {
        _mm256_div_pd(_mm256_mul_pd(_mm256_mul_pd(minus_t, t_minus), t_minus_two), six),
        _mm256_mul_pd(_mm256_mul_pd(_mm256_mul_pd(t_plus, t_minus), t_minus_two), half),
        _mm256_mul_pd(_mm256_mul_pd(_mm256_mul_pd(minus_t_plus, t), t_minus_two), half),
        _mm256_div_pd(_mm256_mul_pd(_mm256_mul_pd(t_plus, t), t_minus), six),
    };
    *price = blend(storage, table->price, base, w);
    *delta = blend(storage, table->delta, base, w);
    return 1;
}

__attribute__((target("avx")))
long hedge_grid_read_wide(
    const double *log_spots, long count, const double *storage,
    const hedge_grid_table *tables, long table_count, double weight,
    double *prices, double *deltas
) {
    const hedge_grid_table *own = tables, *companion = table_count > 1 ? tables + 1 : 0;
    // Four points for a cubic; positions in 32-bit integers.
    for (long k = 0; k < table_count; k++) {
        if (tables[k].count - 1 < 3 || tables[k].count > INT_MAX) return 0;
    }
    const __m256d node_weight = _mm256_set1_pd(weight), half = _mm256_set1_pd(0.5), zero = _mm256_setzero_pd();
    long i = 0;
    for (; i + 4 <= count; i += 4) {
        __m256d log_spot = _mm256_loadu_pd(log_spots + i), price, delta;
        if (!read_table(own, log_spot, storage, &price, &delta)) break;
        if (companion) {
            __m256d other_price, other_delta;
            if (!read_table(companion, log_spot, storage, &other_price, &other_delta)) break;
            price = _mm256_mul_pd(_mm256_add_pd(price, other_price), half);
            delta = _mm256_mul_pd(_mm256_add_pd(delta, other_delta), half);
        }
        // The grid's sum over its one volatility node: 0 + weight · value.
        _mm256_storeu_pd(prices + i, _mm256_add_pd(zero, _mm256_mul_pd(node_weight, price)));
        _mm256_storeu_pd(deltas + i, _mm256_add_pd(zero, _mm256_mul_pd(node_weight, delta)));
    }
    return i;
}

#else

long hedge_grid_read_wide(
    const double *log_spots, long count, const double *storage,
    const hedge_grid_table *tables, long table_count, double weight,
    double *prices, double *deltas
) {
    (void)log_spots; (void)count; (void)storage; (void)tables; (void)table_count; (void)weight; (void)prices; (void)deltas;
    return 0;
}

#endif
