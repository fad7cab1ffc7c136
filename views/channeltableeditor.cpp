#include "channeltableeditor.h"

#include "amountdelegate.h"
#include "currencydefaults.h"
#include "languagepicker.h"

#include "storage/candidatevalidator.h"
#include "text/displaynames.h"
#include "text/localformat.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace planner {

namespace {

const char *const fieldKeys[] = {"platform", "handle", "followers", "engagement_rate",
                                 "avg_views", "fee", "currency", "authenticity", "languages"};

// A handle shown as its own run of text: "@aisyah.glow" keeps its @ in front in a
// right-to-left table; what is typed and stored stays as typed.
class IsolatedTextDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        return LocalFormat::isolated(QStyledItemDelegate::displayText(value, locale));
    }
};

QString numberText(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

ChannelTableEditor::ChannelTableEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The platform's box is sized by hand: fitted to contents, the column was the box's
    // width and the grid line took the pixel that "Instagram" needed.
    m_table->horizontalHeader()->setSectionResizeMode(PlatformColumn, QHeaderView::Fixed);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(HandleColumn, new IsolatedTextDelegate(m_table));
    m_table->setItemDelegateForColumn(FeeColumn, new AmountDelegate(m_table));
    setCurrencies({}, CurrencyDefaults::forLanguage(QLocale()));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ChannelTableEditor::addChannel);
    connect(m_remove, &QPushButton::clicked, this, &ChannelTableEditor::removeSelectedChannel);
    retranslateUi();
}

void ChannelTableEditor::appendRow(const Channel &channel)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *platform = new QComboBox(m_table);
    for (Platform p : allPlatforms())
        platform->addItem(DisplayNames::platform(p), platformKey(p));
    platform->setCurrentIndex(platform->findData(platformKey(channel.platform)));
    platform->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fitWidgetColumns();
    m_table->setCellWidget(row, PlatformColumn, platform);

    auto *currency = new QComboBox(m_table);
    currency->setEditable(true);
    currency->addItems(m_currencies);
    currency->setCurrentText(channel.fee ? channel.fee->currency() : m_defaultCurrency);
    m_table->setCellWidget(row, CurrencyColumn, currency);

    auto *languages = new LanguagePicker(m_table);
    languages->setCodes(channel.languages);
    languages->setEmptyText(tr("Unknown"));
    m_table->setCellWidget(row, LanguagesColumn, languages);

    const auto setText = [&](int column, const QString &value) {
        auto *item = new QTableWidgetItem(value);
        if (column != HandleColumn)
            item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    };
    setText(HandleColumn, channel.handle);
    setText(FollowersColumn, channel.followers ? numberText(double(*channel.followers), 0) : QString());
    setText(EngagementColumn, channel.engagementRatePct ? numberText(*channel.engagementRatePct, 2) : QString());
    setText(AvgViewsColumn, channel.avgViews ? numberText(double(*channel.avgViews), 0) : QString());
    setText(FeeColumn, channel.fee ? LocalFormat::editableAmount(*channel.fee) : QString());
    setText(AuthenticityColumn, channel.authenticityPct ? numberText(*channel.authenticityPct, 1) : QString());
}

void ChannelTableEditor::setCurrencies(const QStringList &currencies, const QString &defaultCurrency)
{
    m_currencies = CurrencyDefaults::ordered(currencies);
    m_defaultCurrency = defaultCurrency;
    // Rows already there list the same; a row without a fee moves to the new default.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *currency = qobject_cast<QComboBox *>(m_table->cellWidget(row, CurrencyColumn));
        if (!currency)
            continue;
        const QString chosen = text(row, FeeColumn).isEmpty() ? m_defaultCurrency : currency->currentText();
        currency->clear();
        currency->addItems(m_currencies);
        currency->setCurrentText(chosen);
    }
}

void ChannelTableEditor::fitWidgetColumns()
{
    fitWidgetColumn(PlatformColumn);
    fitWidgetColumn(LanguagesColumn);
}

void ChannelTableEditor::fitWidgetColumn(int column)
{
    int width = m_table->horizontalHeader()->sectionSizeHint(column);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QWidget *box = m_table->cellWidget(row, column))
            width = std::max(width, box->sizeHint().width());
    }
    // Room besides the widest box: its hint can fall a pixel short of its text once polished
    // in another language, and the table gives the boxes the column's width only when it
    // next lays them out, so each box is made that wide at once (seen in the layout test).
    width += 8;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QWidget *box = m_table->cellWidget(row, column))
            box->setMinimumWidth(width - 1); // the grid line takes a pixel of the column
    }
    // (The last column stretches over the room left, never below this.)
    m_table->setColumnWidth(column, width);
}

void ChannelTableEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitWidgetColumns(); // the boxes' final font is known once shown
}

void ChannelTableEditor::setChannels(const QList<Channel> &channels)
{
    m_table->setRowCount(0);
    for (const Channel &channel : channels)
        appendRow(channel);
}

void ChannelTableEditor::addChannel()
{
    appendRow(Channel());
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, HandleColumn);
    m_table->editItem(m_table->item(row, HandleColumn));
}

void ChannelTableEditor::removeSelectedChannel()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        m_table->removeRow(row);
}

QString ChannelTableEditor::text(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QList<Channel> ChannelTableEditor::channels(Error *error) const
{
    QList<Channel> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Channel channel;
        const auto *platform = qobject_cast<QComboBox *>(m_table->cellWidget(row, PlatformColumn));
        const auto *currency = qobject_cast<QComboBox *>(m_table->cellWidget(row, CurrencyColumn));
        channel.platform = platformFromKey(platform->currentData().toString()).value_or(Platform::Instagram);
        channel.handle = text(row, HandleColumn);
        if (const auto *languages = qobject_cast<LanguagePicker *>(m_table->cellWidget(row, LanguagesColumn)))
            channel.languages = languages->codes();
        // Each figure is optional (an empty follower count is unknown, never 0); a typed
        // figure must be a number.
        for (int column : {FollowersColumn, EngagementColumn, AvgViewsColumn, FeeColumn, AuthenticityColumn}) {
            const QString typed = text(row, column);
            if (typed.isEmpty())
                continue;
            const std::optional<double> value = LocalFormat::parseNumber(typed);
            if (!value) {
                if (error) {
                    error->fieldKey = QString::fromLatin1(fieldKeys[column]);
                    error->channelIndex = row;
                    error->field = tr("%1 (channel %2)")
                                       .arg(CandidateValidator::fieldName(error->fieldKey))
                                       .arg(row + 1);
                    error->message = tr("“%1” is not a number").arg(typed);
                }
                return {};
            }
            switch (column) {
            case FollowersColumn: channel.followers = qRound64(*value); break;
            case EngagementColumn: channel.engagementRatePct = *value; break;
            case AvgViewsColumn: channel.avgViews = qRound64(*value); break;
            case AuthenticityColumn: channel.authenticityPct = *value; break;
            case FeeColumn: {
                const QString code = currency->currentText().trimmed().toUpper();
                channel.fee = LocalFormat::fromDisplayAmount(*value, code);
                break;
            }
            }
        }
        result.append(channel);
    }
    return result;
}

void ChannelTableEditor::focusCell(int row, const QString &fieldKey)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (fieldKey == QLatin1String(fieldKeys[column]) && row >= 0 && row < m_table->rowCount()) {
            m_table->setFocus();
            m_table->setCurrentCell(row, column);
            return;
        }
    }
    m_table->setFocus();
}

void ChannelTableEditor::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Platform"), tr("Handle or show"), tr("Followers or audience"),
                                        tr("Engagement rate (%)"), tr("Avg. views"), tr("Fee per post"),
                                        tr("Currency"), tr("Authenticity (%)"), tr("Languages")});
    m_table->horizontalHeaderItem(LanguagesColumn)
        ->setToolTip(tr("The languages the channel posts in; a campaign's target languages count them in goal fit."));
    m_table->horizontalHeaderItem(FollowersColumn)
        ->setToolTip(tr("For TV, radio and print: the audience of one appearance. Leave it empty when "
                        "the count is unknown: the channel then has no tier."));
    m_table->horizontalHeaderItem(AuthenticityColumn)->setToolTip(tr("Share of real followers"));
    m_table->horizontalHeaderItem(FeeColumn)
        ->setToolTip(LocalFormat::tomanShown() ? tr("Fees in IRR are typed in toman (ten rial), as shown")
                                               : QString());
    m_add->setText(tr("&Add channel"));
    m_remove->setText(tr("&Remove channel"));
    m_remove->setToolTip(tr("Removes the selected channel"));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *platform = qobject_cast<QComboBox *>(m_table->cellWidget(row, PlatformColumn));
        for (int i = 0; platform && i < platform->count(); ++i)
            platform->setItemText(i, DisplayNames::platform(allPlatforms().at(i)));
        if (auto *languages = qobject_cast<LanguagePicker *>(m_table->cellWidget(row, LanguagesColumn)))
            languages->setEmptyText(tr("Unknown"));
    }
}

void ChannelTableEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fitWidgetColumns(); // the platforms' and languages' names changed length
    }
    QWidget::changeEvent(event);
}

} // namespace planner
