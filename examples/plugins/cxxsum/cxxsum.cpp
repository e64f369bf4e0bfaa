/*
 * cxxsum.cpp - the C++ example plugin: a sliding window of the last 64
 * integers pushed, kept by a small class template.  No heap, no exceptions,
 * no RTTI and no C++ standard library, so it links with both toolchains
 * (Debian ships no libc++ for wasm32-wasi).  The window lives in a
 * constant-initialised global: no constructor runs at start-up.
 * The `simd` variant (plugin.yml) lets clang vectorise window_sum's loop
 * into i32x4 additions.
 */

namespace {

template <typename T, unsigned N>
class Window {
public:
	constexpr Window() : items_{}, next_(0), count_(0) {}

	void push(T x)
	{
		items_[next_] = x;
		next_ = (next_ + 1) % N;
		if (count_ < N)
			count_++;
	}

	T sum() const
	{
		T s = 0;
		for (unsigned i = 0; i < N; i++)   /* unused slots are 0 */
			s += items_[i];
		return s;
	}

	unsigned count() const { return count_; }

private:
	T items_[N];
	unsigned next_, count_;
};

Window<int, 64> window;

} // namespace

extern "C" {

/* Push `x`; returns how many values the window holds (at most 64). */
unsigned cxxsum_push(int x)
{
	window.push(x);
	return window.count();
}

/* The sum of the values in the window. */
int cxxsum_total(void)
{
	return window.sum();
}

}
