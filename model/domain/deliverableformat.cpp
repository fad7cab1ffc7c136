#include "domain/deliverableformat.h"

#include "domain/enumkeys.h"

namespace planner {

const QList<DeliverableFormat> &allDeliverableFormats()
{
    static const QList<DeliverableFormat> values{DeliverableFormat::Post, DeliverableFormat::Story, DeliverableFormat::Video, DeliverableFormat::Live, DeliverableFormat::Appearance};
    return values;
}

QString deliverableFormatKey(DeliverableFormat value)
{
    switch (value) {
    case DeliverableFormat::Post: return QStringLiteral("post");
    case DeliverableFormat::Story: return QStringLiteral("story");
    case DeliverableFormat::Video: return QStringLiteral("video");
    case DeliverableFormat::Live: return QStringLiteral("live");
    case DeliverableFormat::Appearance: return QStringLiteral("appearance");
    }
    return {};
}

std::optional<DeliverableFormat> deliverableFormatFromKey(const QString &key)
{
    return enumFromKey(allDeliverableFormats(), &deliverableFormatKey, key);
}

QStringList allDeliverableFormatKeys()
{
    return enumKeys(allDeliverableFormats(), &deliverableFormatKey);
}

} // namespace planner
