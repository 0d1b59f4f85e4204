// The only C in dockledger. SwiftPM drops pkg-config's -D flags, so the wide-character API
// (get_wch, mvaddnwstr) must be switched on here, before curses.h.
#ifndef DOCKLEDGER_SHIM_H
#define DOCKLEDGER_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <curses.h>

// Swift 6 rejects C globals and cannot import function-like macros: accessors instead.
static inline WINDOW *dl_stdscr(void) { return stdscr; }
static inline int dl_lines(void) { return LINES; }
static inline int dl_cols(void) { return COLS; }
static inline int dl_colors(void) { return COLORS; }
static inline attr_t dl_a_bold(void) { return A_BOLD; }
static inline attr_t dl_a_reverse(void) { return A_REVERSE; }
static inline attr_t dl_a_dim(void) { return A_DIM; }
static inline attr_t dl_a_underline(void) { return A_UNDERLINE; }
static inline attr_t dl_color_pair(int n) { return COLOR_PAIR(n); }
static inline int dl_key_f(int n) { return KEY_F(n); }
// The mouse events the dashboard asks for (left press, wheel up and down), and their bits.
static inline mmask_t dl_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t dl_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t dl_wheel_down(void) { return BUTTON5_PRESSED; }
static inline void dl_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }
#endif
