#pragma once

#include "domain/channel.h"
#include "domain/error.h"

#include <QWidget>
#include <optional>

class QTableWidget;
class QPushButton;

namespace planner {

// Edits the channels of one candidate as a table: platform, handle and figures per row.
class ChannelTableEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        PlatformColumn, HandleColumn, FollowersColumn, EngagementColumn, AvgViewsColumn,
        FeeColumn, CurrencyColumn, AuthenticityColumn, LanguagesColumn, ColumnCount
    };

    explicit ChannelTableEditor(QWidget *parent = nullptr);

    void setChannels(const QList<Channel> &channels);
    // The currencies each row lists (CurrencyDefaults::ordered) and the one a new row, or a
    // row without a fee, starts on.
    void setCurrencies(const QStringList &currencies, const QString &defaultCurrency);
    QString defaultCurrency() const { return m_defaultCurrency; }
    // The channels as typed, or an error naming the cell that is not a number.
    QList<Channel> channels(Error *error) const;
    void focusCell(int row, const QString &fieldKey);

    QTableWidget *table() const { return m_table; }
    void addChannel();
    void removeSelectedChannel();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QStringList m_currencies;
    QString m_defaultCurrency;
    void retranslateUi();
    void appendRow(const Channel &channel);
    // Fits the columns of cell widgets (platform box, language picker) to their widest one.
    void fitWidgetColumns();
    void fitWidgetColumn(int column);
    QString text(int row, int column) const;

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace planner
