// Umbrella header over Debian's LAPACKE (liblapacke-dev) and OpenBLAS's CBLAS
// (libopenblas-dev). Only the LinearAlgebra target imports this module.
#ifndef KPIKIT_CLAPACK_SHIM_H
#define KPIKIT_CLAPACK_SHIM_H
#define LAPACK_COMPLEX_STRUCTURE
#define HAVE_LAPACK_CONFIG_H
#define FORCE_OPENBLAS_COMPLEX_STRUCT
#include <lapacke.h>
#include <cblas.h>
// OpenBLAS run-time thread control (declared in OpenBLAS's cblas.h on Debian).
#endif
