#pragma once

// What the candidate table's tests share: the item model tester's log, a default locale for
// one test, synthetic candidates, and a fixture that checks the order of the rows.
#include "modeltestsupport.h"

#include "itemmodels/candidatetablemodel.h"
#include "demo/syntheticcandidates.h"
#include "storage/candidaterowcursor.h"

#include <QAbstractItemModelTester>
#include <QLocale>

namespace planner::test {

// Collects what QAbstractItemModelTester reports in Warning mode, so that a broken model
// fails the gtest with the tester's own words instead of aborting the whole run.
class ModelTesterLog
{
public:
    ModelTesterLog()
    {
        s_current = this;
        m_previous = qInstallMessageHandler(&ModelTesterLog::handle);
    }
    ~ModelTesterLog()
    {
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    ModelTesterLog(const ModelTesterLog &) = delete;
    ModelTesterLog &operator=(const ModelTesterLog &) = delete;

    const QStringList &failures() const { return m_failures; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        const bool fromTester = (context.category && qstrcmp(context.category, "qt.modeltest") == 0)
            || message.startsWith(QLatin1String("FAIL!"));
        if (s_current && fromTester && type != QtDebugMsg && type != QtInfoMsg)
            s_current->m_failures << message;
        else if (s_current && s_current->m_previous)
            s_current->m_previous(type, context, message);
    }

    static inline ModelTesterLog *s_current = nullptr;
    QtMessageHandler m_previous = nullptr;
    QStringList m_failures;
};

// Sets the default locale for one test and puts the previous one back, even on failure.
class DefaultLocale
{
public:
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_previous); }

private:
    QLocale m_previous;
};

// Adds count synthetic candidates in one batch.
inline void addSynthetic(CandidateStore &store, int count)
{
    SyntheticCandidates synthetic;
    int left = count;
    Error error;
    const auto added = store.addMany(
        [&](Candidate &candidate) {
            if (left-- <= 0)
                return false;
            candidate = synthetic.next();
            return true;
        },
        &error);
    ASSERT_TRUE(added) << error.text().toStdString();
    ASSERT_EQ(*added, count);
}

// The channel ids a cursor lists, in its order.
inline QList<qint64> channelIds(CandidateRowCursor &cursor)
{
    QList<qint64> ids;
    while (!cursor.atEnd()) {
        for (const CandidateRow &row : cursor.fetch(100))
            ids << row.channel.id;
    }
    EXPECT_FALSE(cursor.failed()) << cursor.error().text().toStdString();
    return ids;
}

// SQL puts NULL before every value; an empty QVariant stands for it.
inline bool sortsBefore(const QVariant &a, const QVariant &b)
{
    if (!a.isValid() || !b.isValid())
        return !a.isValid() && b.isValid();
    if (a.typeId() == QMetaType::QString)
        return a.toString() < b.toString();
    return a.toDouble() < b.toDouble();
}

class CandidateTableModelFixture : public StoreTest
{
protected:
    void fetchAll(CandidateTableModel &model)
    {
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
    }

    qint64 channelCount() const { return count(QStringLiteral("channels")); }

    // The rows are in the order the column sorts by: SortValueRole never goes back.
    void expectOrdered(const CandidateTableModel &model, int column, Qt::SortOrder order)
    {
        for (int row = 1; row < model.rowCount(); ++row) {
            const QVariant previous = model.index(row - 1, column).data(CandidateTableModel::SortValueRole);
            const QVariant current = model.index(row, column).data(CandidateTableModel::SortValueRole);
            const bool backwards = order == Qt::AscendingOrder ? sortsBefore(current, previous)
                                                               : sortsBefore(previous, current);
            ASSERT_FALSE(backwards) << "column " << column << ", row " << row << ": "
                                    << previous.toString().toStdString() << " then "
                                    << current.toString().toStdString();
        }
    }
};

} // namespace planner::test
