#include "domain/error.h"

#include <QCoreApplication>

namespace planner {

QString Error::text() const
{
    if (field.isEmpty())
        return message;
    //: How an error names the field it is about: %1 the field, %2 the reason.
    return QCoreApplication::translate("planner::Error", "%1: %2").arg(field, message);
}

bool Error::refuse(Error *error, const QString &fieldKey, const QString &field, const QString &message)
{
    if (error) {
        error->fieldKey = fieldKey;
        error->field = field;
        error->message = message;
    }
    return false;
}

} // namespace planner
