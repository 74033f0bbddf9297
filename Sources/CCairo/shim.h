#ifndef HEDGE_REPORT_CCAIRO_SHIM_H
#define HEDGE_REPORT_CCAIRO_SHIM_H
#include <cairo/cairo.h>
#include <cairo/cairo-svg.h>
#endif
