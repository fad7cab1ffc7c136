#pragma once

#include <QString>

namespace planner {

// What went wrong, said for the user: which field (if any) and why, already translated.
struct Error
{
    QString field;   // translated name of the field at fault, empty when none
    QString message; // translated reason
    QString fieldKey;      // stable key of the field ("followers"), for focusing or CLI options
    int channelIndex = -1; // which channel of a candidate, when the field belongs to one

    bool isEmpty() const { return message.isEmpty(); }
    // "Field: message" when a field is named, else the message alone.
    QString text() const;

    // A check's refusal of one field: fills *error, when there is one, with the field's key,
    // its translated name and the reason, and returns false (`return Error::refuse(...)`).
    static bool refuse(Error *error, const QString &fieldKey, const QString &field,
                       const QString &message);
};

} // namespace planner
