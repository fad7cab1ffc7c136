#include "rangefilterrow.h"

#include "currencydefaults.h"
#include "languagepicker.h"
#include "import/valueparser.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <cmath>

namespace planner {

namespace {

enum Figure { Followers, Engagement, Views, Fee, Authenticity, Cpm, Cpe };

const char *invalidProperty = "invalidValue";

ValueParser parser()
{
    return ValueParser(ValueParser::markFor(QLocale()));
}

// Shows that a field cannot be read (and why, in its tooltip) or clears the mark.
void mark(QLineEdit *field, const QString &reason)
{
    const bool invalid = !reason.isEmpty();
    if (field->property(invalidProperty).toBool() == invalid && !invalid)
        return;
    field->setProperty(invalidProperty, invalid);
    field->setStyleSheet(invalid ? QStringLiteral("QLineEdit { border: 1px solid #c0392b; }") : QString());
    field->setToolTip(reason);
}

} // namespace

RangeFilterRow::RangeFilterRow(QWidget *parent)
    : QWidget(parent)
    , m_clear(new QPushButton(this))
    , m_languageLabel(new QLabel(this))
    , m_languages(new LanguagePicker(this))
    , m_unknown(new QLabel(this))
    , m_feeCurrency(CurrencyDefaults::forLanguage(QLocale()))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    for (int figure = 0; figure < figureCount; ++figure) {
        m_labels[figure] = new QLabel(this);
        const int row = figure / 3;
        const int column = (figure % 3) * 4;
        grid->addWidget(m_labels[figure], row, column);
        for (int end = 0; end < 2; ++end) {
            QLineEdit *edit = new QLineEdit(this);
            edit->setClearButtonEnabled(false);
            edit->setMaximumWidth(figure == Fee || figure == Cpm || figure == Cpe ? 120 : 90);
            m_fields[figure][end] = edit;
            connect(edit, &QLineEdit::textChanged, this, [this, edit] { fieldEdited(edit); });
        }
        m_labels[figure]->setBuddy(m_fields[figure][0]);
        grid->addWidget(m_fields[figure][0], row, column + 1);
        grid->addWidget(new QLabel(QStringLiteral("–"), this), row, column + 2);
        grid->addWidget(m_fields[figure][1], row, column + 3);
    }
    auto *end = new QHBoxLayout;
    m_languageLabel->setBuddy(m_languages);
    end->addWidget(m_languageLabel);
    end->addWidget(m_languages);
    end->addWidget(m_clear);
    end->addWidget(m_unknown, 1);
    const int lastRow = (figureCount - 1) / 3;
    const int endColumn = (figureCount % 3) * 4;
    grid->addLayout(end, lastRow, endColumn, 1, 12 - endColumn);
    grid->setColumnStretch(12, 1);
    m_unknown->setVisible(false);
    connect(m_clear, &QPushButton::clicked, this, &RangeFilterRow::clear);
    connect(m_languages, &LanguagePicker::codesChanged, this, [this] { fieldEdited(nullptr); });
    retranslateUi();
}

QLineEdit *RangeFilterRow::field(int figure, bool max) const
{
    return m_fields[figure][max ? 1 : 0];
}

void RangeFilterRow::fieldEdited(QLineEdit *field)
{
    Q_UNUSED(field)
    if (m_filling)
        return;
    ranges(); // marks the fields that cannot be read
    emit rangesChanged();
}

std::optional<qint64> RangeFilterRow::countOf(QLineEdit *field) const
{
    QString reason;
    const QString text = field->text().trimmed();
    const auto value = text.isEmpty() ? std::nullopt : parser().count(text, &reason);
    mark(field, reason);
    return value;
}

std::optional<double> RangeFilterRow::percentOf(QLineEdit *field) const
{
    QString reason;
    const QString text = field->text().trimmed();
    const auto value = text.isEmpty() ? std::nullopt
                                      : parser().percent(text, ValueParser::PercentUnit::Percent, &reason);
    mark(field, reason);
    return value;
}

std::optional<Money> RangeFilterRow::feeOf(QLineEdit *field) const
{
    QString reason;
    const QString text = field->text().trimmed();
    std::optional<Money> value;
    if (!text.isEmpty() && !m_feeCurrency.isEmpty()) {
        value = parser().money(text, CurrencyUnit{m_feeCurrency, 1}, &reason);
        // An amount typed in another currency ("$250") is converted to the campaign's.
        if (value && value->currency() != m_feeCurrency) {
            value = m_rates.convert(*value, m_feeCurrency);
            if (!value)
                reason = tr("No exchange rate for this currency in the file");
        }
    }
    mark(field, reason);
    return value;
}

std::optional<double> RangeFilterRow::costOf(QLineEdit *field) const
{
    if (!m_costInputs)
        return std::nullopt;
    const std::optional<Money> amount = feeOf(field);
    return amount ? std::optional(amount->toDouble()) : std::nullopt;
}

RangeFilter RangeFilterRow::ranges() const
{
    RangeFilter result;
    result.followers = {countOf(field(Followers, false)), countOf(field(Followers, true))};
    result.engagementPct = {percentOf(field(Engagement, false)), percentOf(field(Engagement, true))};
    result.avgViews = {countOf(field(Views, false)), countOf(field(Views, true))};
    result.authenticityPct = {percentOf(field(Authenticity, false)), percentOf(field(Authenticity, true))};
    result.feeCurrency = m_feeCurrency;
    result.setFee(feeOf(field(Fee, false)), feeOf(field(Fee, true)));
    if (result.feeMinor.isSet())
        result.rates = m_rates;
    result.languages = m_languages->codes();
    result.cpm = {costOf(field(Cpm, false)), costOf(field(Cpm, true))};
    result.cpe = {costOf(field(Cpe, false)), costOf(field(Cpe, true))};
    if (result.cpm.isSet() || result.cpe.isSet())
        result.costInputs = m_costInputs;
    return result;
}

void RangeFilterRow::setFeeCurrency(const QString &currency, const ExchangeRates &rates)
{
    if (currency == m_feeCurrency && rates == m_rates)
        return;
    m_feeCurrency = currency;
    m_rates = rates;
    retranslateUi();
    if (!field(Fee, false)->text().isEmpty() || !field(Fee, true)->text().isEmpty())
        emit rangesChanged();
}

void RangeFilterRow::setCostInputs(const std::optional<CostFilterInputs> &inputs)
{
    if (inputs == m_costInputs)
        return;
    m_costInputs = inputs;
    retranslateCosts();
    for (const int figure : {Cpm, Cpe}) {
        if (!field(figure, false)->text().isEmpty() || !field(figure, true)->text().isEmpty()) {
            emit rangesChanged();
            return;
        }
    }
}

QString RangeFilterRow::fieldText(int figure, bool max, qint64 count, double percent, const Money *fee) const
{
    Q_UNUSED(max)
    const QLocale locale;
    if (figure == Engagement || figure == Authenticity || figure == Cpm || figure == Cpe)
        return locale.toString(percent, 'g', 12);
    if (figure == Fee && fee) {
        const int digits = Money::minorDigits(fee->currency());
        const QString amount = locale.toString(double(fee->minorUnits()) / std::pow(10.0, digits), 'f', digits);
        // A view saved for a campaign in another currency: the amount says its currency,
        // and is converted as typed amounts are.
        return fee->currency() == m_feeCurrency ? amount : amount + QLatin1Char(' ') + fee->currency();
    }
    return locale.toString(count);
}

void RangeFilterRow::setRanges(const RangeFilter &ranges)
{
    m_filling = true;
    for (int figure = 0; figure < figureCount; ++figure) {
        for (int end = 0; end < 2; ++end) {
            const bool max = end == 1;
            std::optional<QString> text;
            const auto pick = [max](const auto &bounds) { return max ? bounds.max : bounds.min; };
            if (figure == Followers && pick(ranges.followers))
                text = fieldText(figure, max, *pick(ranges.followers), 0, nullptr);
            else if (figure == Views && pick(ranges.avgViews))
                text = fieldText(figure, max, *pick(ranges.avgViews), 0, nullptr);
            else if (figure == Engagement && pick(ranges.engagementPct))
                text = fieldText(figure, max, 0, *pick(ranges.engagementPct), nullptr);
            else if (figure == Authenticity && pick(ranges.authenticityPct))
                text = fieldText(figure, max, 0, *pick(ranges.authenticityPct), nullptr);
            else if (figure == Cpm && pick(ranges.cpm))
                text = fieldText(figure, max, 0, *pick(ranges.cpm), nullptr);
            else if (figure == Cpe && pick(ranges.cpe))
                text = fieldText(figure, max, 0, *pick(ranges.cpe), nullptr);
            else if (figure == Fee && pick(ranges.feeMinor)) {
                const Money fee(*pick(ranges.feeMinor), ranges.feeCurrency);
                text = fieldText(figure, max, 0, 0, &fee);
            }
            field(figure, max)->setText(text.value_or(QString()));
        }
    }
    m_languages->setCodes(ranges.languages);
    m_filling = false;
    this->ranges();
    emit rangesChanged();
}

void RangeFilterRow::clear()
{
    setRanges(RangeFilter());
}

void RangeFilterRow::setUnknownLeftOut(qint64 rows)
{
    m_unknownRows = rows;
    //: After the range filters: rows hidden because a figure a range bounds is not known
    m_unknown->setText(tr("%1 left out: figure unknown").arg(QLocale().toString(rows)));
    m_unknown->setVisible(rows > 0);
}

void RangeFilterRow::retranslateUi()
{
    m_labels[Followers]->setText(tr("Followers:"));
    m_labels[Engagement]->setText(tr("Engagement %:"));
    m_labels[Views]->setText(tr("Avg. views:"));
    //: %1 the campaign's currency code, in which fees are typed and compared
    m_labels[Fee]->setText(m_feeCurrency.isEmpty() ? tr("Fee:") : tr("Fee (%1):").arg(m_feeCurrency));
    m_labels[Authenticity]->setText(tr("Authenticity %:"));
    for (int figure = 0; figure < figureCount; ++figure) {
        field(figure, false)->setPlaceholderText(tr("from"));
        field(figure, true)->setPlaceholderText(tr("to"));
    }
    //: Tooltip of the range fields; the examples are typed values
    const QString hint = tr("Inclusive; numbers as you write them: 15K, 1,2 jt, 3,5 %. A candidate whose figure is unknown is left out.");
    setToolTip(hint);
    m_languageLabel->setText(tr("Language:"));
    m_languages->setEmptyText(tr("Any language"));
    m_languages->setToolTip(tr("Channels that post in any of the ticked languages; a channel whose languages are unknown is left out."));
    retranslateCosts();
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolTip(tr("Clears every range of More filters"));
    setUnknownLeftOut(m_unknownRows);
}

void RangeFilterRow::retranslateCosts()
{
    const QString currency = m_costInputs ? m_costInputs->currency : QString();
    //: %1 the open campaign's currency code; CPM: cost per thousand impressions, projected (the
    //: next label, CPE: cost per engagement, projected)
    m_labels[Cpm]->setText(m_costInputs ? tr("CPM (%1):").arg(currency) : tr("CPM:"));
    m_labels[Cpe]->setText(m_costInputs ? tr("CPE (%1):").arg(currency) : tr("CPE:"));
    const QString hint = m_costInputs
        ? tr("Projected for the open campaign: one post, video or appearance at the listed fee (else the tier's default), in %1. A candidate whose cost, impressions or engagements cannot be projected is left out.").arg(currency)
        : tr("Choose a campaign: CPM and CPE are projected for it.");
    for (const int figure : {Cpm, Cpe}) {
        m_labels[figure]->setToolTip(hint);
        for (const bool max : {false, true})
            field(figure, max)->setEnabled(m_costInputs.has_value());
    }
}

void RangeFilterRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace planner
