#include "console.h"

#include "domain/error.h"

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace planner {

Console::Console()
    : m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

Console::~Console()
{
    if (m_outFile.isOpen())
        m_outFile.flush();
    m_out.flush();
    m_err.flush();
}

QString Console::programName()
{
    return QStringLiteral("campaign-planner-cli");
}

QIODevice &Console::outDevice()
{
    m_out.flush();
    // Unbuffered: bytes go straight to the same stdio stream as out(), so whatever is
    // written next through out() follows them (the CSV writer buffers on its own).
    if (!m_outFile.isOpen())
        m_outFile.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered,
                       QFileDevice::DontCloseHandle);
    return m_outFile;
}

void Console::error(const QString &message)
{
    m_out.flush(); // keep results and the message in the order they happened
    m_err << programName() << QLatin1String(": ") << message << QLatin1Char('\n');
    m_err.flush();
}

void Console::note(const QString &text)
{
    m_err << text;
    m_err.flush();
}

bool Console::printId(const std::optional<qint64> &id, const Error &error)
{
    if (!id) {
        this->error(error.text());
        return false;
    }
    m_out << *id << QLatin1Char('\n');
    return true;
}

bool Console::errorIsTerminal() const
{
#ifdef Q_OS_WIN
    return ::_isatty(::_fileno(stderr)) != 0;
#else
    return ::isatty(STDERR_FILENO) == 1;
#endif
}

} // namespace planner
