#include "storage/serverpasswords.h"

#include <QHash>
#include <QMutex>

namespace planner {

namespace {

QMutex &passwordsMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> typed;
    return typed;
}

} // namespace

void ServerPasswords::set(const QString &address, const QString &password)
{
    QMutexLocker lock(&passwordsMutex());
    passwords().insert(address.trimmed(), password);
}

QString ServerPasswords::forAddress(const QString &address)
{
    QMutexLocker lock(&passwordsMutex());
    return passwords().value(address.trimmed());
}

void ServerPasswords::forget(const QString &address)
{
    QMutexLocker lock(&passwordsMutex());
    passwords().remove(address.trimmed());
}

} // namespace planner
