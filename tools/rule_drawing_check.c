/* rule_drawing_check: do other ways of drawing a band give RuleFinder the same rules?
 *
 * RuleFinder (Sources/LukuCore/Input/RuleFinder.swift) draws a band of a page with cairo
 * through a clip of the band's pixel rows (± 48) and reads the rules from the pixel rows. A
 * cheaper drawing is only usable if it gives the same rules, and PageRules relies on a band
 * drawn alone giving the whole page's rules there. This tool checks both, outside Luku, with
 * the same constants (scale 2, runs of ≥ 100 pt of pixels darker than 200, bands ≤ 3 pt) and
 * the same band logic (RuleFinder.band: from the last row without runs above the band to the
 * first below it). It is a measuring tool, not part of the pipeline; build and run it with
 * tools/rule_drawing_check.sh.
 *
 *   rule_drawing_check band [--translate] FILE...
 *       For every page and six bands of it: every rule of the whole page's drawing whose middle
 *       lies in what the band's drawing covers must be among the band drawing's rules, exactly.
 *       --translate draws the band on a surface only as tall as the band (the page translated)
 *       instead of clipping a page-sized surface (what RuleFinder does).
 *   rule_drawing_check rows FILE...
 *       For every page and four bands: the ink runs of every pixel row of the band, drawn as
 *       RuleFinder does, against the same band drawn translated and drawn for printing
 *       (poppler_page_render_for_printing: no TextPage built, but no stroke adjustment).
 *   rule_drawing_check draw MODE FILE PAGE:FIRSTROW:ROWS...
 *       Draws the bands on one document kept open, as the pipeline does, for callgrind:
 *       MODE full (the bands), thin (60 rows at each band's top), empty (an empty clip),
 *       none (no drawing: the cost of opening the document and the pages).
 */
#define _DEFAULT_SOURCE /* realpath */
#include <poppler.h>
#include <cairo.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCALE 2.0
#define MIN_PIXELS 200 /* RuleFinder.minLength (100 pt) × scale */
#define MAX_THICK 6    /* RuleFinder.maxThickness (3 pt) × scale */
#define MARGIN 48      /* RuleFinder.bandMargin */
#define MAX_RUNS 64
#define SLOT (2 * MAX_RUNS + 1) /* a row's run count, then its runs as (start, end) pairs */

enum how { CLIPPED, TRANSLATED, PRINTING, NOTHING };

typedef struct { int y0, y1, x0, x1; } Rule;

static int ink(const unsigned char *p) {
    int m = p[0] < p[1] ? p[0] : p[1];
    return (m < p[2] ? m : p[2]) < 200;
}

/* RuleFinder.inkRuns: probe every MIN_PIXELS-th pixel, grow each hit to both sides. */
static int ink_runs(const unsigned char *row, int width, int *out) {
    int n = 0, scanned = 0;
    for (int x = MIN_PIXELS - 1; x < width; x += MIN_PIXELS) {
        if (x < scanned || !ink(row + 4 * x)) continue;
        int a = x, b = x + 1;
        while (a > scanned && ink(row + 4 * (a - 1))) a--;
        while (b < width && ink(row + 4 * b)) b++;
        if (b - a >= MIN_PIXELS && n < MAX_RUNS) { out[2 * n] = a; out[2 * n + 1] = b; n++; }
        scanned = b;
    }
    return n;
}

/* Draws rows [lo, hi) of page `index` and returns their runs (SLOT ints per row). */
static int *draw_rows(PopplerDocument *doc, int index, int lo, int hi, int wide, int high, enum how how) {
    PopplerPage *page = poppler_document_get_page(doc, index);
    int stride = cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, wide);
    int rows = hi - lo, first = how == TRANSLATED ? 0 : lo;
    unsigned char *data = malloc((size_t)stride * (how == TRANSLATED ? rows : high) + 1);
    memset(data + (size_t)first * stride, 0xFF, (size_t)stride * rows);
    cairo_surface_t *surface = cairo_image_surface_create_for_data(
        data, CAIRO_FORMAT_RGB24, wide, how == TRANSLATED ? rows : high, stride);
    cairo_t *cr = cairo_create(surface);
    if (how == TRANSLATED) {
        cairo_translate(cr, 0, -(double)lo);
    } else if (rows < high) {
        cairo_rectangle(cr, 0, lo, wide, rows);
        cairo_clip(cr);
    }
    cairo_scale(cr, SCALE, SCALE);
    if (how == PRINTING) poppler_page_render_for_printing(page, cr);
    else if (how != NOTHING) poppler_page_render(page, cr);
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    int *runs = malloc(sizeof(int) * SLOT * (rows > 0 ? rows : 1));
    for (int r = 0; r < rows; r++)
        runs[r * SLOT] = ink_runs(data + (size_t)(first + r) * stride, wide, runs + r * SLOT + 1);
    cairo_surface_destroy(surface);
    free(data);
    g_object_unref(page);
    return runs;
}

/* RuleFinder.merge: overlapping runs on adjacent rows make one band; thick bands are boxes. */
static int merge(const int *runs, int rows, int first_row, Rule *out, int cap) {
    Rule open[MAX_RUNS], next[MAX_RUNS];
    int n_open = 0, n_out = 0;
    for (int i = 0; i <= rows; i++) {
        int n = i < rows ? runs[i * SLOT] : 0, n_next = 0, used[MAX_RUNS] = {0};
        const int *r = runs + i * SLOT + 1;
        for (int k = 0; k < n; k++) {
            int a = r[2 * k], b = r[2 * k + 1], hit = -1;
            for (int j = 0; j < n_open && hit < 0; j++)
                if (!used[j] && open[j].x0 < b && a < open[j].x1) hit = j;
            if (hit >= 0) {
                used[hit] = 1;
                Rule o = open[hit];
                next[n_next++] = (Rule){o.y0, first_row + i + 1, o.x0 < a ? o.x0 : a, o.x1 > b ? o.x1 : b};
            } else {
                next[n_next++] = (Rule){first_row + i, first_row + i + 1, a, b};
            }
        }
        for (int j = 0; j < n_open; j++)
            if (!used[j] && open[j].y1 - open[j].y0 <= MAX_THICK && n_out < cap) out[n_out++] = open[j];
        memcpy(open, next, sizeof(Rule) * n_next);
        n_open = n_next;
    }
    return n_out;
}

static int page_size(PopplerDocument *doc, int index, int *wide, int *high, double *height) {
    PopplerPage *page = poppler_document_get_page(doc, index);
    if (!page) return 0;
    double w, h;
    poppler_page_get_size(page, &w, &h);
    g_object_unref(page);
    *wide = (int)ceil(w * SCALE);
    *high = (int)ceil(h * SCALE);
    *height = h;
    return *wide > 0 && *high > 0 && *wide < 20000 && *high < 20000;
}

static PopplerDocument *open_pdf(const char *path) {
    char *absolute = realpath(path, NULL); /* g_filename_to_uri takes absolute paths only */
    char *uri = absolute ? g_filename_to_uri(absolute, NULL, NULL) : NULL;
    free(absolute);
    PopplerDocument *doc = uri ? poppler_document_new_from_file(uri, NULL, NULL) : NULL;
    g_free(uri);
    return doc;
}

#define MAX_RULES 4096

static int unreadable = 0; /* files poppler could not open: the check did not run on them */

/* band mode: RuleFinder.band's drawing of six bands against the whole page's rules. */
static long check_bands(const char *path, enum how how, long *checked, long *whole_instead) {
    PopplerDocument *doc = open_pdf(path);
    if (!doc) { printf("%s: cannot open\n", path); unreadable++; return 0; }
    long bad = 0, file_checked = 0;
    static Rule whole[MAX_RULES], band[MAX_RULES];
    for (int p = 0; p < poppler_document_get_n_pages(doc); p++) {
        int wide, high;
        double h;
        if (!page_size(doc, p, &wide, &high, &h)) continue;
        int *all = draw_rows(doc, p, 0, high, wide, high, CLIPPED);
        int n_whole = merge(all, high, 0, whole, MAX_RULES);
        free(all);
        double bands[6][2] = {{h * .2, h * .6}, {h * .5 - 50, h * .5 + 60}, {h * .1, h * .9},
                              {h * .7, h * .95}, {h * .33, h * .37}, {h * .05, h * .5}};
        for (int b = 0; b < 6; b++) {
            int need_top = (int)floor(bands[b][0] * SCALE - 0.5), need_bottom = (int)ceil(bands[b][1] * SCALE - 0.5);
            int lo = need_top - MARGIN, hi = need_bottom + MARGIN + 1;
            lo = lo < 0 ? 0 : lo > high ? high : lo;
            hi = hi > high ? high : hi < lo ? lo : hi;
            int *runs = draw_rows(doc, p, lo, hi, wide, high, how);
#define RUNS_AT(y) runs[((y) - lo) * SLOT]
            int top = need_top < hi - 1 ? need_top : hi - 1;
            while (top >= lo && RUNS_AT(top)) top--;
            int bottom = need_bottom > lo ? need_bottom : lo;
            while (bottom < hi && RUNS_AT(bottom)) bottom++;
            if ((top < lo && lo > 0) || (bottom >= hi && hi < high)) { (*whole_instead)++; free(runs); continue; }
            int first = (top > lo - 1 ? top : lo - 1) + 1, last = bottom < hi ? bottom : hi;
            int n_band = first < last ? merge(runs + (first - lo) * SLOT, last - first, first, band, MAX_RULES) : 0;
            free(runs);
            double from = first == 0 ? -INFINITY : (first - 1 + 0.5) / SCALE;
            double to = last >= high ? INFINITY : (last + 0.5) / SCALE;
            for (int i = 0; i < n_whole; i++) {
                double middle = (whole[i].y0 + whole[i].y1) / 2.0 / SCALE;
                if (middle < from || middle > to) continue;
                file_checked++;
                int found = 0;
                for (int j = 0; j < n_band && !found; j++) found = !memcmp(&band[j], &whole[i], sizeof(Rule));
                if (found) continue;
                if (++bad <= 5) {
                    printf("  differs: %s p%d band %d: whole page's rule rows %d-%d x %d-%d;", path, p + 1, b,
                           whole[i].y0, whole[i].y1, whole[i].x0, whole[i].x1);
                    for (int j = 0; j < n_band; j++)
                        if (band[j].y0 < whole[i].y1 && whole[i].y0 < band[j].y1)
                            printf(" band's rows %d-%d x %d-%d", band[j].y0, band[j].y1, band[j].x0, band[j].x1);
                    printf("\n");
                }
            }
        }
    }
    g_object_unref(doc);
    printf("%s: %ld rules checked, %ld differ\n", path, file_checked, bad);
    *checked += file_checked;
    return bad;
}

/* rows mode: the ink runs of each row, drawn as RuleFinder does, translated, for printing. */
static void compare_rows(const char *path, long differing[3]) {
    PopplerDocument *doc = open_pdf(path);
    if (!doc) { printf("%s: cannot open\n", path); unreadable++; return; }
    long file[3] = {0, 0, 0};
    for (int p = 0; p < poppler_document_get_n_pages(doc); p++) {
        int wide, high;
        double h;
        if (!page_size(doc, p, &wide, &high, &h)) continue;
        int bands[4][2] = {{0, high}, {high / 5, high * 3 / 5}, {high / 2 - 97, high / 2 + 131}, {high * 2 / 3 + 7, high - 3}};
        for (int b = 0; b < 4; b++) {
            int lo = bands[b][0] < 0 ? 0 : bands[b][0], hi = bands[b][1] > high ? high : bands[b][1];
            if (hi <= lo) continue;
            int *main_rows = draw_rows(doc, p, lo, hi, wide, high, CLIPPED);
            for (enum how how = TRANSLATED; how <= PRINTING; how++) {
                int *other = draw_rows(doc, p, lo, hi, wide, high, how);
                for (int r = 0; r < hi - lo; r++) {
                    int *a = main_rows + r * SLOT, *x = other + r * SLOT;
                    if (a[0] != x[0] || memcmp(a + 1, x + 1, sizeof(int) * 2 * a[0])) file[how]++;
                }
                free(other);
            }
            free(main_rows);
        }
    }
    g_object_unref(doc);
    printf("%s: rows differing: translated %ld, for printing %ld\n", path, file[TRANSLATED], file[PRINTING]);
    differing[TRANSLATED] += file[TRANSLATED];
    differing[PRINTING] += file[PRINTING];
}

int main(int argc, char **argv) {
    if (argc >= 3 && !strcmp(argv[1], "band")) {
        int translate = !strcmp(argv[2], "--translate");
        long bad = 0, checked = 0, whole_instead = 0;
        for (int i = 2 + translate; i < argc; i++)
            bad += check_bands(argv[i], translate ? TRANSLATED : CLIPPED, &checked, &whole_instead);
        printf("total: %ld rules checked, %ld differ (%ld bands left to the whole page), %d files unreadable\n",
               checked, bad, whole_instead, unreadable);
        return bad != 0 || unreadable;
    }
    if (argc >= 3 && !strcmp(argv[1], "rows")) {
        long differing[3] = {0, 0, 0};
        for (int i = 2; i < argc; i++) compare_rows(argv[i], differing);
        printf("total rows differing: translated %ld, for printing %ld; %d files unreadable\n",
               differing[TRANSLATED], differing[PRINTING], unreadable);
        return differing[TRANSLATED] || differing[PRINTING] || unreadable;
    }
    if (argc >= 4 && !strcmp(argv[1], "draw")) {
        PopplerDocument *doc = open_pdf(argv[3]);
        if (!doc) return 2;
        for (int i = 4; i < argc; i++) {
            int page, lo, rows, wide, high;
            double h;
            if (sscanf(argv[i], "%d:%d:%d", &page, &lo, &rows) != 3 || !page_size(doc, page - 1, &wide, &high, &h)) return 2;
            if (!strcmp(argv[2], "thin")) rows = rows < 60 ? rows : 60;
            if (!strcmp(argv[2], "empty")) rows = 0;
            int hi = lo + rows > high ? high : lo + rows;
            free(draw_rows(doc, page - 1, lo, hi, wide, high, strcmp(argv[2], "none") ? CLIPPED : NOTHING));
        }
        g_object_unref(doc);
        return 0;
    }
    fprintf(stderr, "usage: rule_drawing_check band [--translate] FILE... | rows FILE... | draw full|thin|empty|none FILE PAGE:ROW:ROWS...\n");
    return 2;
}
