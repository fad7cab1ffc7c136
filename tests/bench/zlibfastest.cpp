// A diagnostic for export_bench, not part of any program: preloaded (LD_PRELOAD), it makes
// every zlib deflate stream of the process use level 1, zlib's fastest, whatever level its
// caller asked for. libxlsxwriter 1.1.4 (through minizip) deflates at zlib's default level
// and has no setting for it; with this the benchmark shows how much of its time that level
// costs. The program's own writer asks for level 1 already.
#include <dlfcn.h>
#include <zlib.h>

using DeflateInit2 = int (*)(z_streamp, int, int, int, int, int, const char *, int);

extern "C" int deflateInit2_(z_streamp stream, int /*level*/, int method, int windowBits, int memLevel,
                  int strategy, const char *version, int streamSize)
{
    static const auto next = reinterpret_cast<DeflateInit2>(dlsym(RTLD_NEXT, "deflateInit2_"));
    return next(stream, 1, method, windowBits, memLevel, strategy, version, streamSize);
}
