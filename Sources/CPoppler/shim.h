#ifndef LUKU_CPOPPLER_SHIM_H
#define LUKU_CPOPPLER_SHIM_H
#include <poppler.h>
#include <glib.h>
#include <cairo.h>
#endif
