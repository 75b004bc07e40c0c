// Code that a check with no upload of a kind never runs, kept out of the functions that do run:
// the page's module is split by the functions its first verdict calls (scripts/split_wasm.mjs),
// and whatever is inlined into a called function goes with it. [[gnu::noinline]] keeps the
// compiler from inlining; Binaryen (the wasm link step) still inlines a function into its only
// caller, whatever its size, so the call goes through a pointer read from memory, which it
// cannot follow. One indirect call per upload read: nothing measurable natively or in wasm.
#ifndef BEIAN_CORE_OUT_OF_LINE_H_
#define BEIAN_CORE_OUT_OF_LINE_H_

namespace beian {

// OutOfLine(&f)(args…) calls f through a pointer the optimisers cannot see through.
template <typename F>
F* OutOfLine(F* f) {
  F* volatile p = f;
  return p;
}

}  // namespace beian

#endif  // BEIAN_CORE_OUT_OF_LINE_H_
