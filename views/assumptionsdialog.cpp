#include "assumptionsdialog.h"

#include "commands/adoptassumptioncommand.h"
#include "dialogbuttons.h"
#include "formfields.h"
#include "readonlyguard.h"

#include "amountdelegate.h"
#include "amountgrouping.h"

#include "text/assumptionlabels.h"
#include "storage/assumptionstore.h"
#include "storage/exchangeratestore.h"
#include "text/localformat.h"

#include <QDialogButtonBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoCommand>
#include <QVBoxLayout>

namespace planner {

namespace {

enum AssumptionColumn { FigureColumn, ValueColumn, DefaultColumn, UnitColumn, SourceColumn, SuggestionColumn,
                        AssumptionColumns };
const QLatin1String thresholdPrefix("tier_threshold.");

QString numberText(double value)
{
    return QLocale().toString(value, 'g', 8);
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

AssumptionsDialog::AssumptionsDialog(AssumptionStore *assumptions, ExchangeRateStore *rates, QWidget *parent)
    : TranslatedDialog(parent)
    , m_store(assumptions)
    , m_rateStore(rates)
    , m_tabs(new QTabWidget(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableWidget(this))
    , m_rates(new QTableWidget(this))
    , m_newCode(new QLineEdit(this))
    , m_newRate(new QLineEdit(this))
    , m_addRate(new QPushButton(this))
    , m_removeRate(new QPushButton(this))
    , m_restore(new QPushButton(this))
    , m_adopt(new QPushButton(this))
    , m_rateNote(new QLabel(this))
    , m_error(FormFields::errorLabel(this))
    , m_viewOnly(ReadOnlyGuard::notice(this))
{
    m_tabs->addTab(createAssumptionPage(), QString());
    m_tabs->addTab(createRatePage(), QString());
    auto *buttons = DialogButtons::close(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_viewOnly);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    retranslateUi();
    loadAssumptions();
    loadRates();
    resize(1000, 620);
}

QWidget *AssumptionsDialog::createAssumptionPage()
{
    auto *page = new QWidget(this);
    m_table->setColumnCount(AssumptionColumns);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &AssumptionsDialog::applyFilter);
    connect(m_table, &QTableWidget::itemChanged, this, &AssumptionsDialog::assumptionEdited);
    connect(m_restore, &QPushButton::clicked, this, &AssumptionsDialog::restoreDefaults);
    connect(m_adopt, &QPushButton::clicked, this, &AssumptionsDialog::adoptCurrent);
    connect(m_table, &QTableWidget::currentCellChanged, this, &AssumptionsDialog::updateAdopt);
    m_adopt->setEnabled(false);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_adopt);
    top->addWidget(m_restore);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    return page;
}

QWidget *AssumptionsDialog::createRatePage()
{
    auto *page = new QWidget(this);
    m_rates->setColumnCount(3);
    m_rates->verticalHeader()->hide();
    m_rates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rates->horizontalHeader()->setStretchLastSection(true);
    m_rateNote->setWordWrap(true);
    m_newCode->setMaxLength(3);
    // Rates such as 26,000 đồng or 1,000,000 rial a dollar group their digits as typed.
    AmountGrouping::attach(m_newRate);
    m_rates->setItemDelegateForColumn(1, new AmountDelegate(m_rates));
    connect(m_rates, &QTableWidget::itemChanged, this, &AssumptionsDialog::rateEdited);
    connect(m_addRate, &QPushButton::clicked, this,
            [this] { addRate(m_newCode->text(), m_newRate->text()); });
    connect(m_removeRate, &QPushButton::clicked, this, &AssumptionsDialog::removeSelectedRate);
    auto *add = new QHBoxLayout;
    add->addWidget(m_newCode);
    add->addWidget(m_newRate, 1);
    add->addWidget(m_addRate);
    add->addWidget(m_removeRate);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_rateNote);
    layout->addWidget(m_rates, 1);
    layout->addLayout(add);
    return page;
}

void AssumptionsDialog::loadAssumptions()
{
    m_loading = true;
    const QList<Assumption> rows = m_store->load().all();
    const TierThresholds thresholds = m_store->tierThresholds();
    const TierThresholds seeded;
    m_table->setRowCount(0);
    const auto addRow = [this](const QString &key, double value, double defaultValue,
                               const QString &unit, const QString &source) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *figure = readOnly(AssumptionLabels::label(key));
        figure->setData(Qt::UserRole, key);
        m_table->setItem(row, FigureColumn, figure);
        auto *valueItem = new QTableWidgetItem(numberText(value));
        valueItem->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        QFont font = valueItem->font();
        font.setBold(value != defaultValue); // a changed figure stands out
        valueItem->setFont(font);
        if (m_readOnly)
            valueItem->setFlags(valueItem->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, ValueColumn, valueItem);
        auto *defaultItem = readOnly(numberText(defaultValue));
        defaultItem->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        m_table->setItem(row, DefaultColumn, defaultItem);
        m_table->setItem(row, UnitColumn, readOnly(AssumptionLabels::unit(unit)));
        // A seeded source in the interface's language; one the marketer wrote stays as written.
        const QString shown = source.startsWith(QLatin1String("own history"))
            ? AssumptionLearner::sourceText(source)
            : QCoreApplication::translate("planner::AssumptionSource", source.toUtf8().constData());
        auto *sourceItem = readOnly(shown);
        sourceItem->setToolTip(shown);
        m_table->setItem(row, SourceColumn, sourceItem);
        const auto suggestion = m_suggestions.constFind(key);
        auto *suggested = readOnly(suggestion == m_suggestions.cend() ? QString() : suggestionText(*suggestion));
        suggested->setToolTip(suggested->text());
        m_table->setItem(row, SuggestionColumn, suggested);
    };
    for (Tier tier : allTiers())
        addRow(thresholdPrefix + tierKey(tier), double(thresholds.lowerBound(tier)),
               double(seeded.lowerBound(tier)), QStringLiteral("followers"),
               tr("Vietnamese KOL article (seeds); Later x Fohr"));
    for (const Assumption &row : rows)
        addRow(row.key, row.value, row.defaultValue, row.unit, row.source);
    m_table->resizeColumnsToContents();
    // With suggestions beside them, sources give room (their tooltips hold the whole text).
    m_table->setColumnWidth(SourceColumn, m_suggestions.isEmpty() ? 320 : 220);
    m_loading = false;
    applyFilter();
    updateAdopt();
}

void AssumptionsDialog::loadRates()
{
    m_loading = true;
    const ExchangeRates rates = m_rateStore->load();
    const QHash<QString, QDate> updated = m_rateStore->updatedOn();
    m_rates->setRowCount(0);
    for (const QString &code : rates.currencies()) {
        const int row = m_rates->rowCount();
        m_rates->insertRow(row);
        auto *codeItem = readOnly(code);
        codeItem->setData(Qt::UserRole, code);
        m_rates->setItem(row, 0, codeItem);
        auto *rate = new QTableWidgetItem(numberText(rates.perUsd(code).value_or(0.0)));
        rate->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        if (code == QLatin1String("USD") || m_readOnly)
            rate->setFlags(rate->flags() & ~Qt::ItemIsEditable); // the base of the table, or a viewer's
        m_rates->setItem(row, 1, rate);
        // In the language's calendar: Solar Hijri in Persian.
        const QDate day = updated.value(code);
        m_rates->setItem(row, 2, readOnly(day.isValid() ? LocalFormat::date(day) : QStringLiteral("—")));
    }
    m_rates->resizeColumnToContents(0);
    m_rates->resizeColumnToContents(1);
    m_loading = false;
}

void AssumptionsDialog::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = text.isEmpty();
        for (int column = 0; column < AssumptionColumns && !match; ++column)
            match = m_table->item(row, column)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
    }
}

bool AssumptionsDialog::editAssumption(const QString &key, const QString &text)
{
    if (m_readOnly)
        return false;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, FigureColumn)->data(Qt::UserRole).toString() == key) {
            m_table->item(row, ValueColumn)->setText(text); // saved by assumptionEdited()
            return m_error->isHidden();
        }
    }
    return false;
}

void AssumptionsDialog::assumptionEdited(QTableWidgetItem *item)
{
    if (m_loading || m_readOnly || item->column() != ValueColumn)
        return;
    const QString key = m_table->item(item->row(), FigureColumn)->data(Qt::UserRole).toString();
    const QString label = m_table->item(item->row(), FigureColumn)->text();
    const auto value = LocalFormat::parseNumber(item->text());
    Error error;
    bool ok = false;
    if (!value) {
        error.message = tr("“%1” is not a number").arg(item->text());
    } else if (key.startsWith(thresholdPrefix)) {
        const auto tier = tierFromKey(key.mid(thresholdPrefix.size()));
        ok = tier && m_store->setTierThreshold(*tier, qint64(*value), &error);
    } else {
        ok = m_store->set(key, *value, &error);
    }
    if (ok)
        m_error->hide();
    else
        showError(label + QLatin1String(": ") + error.message);
    loadAssumptions(); // shows what is stored, the old value after a refusal
}

bool AssumptionsDialog::editRate(const QString &currency, const QString &text)
{
    for (int row = 0; row < m_rates->rowCount(); ++row) {
        if (m_rates->item(row, 0)->data(Qt::UserRole).toString() == currency) {
            m_rates->item(row, 1)->setText(text);
            return m_error->isHidden();
        }
    }
    return false;
}

void AssumptionsDialog::rateEdited(QTableWidgetItem *item)
{
    if (m_loading || m_readOnly || item->column() != 1)
        return;
    addRate(m_rates->item(item->row(), 0)->data(Qt::UserRole).toString(), item->text());
}

bool AssumptionsDialog::addRate(const QString &currency, const QString &text)
{
    if (m_readOnly)
        return false;
    const QString code = currency.trimmed().toUpper();
    const auto value = LocalFormat::parseNumber(text);
    Error error;
    bool ok = false;
    if (!value || *value <= 0.0)
        error.message = tr("%1: “%2” is not a rate above zero").arg(code, text);
    else
        ok = m_rateStore->setRate(code, *value, &error);
    if (ok) {
        m_error->hide();
        m_newCode->clear();
        m_newRate->clear();
    } else {
        showError(error.text());
    }
    loadRates();
    return ok;
}

void AssumptionsDialog::removeSelectedRate()
{
    const int row = m_rates->currentRow();
    if (row < 0)
        return;
    Error error;
    if (m_rateStore->removeRate(m_rates->item(row, 0)->data(Qt::UserRole).toString(), &error))
        m_error->hide();
    else
        showError(error.text());
    loadRates();
}

void AssumptionsDialog::restoreDefaults()
{
    if (m_readOnly)
        return;
    Error error;
    if (m_store->restoreDefaults(&error))
        m_error->hide();
    else
        showError(error.text());
    loadAssumptions();
}

void AssumptionsDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    const QList<QWidget *> editors{m_newCode, m_newRate, m_addRate, m_removeRate, m_restore};
    for (QWidget *widget : editors)
        widget->setEnabled(!readOnly);
    m_viewOnly->setVisible(readOnly);
    loadAssumptions();
    loadRates();
}

void AssumptionsDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

QString AssumptionsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AssumptionsDialog::retranslateUi()
{
    setWindowTitle(tr("Assumptions"));
    m_viewOnly->setText(ReadOnlyGuard::reason());
    m_tabs->setTabText(0, tr("&Projection figures"));
    m_tabs->setTabText(1, tr("E&xchange rates"));
    m_table->setHorizontalHeaderLabels({tr("Figure"), tr("Value"), tr("Default"), tr("Unit"), tr("Source"),
                                        //: Column: what the team's completed campaigns suggest for the figure
                                        tr("Own history suggests")});
    m_rates->setHorizontalHeaderLabels({tr("Currency"), tr("Units per US dollar"),
                                        //: Exchange-rate table: the day the rate was last set
                                        tr("Updated")});
    m_filter->setPlaceholderText(tr("Find a figure, e.g. TikTok or micro"));
    m_restore->setText(tr("&Restore Defaults"));
    m_restore->setToolTip(tr("Puts every figure and tier threshold back to its published value"));
    m_adopt->setText(tr("Ado&pt Suggestion"));
    m_adopt->setToolTip(tr("Uses what your completed campaigns suggest for the chosen figure; "
                           "Edit > Undo takes it back"));
    m_rateNote->setText(tr("Fees in other currencies convert into the campaign's currency through "
                           "this table. There is no network: enter today's rates yourself."));
    m_newCode->setPlaceholderText(tr("Code"));
    m_newRate->setPlaceholderText(tr("Units per US dollar"));
    m_addRate->setText(tr("&Add or Change"));
    m_removeRate->setText(tr("Re&move"));
    m_table->setToolTip(tr("Double-click a value to change it; bold values differ from the default"));
    if (!m_loading && m_table->rowCount() > 0)
        loadAssumptions();
    // Rates and their days in the new language's digits and calendar.
    if (!m_loading && m_rates->rowCount() > 0)
        loadRates();
}

void AssumptionsDialog::setSuggestions(const QList<LearnedEstimate> &estimates,
                                       std::function<bool(QUndoCommand *)> push)
{
    m_suggestions.clear();
    for (const LearnedEstimate &estimate : estimates)
        m_suggestions.insert(estimate.key, estimate);
    m_push = std::move(push);
    loadAssumptions();
}

QString AssumptionsDialog::suggestionText(const LearnedEstimate &estimate) const
{
    //: %1 the suggested value, %2 and %3 its 95% interval, %4 how many delivered posts or videos
    return tr("%1 (%2 to %3), from %4 deliveries")
        .arg(numberText(QString::number(estimate.estimate, 'g', 3).toDouble()),
             numberText(QString::number(estimate.low, 'g', 3).toDouble()),
             numberText(QString::number(estimate.high, 'g', 3).toDouble()), QLocale().toString(estimate.deliveries));
}

void AssumptionsDialog::updateAdopt()
{
    const QTableWidgetItem *figure = m_table->item(m_table->currentRow(), FigureColumn);
    m_adopt->setEnabled(!m_readOnly && m_push && figure && m_suggestions.contains(figure->data(Qt::UserRole).toString()));
}

void AssumptionsDialog::adoptCurrent()
{
    if (const QTableWidgetItem *figure = m_table->item(m_table->currentRow(), FigureColumn))
        adoptSuggestion(figure->data(Qt::UserRole).toString());
}

bool AssumptionsDialog::adoptSuggestion(const QString &key)
{
    const auto suggestion = m_suggestions.constFind(key);
    const std::optional<Assumption> current = m_store->load().find(key);
    if (m_readOnly || !m_push || suggestion == m_suggestions.cend() || !current)
        return false;
    const QString label = AssumptionLabels::label(key);
    // An undo may come after the dialog is gone: its failure is shown only while it is open.
    const QPointer<AssumptionsDialog> dialog(this);
    auto *command = new AdoptAssumptionCommand(
        m_store, key, label, {current->value, current->source},
        {suggestion->estimate, AssumptionLearner::source(suggestion->deliveries, QDate::currentDate())},
        [dialog, label](const Error &error) {
            if (dialog)
                dialog->showError(label + QLatin1String(": ") + error.message);
        });
    const bool ok = m_push(command);
    if (ok)
        m_error->hide();
    loadAssumptions();
    return ok;
}

} // namespace planner
