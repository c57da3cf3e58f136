#ifndef LUKU_CPOPPLER_SHIM_H
#define LUKU_CPOPPLER_SHIM_H
#include <poppler.h>
#include <glib.h>
#include <cairo.h>
/* malloc_trim: FreedMemory gives the allocator's free pages back between stages (glibc only). */
#if defined(__linux__)
#include <malloc.h>
#endif
#endif
