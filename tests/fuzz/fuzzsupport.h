#pragma once

// Shared by the libFuzzer targets: a QCoreApplication for the code that wants one, and a
// check that stops the run with a readable message when an invariant does not hold (libFuzzer
// then saves the input as crash-*).

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <cstdio>
#include <cstdlib>

namespace planner::fuzz {

inline void initApplication()
{
    static int argc = 1;
    static char name[] = "planner-fuzzer";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

[[noreturn]] inline void fail(const char *file, int line, const char *condition, const QString &detail)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n  %s\n", file, line, condition,
                 detail.toUtf8().constData());
    std::abort();
}

// Escapes text so that a failure message shows control characters and quotes.
inline QString shown(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c.isSurrogate())
            out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace planner::fuzz

#define FUZZ_CHECK(condition, detail)                                                          \
    do {                                                                                        \
        if (!(condition))                                                                       \
            ::planner::fuzz::fail(__FILE__, __LINE__, #condition, (detail));                    \
    } while (false)
