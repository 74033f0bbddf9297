#ifndef HEDGE_REPORT_GRID_READING_KERNEL_H
#define HEDGE_REPORT_GRID_READING_KERNEL_H

/// One spot table of a premium-and-Δ grid in its flat storage (Pricing's ValuationGrid.Table):
/// at ln S = lower_log_spot + k·log_step, k = 0 … count − 1, the premium from storage[price],
/// Δ from storage[delta] (delta < 0: the table holds no Δ, read as 0).
typedef struct {
    double lower_log_spot;
    double log_step;
    long count;
    long price;
    long delta;
} hedge_grid_table;

/// The premium and Δ of a grid's one volatility node at log_spots[0 …], four spots an AVX
/// instruction: each lane the cubic Lagrange interpolation of tables[0], the node's own table
/// (averaged with tables[1]'s, its companion, when table_count is 2), times `weight`, exactly the operations of Pricing's
/// scalar reading in their order, each rounded alone (no fused multiply-adds), so the same bits.
/// Writes prices[i] and deltas[i] for whole blocks of four spots that all lie on the tables,
/// stopping before the first block with a spot off a table or fewer than four spots left;
/// returns the number of spots written. Call only when hedge_lattice_has_wide_vectors() is true
/// (returns 0 off x86-64).
long hedge_grid_read_wide(
    const double *log_spots, long count, const double *storage,
    const hedge_grid_table *tables, long table_count, double weight,
    double *prices, double *deltas
);

#endif
